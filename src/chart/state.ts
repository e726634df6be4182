/**
 * The one mutable state of a chart, and the data side of it: loading and
 * normalizing input, the numeric model, the legend filter. Every other
 * chart module takes this object and changes only the fields it owns.
 */
import { isTimeline, normalize } from "../data/normalize.js";
import type { Diagnostic, Source, Timeline, TimelineEvent, TimelineInput } from "../data/types.js";
import type { LaneBand } from "../layout/lanes.js";
import type { LaneLayout } from "../layout/labels.js";
import { buildModel, type Model } from "../layout/model.js";
import { fitText } from "../layout/text.js";
import { laneIndexes, type LaneIndex } from "../layout/viewport.js";
import { laneKey, resolveOptions, type ResolvedOptions, type TimelineOptions } from "../options.js";
import { eventDate } from "../render/details.js";
import { renderDiagnostics } from "../render/diagnostics.js";
import { badgeWidth } from "../render/events.js";
import { renderLegend, type FilterKind } from "../render/legend.js";
import { createMeasurer } from "../render/measure.js";
import { skeleton, type Nodes } from "../render/skeleton.js";
import { zoomIdentity, type ZoomTransform } from "../scale/transform.js";
import { timeScale, type TimeScale } from "../scale/time.js";
import { setSelected } from "./selection.js";

/** Label row height, plot margins, and the width below which "auto" turns vertical (px). */
export const ROW = 18, MARGIN = { left: 16, right: 16, top: 34, bottom: 8 }, NARROW = 560;
/** Label rows a lane may ask for, and the narrowest a label is truncated to before it moves up a row (px). */
export const MAX_ROWS = 4, MIN_LABEL = 120;

/** The single mutable state of one chart. */
export interface Chart {
  nodes: Nodes;
  /** Makes DOM ids unique per figure. */
  prefix: string;
  raw: TimelineOptions;
  o: ResolvedOptions;
  data: Timeline;
  diagnostics: Diagnostic[];
  sources: Map<string, Source>;
  model: Model;
  filter: { kind: FilterKind; value: string } | null;
  lanes: LaneIndex[];
  /** Filtered event indices in time order: keyboard order and list order. */
  order: number[];
  /** Lane index → slot on screen (-1 when the filter empties it). */
  slot: Int32Array;
  bands: LaneBand[];
  width: number;
  height: number;
  vertical: boolean;
  x0: TimeScale;
  x: TimeScale;
  transform: ZoomTransform;
  maxK: number;
  cache: Map<number, { t0: number; t1: number; layouts: LaneLayout[] }>;
  /** Full label box width per event (NaN: not measured yet). */
  boxWidth: Float64Array;
  /** Label text fitted to the box it was last given, and that box's width. */
  fitted: (string | undefined)[];
  fittedBox: Float64Array;
  /** Each event's accessible name, made when its node is first drawn. */
  names: (string | undefined)[];
  selected: number;
  active: number;
  highlight: Uint8Array | null;
  page: number;
  raf: number;
  /** Right end (px) of each lane's name in its cluster row; unset where no name is drawn. */
  nameEnd: number[];
  /** The run of bands whose guides are drawn ("from:to"; "" after a layout: none yet). */
  guides: string;
  /** The first layout waits for the figure's real width (see `timeline`); `settle` does it at once. */
  pending: boolean;
  abort: AbortController | null;
  observer: ResizeObserver | null;
  measure: (text: string) => number;
  lastDomain: string;
  /** Widest label (px), from the chart width. */
  maxLabel: number;
  /** When the last zoom or pan gesture input came (the view's clock, ms); 0 before any. */
  gestureAt: number;
  /** The timer that lays out the zoom level once a gesture pauses (see `frame`). */
  refine: number;
}

let instances = 0;

/**
 * An empty chart: its skeleton and a state with no data yet.
 *
 * @example
 * ```ts
 * const c = createChart({ width: 960 }); setData(c, data);
 * ```
 */
export function createChart(options: TimelineOptions): Chart {
  const o = resolveOptions(options);
  const prefix = `citeline-${++instances}`;
  return {
    nodes: skeleton(o.document, prefix, o.labels), prefix,
    raw: options, o, data: { groups: [], sources: [], events: [] }, diagnostics: [], sources: new Map(), model: buildModel([], () => "", (k) => k),
    filter: null, lanes: [], order: [], slot: new Int32Array(0), bands: [], width: o.width ?? 960, height: 0,
    vertical: false, x0: timeScale([0, 1], [0, 1]), x: timeScale([0, 1], [0, 1]), transform: zoomIdentity, maxK: 1,
    cache: new Map(), boxWidth: new Float64Array(0), fitted: [], fittedBox: new Float64Array(0), names: [], selected: -1, active: -1, highlight: null, page: 0,
    raf: 0, nameEnd: [], guides: "", pending: false, abort: null, observer: null, measure: createMeasurer(o.document, o.measureText), lastDomain: "", maxLabel: 300,
    gestureAt: 0, refine: 0,
  };
}

export const event = (c: Chart, i: number): TimelineEvent => c.model.events[i] as TimelineEvent;
export const domId = (c: Chart, i: number): string => `${c.prefix}-e${i}`;
/** Accessible name of an event: title, date and source count. */
export const name = (c: Chart, i: number): string =>
  (c.names[i] ??= `${event(c, i).title}, ${eventDate(event(c, i), c.o.locale, c.o.timeZone)}, ${c.o.labels.sourceCount(event(c, i).citations.length)}`);

/** Padding around the label text inside its box: 10 before it, 5 before the badge (px). */
const PAD = 15;

/** The full label box of event i (px): its title up to `maxLabel`, and its badge. */
export function boxWidth(c: Chart, i: number): number {
  if (Number.isNaN(c.boxWidth[i])) c.boxWidth[i] = c.measure(fitText(event(c, i).title, c.maxLabel, c.measure));
  return PAD + c.boxWidth[i]! + badgeWidth(event(c, i).citations.length);
}

/** The title of event i fitted to a label box `box` px wide (cached per event and box). */
export function fittedText(c: Chart, i: number, box: number): string {
  if (c.fitted[i] === undefined || c.fittedBox[i] !== box) {
    c.fitted[i] = fitText(event(c, i).title, Math.min(c.maxLabel, box - PAD - badgeWidth(event(c, i).citations.length)), c.measure);
    c.fittedBox[i] = box;
  }
  return c.fitted[i]!;
}

/** Forgets measured label widths (after a data, width or measurer change). */
export function resetLabels(c: Chart): void {
  c.boxWidth = new Float64Array(c.model.n).fill(NaN);
  c.fitted = new Array(c.model.n);
  c.fittedBox = new Float64Array(c.model.n);
  c.names = new Array(c.model.n);
}

function loadData(data: TimelineInput | Timeline, o: ResolvedOptions): { data: Timeline; diagnostics: Diagnostic[] } {
  if (isTimeline(data)) return { data, diagnostics: [] };
  try {
    const r = normalize(data as TimelineInput, o.reference !== undefined ? { reference: o.reference } : {});
    return { data: r.timeline, diagnostics: r.diagnostics };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { data: { groups: [], sources: [], events: [] }, diagnostics: [{ severity: "error", code: "invalid-input", path: "", message }] };
  }
}

/** Loads new data: model, selection from options, caption and diagnostics. */
export function setData(c: Chart, input: TimelineInput | Timeline): void {
  const loaded = loadData(input, c.o);
  c.data = loaded.data;
  c.diagnostics = loaded.diagnostics;
  c.sources = new Map(c.data.sources.map((src) => [src.id, src]));
  const groupLabels = new Map(c.data.groups.map((g) => [g.id, g.label]));
  c.model = buildModel(c.data.events, (e) => laneKey(e, c.o.groupBy), (k) => groupLabels.get(k) ?? k, c.data.groups.map((g) => g.id));
  resetLabels(c);
  c.selected = c.o.selected ? c.data.events.findIndex((e) => e.id === c.o.selected) : -1;
  c.active = c.selected;
  c.filter = null;
  c.highlight = null;
  applyFilter(c);
  const { figure, title, description, diagnostics, caption } = c.nodes;
  title.textContent = c.data.title ?? "";
  description.textContent = c.data.description ?? "";
  caption.hidden = !c.data.title && !c.data.description;
  figure.setAttribute("aria-label", c.data.title ?? c.o.labels.chart);
  diagnostics.replaceChildren();
  const block = renderDiagnostics(c.o.document, c.diagnostics, c.o.labels);
  if (block) diagnostics.appendChild(block);
}

/** Applies the legend filter: lanes, order and slots, and redraws the legend. */
export function applyFilter(c: Chart): void {
  const f = c.filter, m = c.model;
  let active: Uint8Array | null = null;
  if (f) {
    active = new Uint8Array(m.n);
    for (let i = 0; i < m.n; i++) {
      const e = event(c, i);
      active[i] = f.kind === "source" ? +e.citations.some((x) => x.source === f.value) : f.kind === "tag" ? +e.tags.includes(f.value) : +(laneKey(e, c.o.groupBy) === f.value);
    }
  }
  c.lanes = laneIndexes(m, active);
  c.order = [];
  for (let r = 0; r < m.n; r++) if (!active || active[m.order[r]!]) c.order.push(m.order[r]!);
  c.slot = new Int32Array(m.lanes.length).fill(-1);
  let n = 0;
  c.lanes.forEach((l, k) => { if (!f || l.ids.length) c.slot[k] = n++; });
  c.cache.clear();
  if (c.active >= 0 && active && !active[c.active]) c.active = -1;
  if (c.selected >= 0 && active && !active[c.selected]) setSelected(c, -1, false);
  const perLane = new Int32Array(m.lanes.length);
  for (let i = 0; i < m.n; i++) perLane[m.lane[i]!]!++;
  renderLegend(c.nodes.legend, c.data, {
    doc: c.o.document, labels: c.o.labels, active: c.filter, perSource: m.perSource, perTag: m.perTag,
    groups: c.o.groupBy === null ? [] : m.lanes.map((l, k) => ({ ...l, count: perLane[k]! })),
  });
}

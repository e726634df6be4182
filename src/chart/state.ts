/**
 * The state of one chart, in three parts that change for different reasons:
 * the `view` (what the reader changes: zoom, selection, focus, filter), the
 * `scene` (what is derived from the data, the options and the width: model,
 * scales, lanes, bands), and the `memo` (what the renderer keeps between
 * frames: the rescaled x, the level layouts, what it drew last). The chart
 * modules run one way over it (see docs/architecture.md):
 *
 *   model (data → scene) ─► layout (scene) ─► draw (frame, panels) ─► view actions, rebuild ─► handle
 *
 * This module holds the shapes and the accessors every later step reads.
 */
import type { Diagnostic, Source, Timeline, TimelineEvent } from "../data/types.js";
import type { LaneBand } from "../layout/lanes.js";
import type { LaneLayout } from "../layout/labels.js";
import { buildModel, type Model } from "../layout/model.js";
import { fitText } from "../layout/text.js";
import type { LaneIndex } from "../layout/viewport.js";
import { eventDate } from "../render/details.js";
import { badgeWidth, isConflict, thumbWidth } from "../render/events.js";
import type { FilterKind } from "../render/legend.js";
import { createMeasurer } from "../render/measure.js";
import { skeleton, type Nodes } from "../render/skeleton.js";
import { zoomIdentity, type ZoomTransform } from "../scale/transform.js";
import { timeScale, type TimeScale } from "../scale/time.js";
import type { ResolvedOptions } from "./resolved.js";

/** Label row height, plot margins, and the width below which "auto" turns vertical (px). */
export const ROW = 18,
  MARGIN = { left: 16, right: 16, top: 34, bottom: 8 },
  NARROW = 560;
/** Label rows a lane may ask for, and the narrowest a label is truncated to before it moves up a row (px). */
export const MAX_ROWS = 4,
  MIN_LABEL = 120;

/** What the reader changes: only view actions (chart/view) and rebuild write it. */
export interface View {
  /** The zoom: base pixel p shows at k·p + x. */
  transform: ZoomTransform;
  /** The selected event (its details panel open), -1 for none. */
  selected: number;
  /** The keyboard's event, -1 for none. */
  active: number;
  /** The legend's filter. */
  filter: { kind: FilterKind; value: string } | null;
  /** Events of the source the pointer is on in the legend. */
  highlight: Uint8Array | null;
  /** The list view's page. */
  page: number;
  /** When the last zoom or pan gesture input came (the view's clock, ms); 0 before any. */
  gestureAt: number;
}

/** Per-event label text, measured and fitted lazily (derived, but kept until data, width or measurer change). */
export interface LabelText {
  /** Full label box width per event (NaN: not measured yet). */
  boxWidth: Float64Array;
  /** Label text fitted to the box it was last given, and that box's width. */
  fitted: (string | undefined)[];
  fittedBox: Float64Array;
  /** Each event's accessible name, made when its node is first drawn. */
  names: (string | undefined)[];
}

/** What the data, the options, the width and the filter determine: written by chart/model and chart/layout only. */
export interface Scene {
  data: Timeline;
  diagnostics: Diagnostic[];
  sources: Map<string, Source>;
  model: Model;
  lanes: LaneIndex[];
  /** Filtered event indices in time order: keyboard order and list order. */
  order: number[];
  /** Lane index → slot on screen (-1 when the filter empties it). */
  slot: Int32Array;
  bands: LaneBand[];
  /** The chart's width: the figure's, less the details column while it is open beside the chart (see panels.ts). */
  width: number;
  /** The figure's content width (px), from the page or the `width` option. */
  figureWidth: number;
  height: number;
  vertical: boolean;
  /** The base (unzoomed) time scale. */
  x0: TimeScale;
  maxK: number;
  /** Widest label (px), from the chart width. */
  maxLabel: number;
  measure: (text: string) => number;
  text: LabelText;
}

/** A zoom level's label layouts over the window [t0, t1] (ms). */
export type Level = { t0: number; t1: number; layouts: LaneLayout[] };

/** What the renderer keeps between frames; nothing outside the draw step and rebuild writes it. */
export interface Memo {
  /** The base scale seen through the view's transform, as last drawn. */
  x: TimeScale;
  /** Level layouts, most recently used last. */
  cache: Map<number, Level>;
  /** Right end (px) of each lane's name in its cluster row; unset where no name is drawn. */
  nameEnd: number[];
  /** The run of bands whose guides are drawn ("from:to"; "" after a layout: none yet). */
  guides: string;
  /** The domain last drawn ("" before the first frame of a layout). */
  lastDomain: string;
  raf: number;
  /** The timer that lays out the zoom level once a gesture pauses (see `frame`). */
  refine: number;
  /** The timer of the live region's zoom summary (see announce.ts); 0 when none is pending. */
  announce: number;
  /** The animation frame that scrolls the keyboard's or the selected event into view (see view.ts); 0 when none. */
  reveal: number;
  /** The first layout waits for the figure's real width (see `timeline`); `settle` does it at once. */
  pending: boolean;
  /** The figure width (px) of a first layout made ahead of its drawing (see `layAhead`); 0 when none. */
  laid: number;
}

/** One chart. */
export interface Chart {
  readonly nodes: Nodes;
  /** Makes DOM ids unique per figure. */
  readonly prefix: string;
  o: ResolvedOptions;
  view: View;
  scene: Scene;
  memo: Memo;
  /** Listeners and observers of a live chart, removed by `destroy`. */
  life: { abort: AbortController | null; observer: ResizeObserver | null };
}

let instances = 0;

const emptyText = (): LabelText => ({
  boxWidth: new Float64Array(0),
  fitted: [],
  fittedBox: new Float64Array(0),
  names: [],
});

/**
 * An empty chart: its skeleton and a state with no data yet.
 *
 * @example
 * ```ts
 * const c = createChart(resolveOptions({ width: 960 })); setData(c, data);
 * ```
 */
export function createChart(o: ResolvedOptions): Chart {
  const prefix = `citeline-${++instances}`;
  const unit = timeScale([0, 1], [0, 1]);
  return {
    nodes: skeleton(o.document, prefix, o.labels),
    prefix,
    o,
    view: { transform: zoomIdentity, selected: -1, active: -1, filter: null, highlight: null, page: 0, gestureAt: 0 },
    scene: {
      data: { groups: [], eras: [], sources: [], events: [] },
      diagnostics: [],
      sources: new Map(),
      model: buildModel(
        [],
        () => "",
        (k) => k,
      ),
      lanes: [],
      order: [],
      slot: new Int32Array(0),
      bands: [],
      width: o.width ?? 960,
      figureWidth: o.width ?? 960,
      height: 0,
      vertical: false,
      x0: unit,
      maxK: 1,
      maxLabel: 300,
      measure: createMeasurer(o.document, o.measureText),
      text: emptyText(),
    },
    memo: {
      x: unit,
      cache: new Map(),
      nameEnd: [],
      guides: "",
      lastDomain: "",
      raf: 0,
      refine: 0,
      announce: 0,
      reveal: 0,
      pending: false,
      laid: 0,
    },
    life: { abort: null, observer: null },
  };
}

export const event = (c: Chart, i: number): TimelineEvent => c.scene.model.events[i] as TimelineEvent;
export const domId = (c: Chart, i: number): string => `${c.prefix}-e${i}`;
/** Accessible name of an event: title, date, source count (or "No source cited") and a disagreement on its date. */
export const name = (c: Chart, i: number): string =>
  (c.scene.text.names[i] ??=
    `${event(c, i).title}, ${eventDate(event(c, i), c.o.locale, c.o.timeZone, c.o.labels)}, ${event(c, i).citations.length ? c.o.labels.sourceCount(event(c, i).citations.length) : c.o.labels.noSources}${isConflict(event(c, i)) ? `. ${c.o.labels.dateConflict}` : ""}`);

/** Padding around the label text inside its box: 10 before it, 5 before the badge (px). */
const PAD = 15;

/** The full label box of event i (px): its title up to `maxLabel`, and its badge. */
export function boxWidth(c: Chart, i: number): number {
  const s = c.scene,
    t = s.text;
  if (Number.isNaN(t.boxWidth[i])) t.boxWidth[i] = s.measure(fitText(event(c, i).title, s.maxLabel, s.measure));
  return PAD + t.boxWidth[i]! + badgeWidth(event(c, i).citations.length) + thumbWidth(event(c, i), c.o.thumbnails);
}

/** The title of event i fitted to a label box `box` px wide (cached per event and box). */
export function fittedText(c: Chart, i: number, box: number): string {
  const s = c.scene,
    t = s.text;
  if (t.fitted[i] === undefined || t.fittedBox[i] !== box) {
    const room = box - PAD - badgeWidth(event(c, i).citations.length) - thumbWidth(event(c, i), c.o.thumbnails);
    t.fitted[i] = fitText(event(c, i).title, Math.min(s.maxLabel, room), s.measure);
    t.fittedBox[i] = box;
  }
  return t.fitted[i];
}

/** Forgets measured label widths (after a data, width or measurer change). */
export function resetLabels(c: Chart): void {
  const n = c.scene.model.n;
  c.scene.text = {
    boxWidth: new Float64Array(n).fill(NaN),
    fitted: new Array<string | undefined>(n),
    fittedBox: new Float64Array(n),
    names: new Array<string | undefined>(n),
  };
}

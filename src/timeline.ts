/**
 * `timeline(data, options)`: the orchestrator. It owns the one mutable
 * state object of a chart and composes the pure parts (scales, layout)
 * with the DOM parts (render) and the input parts (interact):
 *
 *   data ─► normalize ─► numeric model ─► level layout (cached) ─► culled, keyed joins
 *   zoom/keys ─► one requestAnimationFrame ─► x-dependent attributes only
 */
import { select } from "d3-selection";
import { zoomIdentity, type ZoomTransform } from "d3-zoom";
import { isTimeline, normalize } from "./data/normalize.js";
import type { DateInput, Diagnostic, Source, Timeline, TimelineEvent, TimelineInput } from "./data/types.js";
import { laneBands, defaultHeight, type LaneBand } from "./layout/lanes.js";
import { buildModel, type Model } from "./layout/model.js";
import { fitText } from "./layout/text.js";
import { density, laneIndexes, layoutWindow, levelOf, type LaneIndex } from "./layout/viewport.js";
import type { LaneLayout } from "./layout/labels.js";
import { visibleSet } from "./layout/visible.js";
import { laneKey, resolveOptions, type ResolvedOptions, type TimelineOptions } from "./options.js";
import { drawAxis } from "./render/axis.js";
import { joinClusters, positionClusters, type ClustersContext } from "./render/clusters.js";
import { renderDetails, eventDate } from "./render/details.js";
import { renderDiagnostics } from "./render/diagnostics.js";
import { injectStyles, px, svg } from "./render/dom.js";
import { badgeWidth, joinEvents, positionEvents, type EventItem, type EventsContext } from "./render/events.js";
import { renderLegend, type FilterKind } from "./render/legend.js";
import { pageOf, renderList } from "./render/list.js";
import { createMeasurer } from "./render/measure.js";
import { skeleton, type Nodes } from "./render/skeleton.js";
import { joinVertical, verticalRows, VERTICAL_ROWS } from "./render/vertical.js";
import { attachZoom, configureZoom, detachZoom, transformFor, type Zoom } from "./interact/zoom.js";
import { keyAction, step } from "./interact/keyboard.js";
import { formatShort } from "./scale/format.js";
import { toSpan } from "./scale/instant.js";
import { timeScale, DAY, type TimeScale } from "./scale/time.js";

/** The methods and properties a timeline figure adds to its element. */
export interface TimelineHandle {
  /** Redraws with new data (and options merged over the current ones), keeping nodes keyed by event id. */
  update(data: TimelineInput | Timeline, options?: TimelineOptions): void;
  /** Selects an event by id (opens its details), or clears the selection. */
  select(id: string | null): void;
  /** Shows the span from `start` to `end`. */
  zoomTo(start: DateInput, end: DateInput): void;
  /** The selected event. */
  readonly value: TimelineEvent | null;
  /** Removes every listener, observer and animation frame the timeline added. */
  destroy(): void;
}

const ROW = 18, MARGIN = { left: 16, right: 16, top: 34, bottom: 8 }, MAX_LABEL = 300, MAX_ROWS = 5, NARROW = 560;

/** The single mutable state of one chart. */
interface State {
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
  fitted: (string | undefined)[];
  fittedWidth: Float64Array;
  selected: number;
  active: number;
  highlight: Uint8Array | null;
  page: number;
  raf: number;
  zoom: Zoom | null;
  abort: AbortController | null;
  observer: ResizeObserver | null;
  measure: (text: string) => number;
  lastDomain: string;
  /** Widest label (px), from the chart width. */
  maxLabel: number;
}

let instances = 0;

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

/**
 * Draws a source-annotated timeline and returns its `<figure>`; the caller
 * appends it. Works with `options.document` in jsdom and on servers.
 *
 * @example
 * ```ts
 * const chart = timeline(data, { locale: "en-GB" });
 * document.querySelector("#story")!.append(chart);
 * chart.addEventListener("select", (e) => console.log(e.detail.event));
 * chart.zoomTo("2025-12-01", "2025-12-03");
 * ```
 */
export function timeline(data: TimelineInput | Timeline, options: TimelineOptions = {}): HTMLElement & TimelineHandle {
  const o = resolveOptions(options);
  const prefix = `citeline-${++instances}`;
  const nodes = skeleton(o.document, prefix, o.labels);
  const empty = buildModel([], () => "", (k) => k);
  const s: State = {
    raw: options, o, data: { groups: [], sources: [], events: [] }, diagnostics: [], sources: new Map(), model: empty,
    filter: null, lanes: [], order: [], slot: new Int32Array(0), bands: [], width: o.width ?? 960, height: 0,
    vertical: false, x0: timeScale([0, 1], [0, 1]), x: timeScale([0, 1], [0, 1]), transform: zoomIdentity, maxK: 1,
    cache: new Map(), fitted: [], fittedWidth: new Float64Array(0), selected: -1, active: -1, highlight: null, page: 0,
    raf: 0, zoom: null, abort: null, observer: null, measure: createMeasurer(o.document, o.measureText), lastDomain: "", maxLabel: MAX_LABEL,
  };
  const doc = () => s.o.document;
  const view = () => doc().defaultView;
  const domId = (i: number) => `${prefix}-e${i}`;
  const event = (i: number) => s.model.events[i] as TimelineEvent;
  const name = (i: number) => `${event(i).title}, ${eventDate(event(i), s.o.locale, s.o.timeZone)}, ${s.o.labels.sourceCount(event(i).citations.length)}`;

  function fit(i: number): number {
    if (s.fitted[i] === undefined) {
      const text = fitText(event(i).title, s.maxLabel, s.measure);
      s.fitted[i] = text;
      s.fittedWidth[i] = s.measure(text);
    }
    return 10 + s.fittedWidth[i]! + 5 + badgeWidth(event(i).citations.length);
  }

  function setData(input: TimelineInput | Timeline): void {
    const loaded = loadData(input, s.o);
    s.data = loaded.data;
    s.diagnostics = loaded.diagnostics;
    s.sources = new Map(s.data.sources.map((src) => [src.id, src]));
    const groupLabels = new Map(s.data.groups.map((g) => [g.id, g.label]));
    s.model = buildModel(s.data.events, (e) => laneKey(e, s.o.groupBy), (k) => groupLabels.get(k) ?? k, s.data.groups.map((g) => g.id));
    s.fitted = new Array(s.model.n);
    s.fittedWidth = new Float64Array(s.model.n);
    s.selected = s.o.selected ? s.data.events.findIndex((e) => e.id === s.o.selected) : -1;
    s.active = s.selected;
    s.filter = null;
    s.highlight = null;
    applyFilter();
    const { figure, title, description, diagnostics } = nodes;
    title.textContent = s.data.title ?? "";
    description.textContent = s.data.description ?? "";
    nodes.caption.hidden = !s.data.title && !s.data.description;
    figure.setAttribute("aria-label", s.data.title ?? s.o.labels.chart);
    diagnostics.replaceChildren();
    const block = renderDiagnostics(doc(), s.diagnostics, s.o.labels.errors);
    if (block) diagnostics.appendChild(block);
  }

  function applyFilter(): void {
    const f = s.filter, m = s.model;
    let active: Uint8Array | null = null;
    if (f) {
      active = new Uint8Array(m.n);
      for (let i = 0; i < m.n; i++) {
        const e = event(i);
        active[i] = f.kind === "source" ? +e.citations.some((c) => c.source === f.value) : f.kind === "tag" ? +e.tags.includes(f.value) : +(laneKey(e, s.o.groupBy) === f.value);
      }
    }
    s.lanes = laneIndexes(m, active);
    s.order = Array.from(m.order).filter((i) => !active || active[i]);
    s.slot = new Int32Array(m.lanes.length).fill(-1);
    let n = 0;
    s.lanes.forEach((l, k) => { if (!f || l.ids.length) s.slot[k] = n++; });
    s.cache.clear();
    if (s.active >= 0 && active && !active[s.active]) s.active = -1;
    if (s.selected >= 0 && active && !active[s.selected]) setSelected(-1, false);
    renderLegend(nodes.legend, s.data, {
      doc: doc(), labels: s.o.labels, active: s.filter,
      groups: s.o.groupBy === null ? [] : m.lanes.map((l, k) => ({ ...l, count: s.model.lane.filter((x) => x === k).length })),
    });
  }

  /** Sizes, scales, lanes and static chart parts; keeps the visible domain when asked. */
  function layoutChart(keep: [number, number] | null): void {
    const m = s.model, W = s.width;
    const maxLabel = Math.round(Math.min(MAX_LABEL, Math.max(140, W * 0.24)));
    if (maxLabel !== s.maxLabel) {
      s.maxLabel = maxLabel;
      s.fitted = new Array(m.n);
    }
    s.vertical = s.o.layout === "vertical" || (s.o.layout === "auto" && W < NARROW);
    nodes.figure.className = `citeline citeline--${s.o.theme} citeline--${s.vertical ? "vertical" : "horizontal"}`;
    const [lo, hi] = m.extent ?? [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)];
    // Small extents (one event, one day) widen to a day so ticks read as hours, not milliseconds.
    const span = Math.max(hi - lo, Math.min(DAY, Math.max(m.finest * 6, 6 * 3_600_000)));
    const mid = (lo + hi) / 2;
    const a = Math.min(lo, mid - span / 2), b = Math.max(hi, mid + span / 2);
    // Room on the right for the last labels, which extend to the right of their marks.
    const left = MARGIN.left + 8, right = W - MARGIN.right - Math.min(200, W * 0.18);
    const inner = timeScale([a, b], [left, Math.max(left + 1, right)]);
    s.x0 = timeScale([+inner.invert(MARGIN.left), +inner.invert(W - MARGIN.right)], [MARGIN.left, W - MARGIN.right]);
    const full = +s.x0.domain()[1]! - +s.x0.domain()[0]!;
    s.maxK = Math.max(1, full / m.finest);
    // Each lane asks for the rows its labels need at the full view (level 0), up to MAX_ROWS.
    const geometry = { top: MARGIN.top, rowHeight: ROW, below: 30 };
    const pxPerMs = (W - MARGIN.left - MARGIN.right) / full;
    const wanted: number[] = [];
    s.lanes.forEach((lane, l) => {
      if (s.slot[l]! < 0) return;
      const out = layoutWindow(l, lane, -Infinity, Infinity, +s.x0.domain()[0]!, pxPerMs, fit, { rows: MAX_ROWS, gap: 8, pillWidth: 38 });
      wanted.push(out.clusters.length ? MAX_ROWS : out.labels.reduce((r, x) => Math.max(r, x.row + 1), 1));
    });
    if (!wanted.length) wanted.push(1);
    s.height = s.o.height ?? defaultHeight(wanted, geometry, MARGIN.bottom);
    s.bands = laneBands(wanted, s.height - MARGIN.bottom, geometry);
    s.cache.clear();
    const range = keep ?? (s.o.initialRange ? spanOf(s.o.initialRange) : null);
    s.transform = range ? transformFor(s.x0, range[0], range[1], s.maxK) : zoomIdentity;
    if (s.zoom) {
      configureZoom(s.zoom, { width: W, height: s.height, maxK: s.maxK });
      (nodes.svg as unknown as { __zoom: ZoomTransform }).__zoom = s.transform;
      s.zoom.on("zoom.keep", null);
    }
    drawLanes();
  }

  function spanOf(r: [DateInput, DateInput]): [number, number] | null {
    const a = toSpan(r[0]), b = toSpan(r[1]);
    return a && b ? [a[0], Math.max(b[1], a[0] + 1)] : null;
  }

  function drawLanes(): void {
    const { lanes, svg: chart } = nodes;
    lanes.replaceChildren();
    nodes.axis.replaceChildren();
    if (s.vertical) return;
    chart.setAttribute("viewBox", `0 0 ${s.width} ${s.height}`);
    chart.setAttribute("width", String(s.width));
    chart.setAttribute("height", String(s.height));
    nodes.frame.setAttribute("width", String(s.width - 1));
    nodes.frame.setAttribute("height", String(s.height - 1));
    const multi = s.model.lanes.length > 1;
    s.model.lanes.forEach((lane, k) => {
      const band = s.bands[s.slot[k]!];
      if (!band) return;
      lanes.appendChild(svg(doc(), "line", { class: "citeline-baseline", x1: MARGIN.left, x2: s.width - MARGIN.right, y1: px(band.baseline), y2: px(band.baseline) }));
      if (multi) {
        const t = svg(doc(), "text", { class: "citeline-lane-label", x: MARGIN.left, y: px(band.baseline + 26) });
        t.textContent = lane.label || "Other";
        lanes.appendChild(t);
      }
    });
    // The axis sits on top, where a reader looks first and where it stays visible above a tall chart.
    nodes.axis.setAttribute("transform", `translate(0,${MARGIN.top - 8})`);
    // Marks and labels stop at the plot's edges instead of running over the figure's.
    for (const [k, v] of Object.entries({ x: MARGIN.left - 10, y: MARGIN.top - 8, width: s.width - MARGIN.left - MARGIN.right + 20, height: s.height - MARGIN.top })) nodes.clip.setAttribute(k, String(v));
  }

  const baseline = (lane: number) => s.bands[s.slot[lane]!]?.baseline ?? 0;

  /** One frame: everything that depends on the x scale, for the bounded visible set. */
  function frame(): void {
    s.raf = 0;
    const m = s.model;
    nodes.svg.setAttribute("aria-label", `${s.data.title ?? s.o.labels.chart}: ${s.order.length} event${s.order.length === 1 ? "" : "s"}`);
    if (s.vertical) return frameVertical();
    s.x = s.transform.rescaleX(s.x0);
    const [d0, d1] = s.x.domain() as [Date, Date];
    const domain = `${d0.toISOString()}|${d1.toISOString()}`;
    nodes.figure.dataset.domainStart = d0.toISOString();
    nodes.figure.dataset.domainEnd = d1.toISOString();
    drawAxis(select(nodes.axis), s.x, { locale: s.o.locale, timeZone: s.o.timeZone, grid: s.height - MARGIN.bottom - MARGIN.top + 8, spacing: 120, orient: "top" });
    nodes.empty.textContent = s.order.length ? "" : s.o.labels.empty;
    nodes.empty.setAttribute("x", String(s.width / 2));
    nodes.empty.setAttribute("y", String((s.height - MARGIN.bottom) / 2));
    const { level, k } = levelOf(s.transform.k);
    const t0 = +d0, t1 = +d1, span = t1 - t0;
    let cached = s.cache.get(level);
    if (!cached || t0 - span * 0.2 < cached.t0 || t1 + span * 0.2 > cached.t1) {
      const pxPerMs = ((s.width - MARGIN.left - MARGIN.right) / (+s.x0.domain()[1]! - +s.x0.domain()[0]!)) * k;
      const w0 = t0 - span, w1 = t1 + span;
      const layouts = s.lanes.map((lane, l) => {
        const band = s.bands[s.slot[l]!];
        return band ? layoutWindow(l, lane, w0, w1, +s.x0.domain()[0]!, pxPerMs, fit, { rows: band.rows, gap: 8, pillWidth: 38 }) : { labels: [], clusters: [] };
      });
      if (s.cache.size > 12) s.cache.clear();
      s.cache.set(level, (cached = { t0: w0, t1: w1, layouts }));
    }
    const sx = (t: number) => s.x(t);
    const vis = visibleSet(cached.layouts, m, sx, -0.15 * s.width, 1.15 * s.width);
    const items: EventItem[] = vis.labels.map((l) => ({ i: l.i, row: l.row, side: l.side, text: s.fitted[l.i] ?? "", textWidth: s.fittedWidth[l.i] ?? 0 }));
    for (const i of vis.bare) items.push({ i, row: -1, side: 1, text: "", textWidth: 0 });
    // The selected and the keyboard-active event are always drawn, even when clustered.
    for (const i of [s.selected, s.active]) if (i >= 0 && !items.some((d) => d.i === i) && s.slot[m.lane[i]!]! >= 0) items.push({ i, row: -1, side: 1, text: "", textWidth: 0 });
    // Higher rows first: their stems cross lower rows, whose label backgrounds then paint over them.
    items.sort((p, q) => q.row - p.row || m.rank[p.i]! - m.rank[q.i]!);
    const ectx: EventsContext = { doc: doc(), model: m, x: sx, baseline, rowHeight: ROW, domId, name };
    const sel = joinEvents(select(nodes.events), items, ectx);
    positionEvents(sel, ectx);
    sel.each(function (d) {
      this.classList.toggle("is-selected", d.i === s.selected);
      this.classList.toggle("is-active", d.i === s.active);
      this.classList.toggle("is-hl", !!s.highlight?.[d.i]);
    });
    const cctx: ClustersContext = {
      doc: doc(), model: m, x: sx, baseline, rowHeight: ROW, clusterRow: (l) => s.bands[s.slot[l]!]?.rows ?? 1,
      title: (c) => `${c.count} more events, ${formatShort(event(c.first).start, s.o.locale)} to ${formatShort(event(c.last).start, s.o.locale)}. Click to zoom in.`,
    };
    positionClusters(joinClusters(select(nodes.clusters), vis.clusters, cctx), cctx);
    drawDensity(vis.clusters.map((c) => c.lane), t0, t1);
    nodes.svg.setAttribute("aria-activedescendant", s.active >= 0 ? domId(s.active) : "");
    if (s.active < 0) nodes.svg.removeAttribute("aria-activedescendant");
    if (domain !== s.lastDomain) {
      const first = !s.lastDomain;
      s.lastDomain = domain;
      if (!first) emit("zoom", { start: d0, end: d1 });
    }
  }

  function drawDensity(lanesWithClusters: number[], t0: number, t1: number): void {
    const lanes = [...new Set(lanesWithClusters)];
    const bins = Math.floor((s.width - MARGIN.left - MARGIN.right) / 3);
    const a = +s.x.invert(MARGIN.left), b = +s.x.invert(s.width - MARGIN.right);
    select(nodes.density).selectAll<SVGPathElement, number>("path").data(lanes, (l) => String(l)).join((e) => e.append("path").attr("class", "citeline-density"))
      .attr("d", (l) => {
        const counts = density(s.lanes[l]!, a, b, bins);
        const y = baseline(l) + 1;
        let max = 1;
        for (const c of counts) if (c > max) max = c;
        let d = "";
        counts.forEach((c, k) => {
          if (c) d += `M${px(MARGIN.left + k * 3)},${px(y)}h2.4v${px(1.5 + (Math.log1p(c) / Math.log1p(max)) * 6)}h-2.4Z`;
        });
        return d;
      });
    void t0; void t1;
  }

  function frameVertical(): void {
    const m = s.model, spine = Math.min(120, Math.max(92, s.width * 0.26));
    const ids = s.order.slice(0, VERTICAL_ROWS);
    if (s.active >= 0 && !ids.includes(s.active)) ids.push(s.active);
    const { rows, height } = verticalRows(ids, m.x, (i) => event(i).title, Math.max(80, s.width - spine - 40 - 24), s.measure, 18);
    const h = Math.max(height, 120);
    const chart = nodes.svg;
    chart.setAttribute("viewBox", `0 0 ${s.width} ${h}`);
    chart.setAttribute("width", String(s.width));
    chart.setAttribute("height", String(h));
    nodes.frame.setAttribute("width", String(s.width - 1));
    nodes.frame.setAttribute("height", String(h - 1));
    for (const [k, v] of Object.entries({ x: 0, y: 0, width: s.width, height: h })) nodes.clip.setAttribute(k, String(v));
    nodes.lanes.replaceChildren(svg(doc(), "line", { class: "citeline-spine", x1: spine, x2: spine, y1: 8, y2: h - 8 }));
    nodes.empty.textContent = s.order.length ? "" : s.o.labels.empty;
    nodes.empty.setAttribute("x", String(s.width / 2));
    nodes.empty.setAttribute("y", "64");
    nodes.clusters.replaceChildren();
    nodes.density.replaceChildren();
    joinVertical(select(nodes.events), rows, { doc: doc(), events: m.events, locale: s.o.locale, spine, domId, name });
    select(nodes.events).selectAll<SVGGElement, { i: number }>("g.citeline-event").each(function (d) {
      this.classList.toggle("is-selected", d.i === s.selected);
      this.classList.toggle("is-active", d.i === s.active);
      this.classList.toggle("is-hl", !!s.highlight?.[d.i]);
    });
    if (s.active >= 0) nodes.svg.setAttribute("aria-activedescendant", domId(s.active));
    else nodes.svg.removeAttribute("aria-activedescendant");
    const [lo, hi] = s.model.extent ?? [0, 0];
    nodes.figure.dataset.domainStart = new Date(lo).toISOString();
    nodes.figure.dataset.domainEnd = new Date(hi).toISOString();
  }

  function schedule(): void {
    const v = view();
    if (!s.o.interactive || !v?.requestAnimationFrame) return frame();
    if (!s.raf) s.raf = v.requestAnimationFrame(frame);
  }

  function emit(type: "select" | "zoom", detail: unknown): void {
    const Ctor = (view() as (Window & typeof globalThis) | null)?.CustomEvent ?? CustomEvent;
    nodes.figure.dispatchEvent(new Ctor(type, { detail, bubbles: true }));
  }

  function renderListView(): void {
    const events = s.order.map((i) => event(i));
    const focus = s.active >= 0 ? s.order.indexOf(s.active) : -1;
    if (focus >= 0) s.page = pageOf(focus, events.length).page;
    renderList(nodes.list, nodes.pager, events, s.page, { doc: doc(), locale: s.o.locale, timeZone: s.o.timeZone, labels: s.o.labels, sources: s.sources, interactive: s.o.interactive });
    nodes.list.querySelector(".is-selected")?.classList.remove("is-selected");
    if (s.selected >= 0) nodes.list.querySelector(`li[data-event-id="${cssEscape(event(s.selected).id)}"]`)?.classList.add("is-selected");
  }

  function setSelected(i: number, announce = true): void {
    const changed = i !== s.selected;
    s.selected = i;
    renderDetails(nodes.details, i >= 0 ? event(i) : null, {
      doc: doc(), locale: s.o.locale, timeZone: s.o.timeZone, labels: s.o.labels, sources: s.sources, headingId: `${prefix}-details-title`,
    });
    if (i >= 0 && !s.vertical) nodes.details.classList.toggle("is-left", s.x(s.model.x[i]!) > s.width / 2);
    if (changed && announce) {
      nodes.live.textContent = i >= 0 ? `${event(i).title}, ${formatShort(event(i).start, s.o.locale)}. ${s.o.labels.sourceCount(event(i).citations.length)}.` : "";
      emit("select", { event: i >= 0 ? event(i) : null });
    }
  }

  function setActive(i: number): void {
    s.active = i;
    if (i >= 0 && !s.vertical) {
      // Bring the event into view, keeping the zoom level.
      const x = s.x(s.model.x[i]!);
      if (x < MARGIN.left + 40 || x > s.width - MARGIN.right - 200) {
        const t = s.transform, target = t.translate((s.width * 0.4 - x) / t.k, 0);
        applyTransform(target);
      }
    }
    if (s.selected >= 0 && i >= 0) setSelected(i);
    else nodes.live.textContent = i >= 0 ? `${event(i).title}, ${formatShort(event(i).start, s.o.locale)}` : "";
    renderListView();
    frame();
  }

  function applyTransform(t: ZoomTransform): void {
    if (s.zoom) select(nodes.svg).call(s.zoom.transform, t);
    else {
      s.transform = t;
      schedule();
    }
  }

  function rebuild(keepDomain: boolean): void {
    const keep = keepDomain && s.lastDomain ? (s.x.domain().map(Number) as [number, number]) : null;
    layoutChart(keep);
    s.lastDomain = keepDomain ? s.lastDomain : "";
    renderListView();
    frame();
    if (s.selected >= 0) setSelected(s.selected, false);
  }

  setData(data);
  if (s.o.injectStyles) injectStyles(doc());
  rebuild(false);
  if (s.o.interactive) attach();
  else {
    // A static (server) rendering has no focus, keys or live updates to offer.
    nodes.svg.removeAttribute("tabindex");
    nodes.svg.removeAttribute("aria-describedby");
    nodes.live.remove();
    nodes.figure.querySelector(".citeline-sr")?.remove();
  }

  function attach(): void {
    const abort = (s.abort = new AbortController());
    const on = <K extends keyof HTMLElementEventMap>(el: EventTarget, type: K | string, fn: (e: Event) => void) => el.addEventListener(type, fn, { signal: abort.signal });
    s.zoom = attachZoom(nodes.svg, {
      width: s.width, height: s.height, maxK: s.maxK,
      onZoom: (t) => {
        s.transform = t;
        if (!s.vertical) schedule();
      },
    });
    (nodes.svg as unknown as { __zoom: ZoomTransform }).__zoom = s.transform;
    on(nodes.svg, "click", (e) => {
      const target = e.target as Element;
      const ev = target.closest?.(".citeline-event");
      if (ev) {
        const i = s.model.events.findIndex((x) => x.id === ev.getAttribute("data-event-id"));
        if (i >= 0) {
          setActive(i);
          setSelected(i);
          renderListView();
          frame();
        }
        return;
      }
      const cl = target.closest?.(".citeline-cluster");
      if (cl) {
        const c = select<Element, { t0: number; t1: number }>(cl).datum();
        const pad = Math.max((c.t1 - c.t0) * 0.15, 60_000);
        applyTransform(transformFor(s.x0, c.t0 - pad, c.t1 + pad, s.maxK));
      }
    });
    on(nodes.svg, "keydown", (e) => {
      const action = keyAction(e as KeyboardEvent);
      if (!action) return;
      e.preventDefault();
      const n = s.order.length, pos = s.active >= 0 ? s.order.indexOf(s.active) : -1;
      if (action.type === "move") setActive(s.order[step(pos < 0 && action.by > 0 ? firstVisible() - 1 : pos, action.by, n)] ?? -1);
      else if (action.type === "edge") setActive(s.order[action.to === "first" ? 0 : n - 1] ?? -1);
      else if (action.type === "open" && s.active >= 0) { setSelected(s.active); renderListView(); frame(); }
      else if (action.type === "close") { setSelected(-1); renderListView(); frame(); }
      else if (action.type === "zoom" && s.zoom) {
        const cx = s.active >= 0 ? s.x(s.model.x[s.active]!) : s.width / 2;
        select(nodes.svg).call(s.zoom.scaleBy, action.factor, [cx, 0]);
      }
    });
    on(nodes.details, "click", (e) => {
      if ((e.target as Element).closest?.(".citeline-close")) {
        setSelected(-1);
        renderListView();
        frame();
        nodes.svg.focus();
      }
    });
    on(nodes.details, "keydown", (e) => {
      if ((e as KeyboardEvent).key === "Escape") { setSelected(-1); frame(); nodes.svg.focus(); }
    });
    on(nodes.pager, "click", (e) => {
      const page = (e.target as HTMLElement).dataset?.page;
      if (page === undefined) return;
      s.page = Number(page);
      renderList(nodes.list, nodes.pager, s.order.map(event), s.page, { doc: doc(), locale: s.o.locale, timeZone: s.o.timeZone, labels: s.o.labels, sources: s.sources, interactive: s.o.interactive });
    });
    on(nodes.list, "click", (e) => {
      const button = (e.target as Element).closest?.(".citeline-list-title");
      const id = button?.closest("li")?.getAttribute("data-event-id");
      const i = id == null ? -1 : s.model.events.findIndex((x) => x.id === id);
      if (i < 0) return;
      setActive(i);
      setSelected(i);
      renderListView();
      frame();
    });
    on(nodes.legend, "click", (e) => {
      const chip = (e.target as Element).closest?.(".citeline-chip") as HTMLElement | null;
      if (!chip) return;
      const kind = chip.dataset.kind as FilterKind, value = chip.dataset.value ?? "";
      s.filter = s.filter?.kind === kind && s.filter.value === value ? null : { kind, value };
      applyFilter();
      rebuild(true);
      (nodes.legend.querySelector(`[data-kind="${kind}"][data-value="${cssEscape(value)}"]`) as HTMLElement | null)?.focus();
    });
    const hover = (e: Event) => {
      const chip = (e.target as Element).closest?.(".citeline-chip[data-kind=source]") as HTMLElement | null;
      const id = e.type === "mouseover" || e.type === "focusin" ? chip?.dataset.value : undefined;
      s.highlight = id ? Uint8Array.from(s.model.events, (ev) => +ev.citations.some((c) => c.source === id)) : null;
      nodes.svg.classList.toggle("is-highlighting", !!s.highlight);
      frame();
    };
    for (const type of ["mouseover", "mouseout", "focusin", "focusout"]) on(nodes.legend, type, hover);
    const RO = (view() as (Window & typeof globalThis) | null)?.ResizeObserver;
    if (s.o.width === null && RO) {
      s.observer = new RO((entries) => {
        const w = Math.floor(entries[0]?.contentRect.width ?? 0);
        if (w > 0 && Math.abs(w - s.width) >= 1) {
          s.width = w;
          rebuild(true);
        }
      });
      s.observer.observe(nodes.figure);
    }
  }

  function firstVisible(): number {
    if (s.vertical) return 0;
    const t0 = +s.x.domain()[0]!;
    const k = s.order.findIndex((i) => s.model.x[i]! >= t0);
    return k < 0 ? 0 : k;
  }

  const handle: TimelineHandle = {
    update(next, options) {
      if (options) {
        s.raw = { ...s.raw, ...options };
        s.o = resolveOptions(s.raw);
        s.measure = createMeasurer(s.o.document, s.o.measureText);
      }
      const before = s.model.extent;
      setData(next);
      const same = before && s.model.extent && before[0] === s.model.extent[0] && before[1] === s.model.extent[1];
      rebuild(!!same);
    },
    select(id) {
      const i = id === null ? -1 : s.model.events.findIndex((e) => e.id === id);
      if (id !== null && i < 0) throw new Error(`invalid event id: ${id}`);
      if (i >= 0) setActive(i);
      setSelected(i);
      renderListView();
      frame();
    },
    zoomTo(start, end) {
      const r = spanOf([start, end]);
      if (!r) throw new Error(`invalid range: ${String(start)} – ${String(end)}`);
      applyTransform(transformFor(s.x0, r[0], r[1], s.maxK));
      // The API is synchronous: the figure reflects the new range on return.
      if (s.raf) view()?.cancelAnimationFrame(s.raf);
      frame();
    },
    get value() {
      return s.selected >= 0 ? event(s.selected) : null;
    },
    destroy() {
      s.abort?.abort();
      s.abort = null;
      detachZoom(nodes.svg);
      s.zoom = null;
      s.observer?.disconnect();
      s.observer = null;
      if (s.raf) view()?.cancelAnimationFrame(s.raf);
      s.raf = 0;
    },
  };
  const figure = nodes.figure as HTMLElement & TimelineHandle;
  for (const key of Object.keys(handle) as (keyof TimelineHandle)[]) {
    Object.defineProperty(figure, key, Object.getOwnPropertyDescriptor(handle, key)!);
  }
  return figure;
}

function cssEscape(value: string): string {
  return value.replace(/["\\]/g, "\\$&");
}

/**
 * Everything that lays the chart out again: new data (`load`), new options
 * and data together (`replace`, the handle's `update`), a legend filter,
 * a new width, and the first layout that waits for the figure's width
 * (`settle`). Each settles the view the new layout starts from (which zoom,
 * which selection survive), then draws the whole figure once.
 */
import { nextTask } from "../data/tasks.js";
import type { Timeline, TimelineInput } from "../data/types.js";
import type { LaneLayout } from "../layout/labels.js";
import { levelOf } from "../layout/viewport.js";
import { createMeasurer } from "../render/measure.js";
import { transformFor, zoomIdentity } from "../scale/transform.js";
import { frame } from "./frame.js";
import { layoutChart, seedFullView } from "./layout.js";
import { applyFilter, indexOf, laneKey, setData } from "./model.js";
import { activePage, chartWidth, drawCaption, drawDetails, drawLegend, drawListView } from "./panels.js";
import type { ResolvedOptions } from "./resolved.js";
import { drawStage } from "./stage.js";
import { event, type Chart, type View } from "./state.js";

/** [start, end] (ms) of what the chart shows, or null before its first frame. */
export function shownRange(c: Chart): [number, number] | null {
  return c.memo.lastDomain ? (c.memo.x.domain().map(Number) as [number, number]) : null;
}

/**
 * Lays the chart out and draws it: at the span `keep` (ms) when given, else
 * at the options' initial range, else whole. The list view is drawn too,
 * unless `list` is false (a new width alone leaves it as it was).
 */
export function rebuild(c: Chart, keep: [number, number] | null, list = true): void {
  layOut(c, keep);
  drawAll(c, keep, list);
}

/** The layout half of `rebuild`: lanes, scales, the view's transform and the full view's labels; no DOM. */
function layOut(c: Chart, keep: [number, number] | null): void {
  c.scene.width = chartWidth(c);
  const full0: LaneLayout[] = layoutChart(c);
  const range = keep ?? c.o.initialRange;
  c.view.transform = range ? transformFor(c.scene.x0, range[0], range[1], c.scene.maxK) : zoomIdentity;
  if (levelOf(c.view.transform.k).level === 0) seedFullView(c, full0);
}

/** The drawing half of `rebuild`, from the layout `layOut` made. */
function drawAll(c: Chart, keep: [number, number] | null, list: boolean): void {
  drawStage(c);
  // A layout from scratch draws its first domain without a `zoom` event.
  if (!keep) c.memo.lastDomain = "";
  if (list) {
    c.view.page = activePage(c);
    drawListView(c);
  }
  frame(c);
  drawDetails(c);
}

/**
 * Loads data and sets the view it starts with: the options' selection, no
 * filter. The layout follows (see `rebuild`), now or once the width is known.
 */
export function load(c: Chart, input: TimelineInput | Timeline): void {
  setData(c, input);
  const selected = indexOf(c, c.o.selected);
  c.view = { ...c.view, selected, active: selected, filter: null, highlight: null };
  applyFilter(c);
  drawCaption(c);
  drawLegend(c);
}

/** Sets (or clears, with null) the legend filter and lays out again, keeping the span shown. */
export function setFilter(c: Chart, filter: View["filter"]): void {
  c.view.filter = filter;
  applyFilter(c);
  drawLegend(c);
  rebuild(c, shownRange(c));
}

/**
 * Lays out again when opening or closing the details panel changes the
 * chart's width (the panel's column beside a wide chart): at the span shown,
 * or afresh when the reader has not zoomed. True when it did.
 */
export function reflow(c: Chart): boolean {
  if (c.memo.pending || chartWidth(c) === c.scene.width) return false;
  const t = c.view.transform;
  rebuild(c, t.k === 1 && t.x === 0 ? null : shownRange(c), false);
  return true;
}

/** Lays out again at a new width, keeping the span shown. */
export function resize(c: Chart, width: number): void {
  c.scene.figureWidth = width;
  rebuild(c, shownRange(c));
}

/**
 * The first layout at a frame or resize report (see `timeline`), `width`
 * the figure's when known: laid out now, unless `layAhead` did it already,
 * and drawn in the task after. A frame that did both (and painted) took
 * 40-55 ms of CPU with 10,000 events; now it paints an empty chart of the
 * right size, and the next one the chart.
 */
export function settle(c: Chart, width = 0): void {
  if (!c.memo.pending) return;
  layAhead(c, width || undefined);
  // At the width laid out: reading it again would lay the page out in the task.
  void nextTask().then(() => settleNow(c, c.memo.laid));
}

/**
 * Does the first layout now if it is still waiting for the figure's width:
 * at the width the page gives the figure when it is in one, else at the
 * default. Everything that reads the layout calls this first. The layout
 * `layAhead` made is kept when the width is the same; the list view (in
 * its closed `<details>`) is drawn in a task of its own, so that the first
 * frame holds less work.
 */
export function settleNow(c: Chart, width = 0): void {
  if (!c.memo.pending) return;
  const laid = c.memo.laid;
  takeWidth(c, width);
  if (laid !== c.scene.figureWidth) layOut(c, null);
  drawAll(c, null, false);
  c.view.page = activePage(c);
  void nextTask().then(() => drawListView(c));
}

/**
 * Makes the first layout of a chart that waits for it (see `settleNow`),
 * at `width`, by default the figure's in the page (none when it is not in
 * one), and sizes the chart, without drawing its marks: so that the task
 * that draws them does not lay out too, and a frame between the two paints
 * an empty chart of the right size.
 */
export function layAhead(c: Chart, width = contentWidth(c.nodes.figure)): void {
  if (!c.memo.pending || c.memo.laid || !width) return;
  c.scene.figureWidth = width;
  layOut(c, null);
  drawStage(c);
  c.memo.laid = width;
}

/** Ends the wait for the first layout, taking the figure's width (`width`, else measured when in a page). */
function takeWidth(c: Chart, width = 0): void {
  c.memo.pending = false;
  c.memo.laid = 0;
  if (c.memo.raf) c.o.document.defaultView?.cancelAnimationFrame(c.memo.raf);
  c.memo.raf = 0;
  const w = width > 0 ? width : contentWidth(c.nodes.figure);
  if (w > 0) c.scene.figureWidth = w;
}

/** The figure's content-box width as a ResizeObserver reports it (floored), or 0 when it has none. */
export function contentWidth(figure: HTMLElement): number {
  const view = figure.ownerDocument.defaultView;
  if (!figure.isConnected || !view) return 0;
  const s = view.getComputedStyle(figure);
  const edges = ["paddingLeft", "paddingRight", "borderLeftWidth", "borderRightWidth"] as const;
  const w = figure.getBoundingClientRect().width - edges.reduce((sum, k) => sum + (parseFloat(s[k]) || 0), 0);
  return Math.max(0, Math.floor(w));
}

/** Two initial ranges are the same span (both none, or equal ends). */
const sameRange = (a: [number, number] | null, b: [number, number] | null): boolean =>
  a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]);

/**
 * Draws `input` instead of what the chart shows, as if `timeline()` were
 * called again with it and the options `o` (the current ones when null),
 * except that the reader's view carries over where it still applies: the
 * zoom, unless the options name a new initial range; the selection and the
 * keyboard's event while their ids exist, unless the options select
 * another; the legend filter while its chip exists.
 */
export function replace(c: Chart, input: TimelineInput | Timeline, o: ResolvedOptions | null): void {
  const before = c.o,
    v = c.view;
  const ids = {
    selected: v.selected >= 0 ? event(c, v.selected).id : null,
    active: v.active >= 0 ? event(c, v.active).id : null,
  };
  const zoomed = v.transform.k !== 1 || v.transform.x !== 0;
  const keep = zoomed && !(o && !sameRange(o.initialRange, before.initialRange)) ? shownRange(c) : null;
  if (o) setOptions(c, o);
  if (c.memo.pending) takeWidth(c);
  const filter = v.filter;
  load(c, input);
  // `load` selected what the options say; that stands only when the author changed it.
  if (!(o && o.selected !== before.selected)) {
    c.view.selected = indexOf(c, ids.selected);
    const active = indexOf(c, ids.active);
    c.view.active = active >= 0 ? active : c.view.selected;
  }
  if (filter && filterExists(c, filter)) {
    c.view.filter = filter;
    applyFilter(c);
    drawLegend(c);
  }
  rebuild(c, keep);
}

/** Takes new options: the figure's texts, its width when fixed, and its measurer. */
function setOptions(c: Chart, o: ResolvedOptions): void {
  c.o = o;
  c.nodes.hint.textContent = o.labels.hint;
  if (o.width !== null) c.scene.figureWidth = o.width;
  c.scene.measure = createMeasurer(o.document, o.measureText);
}

/** The legend still has a chip for this filter. */
function filterExists(c: Chart, f: NonNullable<View["filter"]>): boolean {
  const s = c.scene;
  if (f.kind === "source") return s.model.perSource.has(f.value);
  if (f.kind === "tag") return s.model.perTag.has(f.value);
  return c.o.groupBy !== null && s.data.events.some((e) => laneKey(e, c.o.groupBy) === f.value);
}

/**
 * The reader's actions on the view: select an event (details panel, live
 * region, `select` and `input` events), move the keyboard's event (kept in
 * view), zoom and pan within the chart's limits. Each changes the view,
 * then draws what depends on it; none lays out again (see rebuild.ts),
 * except opening or closing the panel beside a wide chart, which takes or
 * gives back the chart's width.
 */
import { constrain, type ZoomLimits, type ZoomTransform } from "../scale/transform.js";
import { announceEvent } from "./announce.js";
import { emit } from "./emit.js";
import { frame, schedule } from "./frame.js";
import { activePage, drawDetails, drawListPage, drawListView, markListed, revealDetails } from "./panels.js";
import { reflow } from "./rebuild.js";
import { domId, event, MARGIN, type Chart } from "./state.js";

/**
 * Selects event i (-1: none): fills the details panel, making room for it
 * beside a wide chart (which lays the chart out again), dispatches `select`
 * and `input` when it changed, and, when asked, announces it. True when it
 * laid the chart out again, which drew the chart's frame too.
 */
export function setSelected(c: Chart, i: number, announce = true): boolean {
  const opened = c.view.selected < 0 && i >= 0,
    changed = i !== c.view.selected;
  c.view.selected = i;
  const reflowed = reflow(c);
  if (!reflowed) drawDetails(c);
  if (opened) revealDetails(c);
  if (changed && announce) announceEvent(c, i);
  if (changed) {
    emit(c, "select", { event: i >= 0 ? event(c, i) : null });
    // Observable's viewof listens for input and reads the figure's value.
    emit(c, "input");
  }
  return reflowed;
}

/**
 * Makes event i the keyboard-active one, brought into view at the current
 * zoom level, and says it; `edges` (keys) names the first and the last
 * event as such, so a key that meets an end is heard.
 */
export function setActive(c: Chart, i: number, edges = true): void {
  activate(c, i, edges);
  followList(c);
  frame(c);
  if (i >= 0) reveal(c, i);
}

/** What `setActive` does before it draws: the view's new state, the selection following, the announcement. */
function activate(c: Chart, i: number, edges: boolean): void {
  const v = c.view,
    s = c.scene;
  v.active = i;
  if (i >= 0 && !s.vertical) {
    const x = c.memo.x(s.model.x[i]!);
    if (x < MARGIN.left + 40 || x > s.width - MARGIN.right - 200)
      applyTransform(c, { k: v.transform.k, x: v.transform.x + s.width * 0.4 - x });
  }
  if (v.selected >= 0 && i >= 0) setSelected(c, i, false);
  const pos = s.order.indexOf(i),
    n = s.order.length;
  announceEvent(c, i, !edges || n < 2 ? undefined : pos === 0 ? "first" : pos === n - 1 ? "last" : undefined);
}

/**
 * Turns the list view to the keyboard's page and marks the selected event.
 * The page's items are built only when the page changes: a key press or a
 * select on the same page rebuilt up to 300 items, each with its sources,
 * and was most of the time a select or a key took (the items depend on the
 * data, filter and options, each of which lays out and draws the list anew,
 * see rebuild.ts; before the first layout there is no list to keep).
 */
function followList(c: Chart): void {
  const page = activePage(c);
  if (page === c.view.page && !c.memo.pending) return markListed(c);
  c.view.page = page;
  drawListView(c);
}

/**
 * Scrolls the page (or the boxes around the chart) just enough to show event
 * i's row, when it is off screen: at the next animation frame, once however
 * many keys or selects come before it. Reading the row's box at once made
 * the browser lay the page out inside each key press or select, in the
 * middle of the changes that followed (a figure made, selected and removed
 * in one task was laid out only for this).
 */
function reveal(c: Chart, i: number): void {
  const view = c.o.document.defaultView;
  if (!view?.requestAnimationFrame) return revealNow(c, i);
  view.cancelAnimationFrame(c.memo.reveal);
  c.memo.reveal = view.requestAnimationFrame(() => {
    c.memo.reveal = 0;
    // A figure taken out of the page (or destroyed and removed) has nothing to show.
    if (c.nodes.figure.isConnected) revealNow(c, i);
  });
}

/** Scrolls event i's row into view now, when it is off screen (see `reveal`). */
function revealNow(c: Chart, i: number): void {
  // Looked up in the chart itself: inside <cite-line>'s shadow root the document does not see it.
  const el = c.nodes.svg.querySelector(`#${domId(c, i)}`),
    r = el?.getBoundingClientRect(),
    view = c.o.document.defaultView;
  // jsdom lays nothing out (and has no scrollIntoView).
  if (r?.height && (r.top < 0 || r.bottom > (view?.innerHeight ?? 0)))
    el!.scrollIntoView?.({
      block: "nearest",
      behavior: view?.matchMedia?.("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth",
    });
}

/**
 * Selects event i from any input (a click, the list, the API) and redraws,
 * once: the frame is drawn after the selection (by the layout when the
 * panel takes the chart's width) and the event's row revealed where it
 * ends up.
 */
export function pick(c: Chart, i: number): void {
  if (i >= 0) activate(c, i, false);
  const drawn = setSelected(c, i);
  followList(c);
  if (!drawn) frame(c);
  if (i >= 0) reveal(c, i);
}

/** Opens (i ≥ 0) or closes (-1) the details panel from a key or the close button. */
export function show(c: Chart, i: number): void {
  const drawn = setSelected(c, i);
  followList(c);
  if (!drawn) frame(c);
}

/** Moves the view (from a gesture, a key, a cluster or the API), held to the chart's limits. */
export function applyTransform(c: Chart, t: ZoomTransform): void {
  c.view.transform = constrain(t, zoomLimits(c));
  schedule(c);
}

/** How far the chart zooms and pans: its base scale's range, down to its finest precision. */
export const zoomLimits = (c: Chart): ZoomLimits => ({ range: c.scene.x0.range(), maxK: c.scene.maxK });

/** Turns on (or off, with null) the highlight of one source's events, from the legend. */
export function highlightSource(c: Chart, id: string | null): void {
  c.view.highlight = id
    ? Uint8Array.from(c.scene.model.events, (ev) => +ev.citations.some((x) => x.source === id))
    : null;
  c.nodes.svg.classList.toggle("is-highlighting", !!c.view.highlight);
  frame(c);
}

/** Shows page `page` of the list view. */
export function showPage(c: Chart, page: number): void {
  c.view.page = page;
  drawListPage(c);
}

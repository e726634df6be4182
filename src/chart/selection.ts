/**
 * Selection and focus: the selected event (details panel, live region,
 * `select` event), the keyboard-active event (kept in view), the list view
 * that mirrors both, and the rebuild that follows a data or size change.
 */
import { constrain, type ZoomLimits, type ZoomTransform } from "../scale/transform.js";
import { renderDetails } from "../render/details.js";
import { pageOf, renderList } from "../render/list.js";
import { formatShort } from "../scale/format.js";
import { emit, frame, schedule } from "./frame.js";
import { layoutChart } from "./horizontal.js";
import { domId, event, MARGIN, type Chart } from "./state.js";

/** Widest the details panel gets (px), and its inset from the chart's edges. */
const PANEL = 380, INSET = 8;

/**
 * Puts the details panel where it hides nothing the reader picked: on the
 * side away from the selected mark, or under the chart when neither side
 * has room for it.
 */
export function placeDetails(c: Chart): void {
  const panel = c.nodes.details;
  // On a phone the panel opens under the tapped row, where the reader's eyes are.
  panel.style.top = c.vertical ? `${rowBottom(c)}px` : "";
  let side: "right" | "left" | "below" = "below";
  if (!c.vertical && c.selected >= 0) {
    const x = c.x(c.model.x[c.selected]!), w = Math.min(PANEL, c.width - 2 * INSET);
    // The mark and the start of its label stay clear of the panel.
    if (x + 120 < c.width - INSET - w) side = "right";
    else if (x - 24 > INSET + w) side = "left";
  }
  panel.classList.toggle("is-left", side === "left");
  panel.classList.toggle("is-below", side === "below" && !c.vertical);
}

/** Bottom of the selected event's row in the vertical layout (px), from its tap target. */
function rowBottom(c: Chart): number {
  const id = c.selected >= 0 ? event(c, c.selected).id : null;
  for (const g of c.nodes.events.children) {
    if (g.getAttribute("data-event-id") !== id) continue;
    const y = Number(/translate\(0,([-\d.]+)\)/.exec(g.getAttribute("transform") ?? "")?.[1] ?? 0);
    const hit = g.querySelector(".citeline-hit");
    return y + Number(hit?.getAttribute("y") ?? 0) + Number(hit?.getAttribute("height") ?? 0) + 2;
  }
  return 0;
}

/** Selects event i (-1: none): fills the details panel and, when asked, announces it. */
export function setSelected(c: Chart, i: number, announce = true): void {
  const changed = i !== c.selected;
  c.selected = i;
  renderDetails(c.nodes.details, i >= 0 ? event(c, i) : null, {
    doc: c.o.document, locale: c.o.locale, timeZone: c.o.timeZone, labels: c.o.labels, sources: c.sources, headingId: `${c.prefix}-details-title`,
  });
  if (i >= 0) placeDetails(c);
  if (changed && announce) {
    const e = i >= 0 ? event(c, i) : null;
    c.nodes.live.textContent = e ? `${e.title}, ${formatShort(e.start, c.o.locale)}. ${c.o.labels.sourceCount(e.citations.length)}.` : "";
    emit(c, "select", { event: e });
  }
}

/** Makes event i the keyboard-active one, brought into view at the current zoom level. */
export function setActive(c: Chart, i: number): void {
  c.active = i;
  if (i >= 0 && !c.vertical) {
    const x = c.x(c.model.x[i]!);
    if (x < MARGIN.left + 40 || x > c.width - MARGIN.right - 200) {
      const t = c.transform;
      applyTransform(c, { k: t.k, x: t.x + c.width * 0.4 - x });
    }
  }
  if (c.selected >= 0 && i >= 0) setSelected(c, i);
  else c.nodes.live.textContent = i >= 0 ? `${event(c, i).title}, ${formatShort(event(c, i).start, c.o.locale)}` : "";
  renderListView(c);
  frame(c);
  if (i >= 0) reveal(c, i);
}

/** Scrolls the page (or the boxes around the chart) just enough to show event i's row, when it is off screen. */
function reveal(c: Chart, i: number): void {
  const el = c.o.document.getElementById(domId(c, i)), r = el?.getBoundingClientRect();
  // jsdom lays nothing out (and has no scrollIntoView).
  if (r?.height && (r.top < 0 || r.bottom > (c.o.document.defaultView?.innerHeight ?? 0))) el!.scrollIntoView?.({ block: "nearest" });
}

/** Selects event i from any input (a click, the list, the API) and redraws. */
export function pick(c: Chart, i: number): void {
  if (i >= 0) setActive(c, i);
  setSelected(c, i);
  renderListView(c);
  frame(c);
}

/** Moves the view (from a gesture, a key, a cluster or the API), held to the chart's limits. */
export function applyTransform(c: Chart, t: ZoomTransform): void {
  c.transform = constrain(t, zoomLimits(c));
  schedule(c);
}

/** How far the chart zooms and pans: its base scale's range, down to its finest precision. */
export const zoomLimits = (c: Chart): ZoomLimits => ({ range: c.x0.range(), maxK: c.maxK });

/** Renders the page of the list that holds the active event, marking the selected one. */
export function renderListView(c: Chart): void {
  const focus = c.active >= 0 ? c.order.indexOf(c.active) : -1;
  if (focus >= 0) c.page = pageOf(focus, c.order.length).page;
  const { list, listSummary } = c.nodes;
  listSummary.textContent = c.o.labels.listSummary(c.order.length);
  renderListPage(c);
  list.querySelector(".is-selected")?.classList.remove("is-selected");
  const id = c.selected >= 0 ? event(c, c.selected).id : null;
  if (id !== null) for (const li of list.children) if (li.getAttribute("data-event-id") === id) li.classList.add("is-selected");
}

/** Renders the list's current page (`c.page`). */
export function renderListPage(c: Chart): void {
  renderList(c.nodes.list, c.nodes.pager, c.order.length, (k) => event(c, c.order[k]!), c.page, { doc: c.o.document, locale: c.o.locale, timeZone: c.o.timeZone, labels: c.o.labels, sources: c.sources, interactive: c.o.interactive });
}

/**
 * Does the first layout now if it is still waiting for the figure's width:
 * at the width the page gives the figure when it is in one, else at the
 * default. Everything that reads the layout calls this first.
 */
export function settle(c: Chart, width = 0): void {
  if (!c.pending) return;
  takeWidth(c, width);
  rebuild(c, false);
}

/** Ends the wait for the first layout, taking the figure's width (`width`, else measured when in a page). */
export function takeWidth(c: Chart, width = 0): void {
  c.pending = false;
  if (c.raf) c.o.document.defaultView?.cancelAnimationFrame(c.raf);
  c.raf = 0;
  const w = width > 0 ? width : contentWidth(c.nodes.figure);
  if (w > 0) c.width = w;
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

/** Re-lays out the chart after a data, filter or size change, keeping the visible range when asked. */
export function rebuild(c: Chart, keepDomain: boolean): void {
  const keep = keepDomain && c.lastDomain ? (c.x.domain().map(Number) as [number, number]) : null;
  layoutChart(c, keep);
  c.lastDomain = keepDomain ? c.lastDomain : "";
  renderListView(c);
  frame(c);
  if (c.selected >= 0) setSelected(c, c.selected, false);
}

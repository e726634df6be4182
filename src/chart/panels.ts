/**
 * The figure's HTML around the chart, drawn from the scene and the view:
 * the caption and the errors block (once per data), the legend (per data
 * and filter), the details panel of the selected event and where it sits
 * (see SIDE_FROM), and the list view's page. Nothing here changes the view.
 */
import { renderDetails } from "../render/details.js";
import { renderDiagnostics } from "../render/diagnostics.js";
import { renderLegend } from "../render/legend.js";
import { pageOf, renderList } from "../render/list.js";
import { event, type Chart } from "./state.js";

/**
 * Where the details panel opens, by the figure's width (px): a column beside
 * the chart from SIDE_FROM, which the chart makes room for; under the chart
 * from SHEET_UNDER; below that, and in the vertical layout, a sheet over the
 * bottom of the screen. One place per width, whichever event is open; a
 * static rendering's panel is always under the chart.
 */
const SIDE_FROM = 960,
  SHEET_UNDER = 640,
  GAP = 16;

export type PanelPlace = "side" | "below" | "sheet";

/** Where the details panel of this chart opens (see SIDE_FROM). */
export function panelPlace(c: Chart): PanelPlace {
  const w = c.scene.figureWidth;
  // A static rendering has no close button to tap: its panel stays in the page's flow.
  if (!c.o.interactive) return "below";
  if (c.scene.vertical || w < SHEET_UNDER) return "sheet";
  return w >= SIDE_FROM && c.o.layout !== "vertical" ? "side" : "below";
}

/** Width of the side column (px): 30% of the figure, 300 to 380. */
const sideWidth = (figure: number): number => Math.min(380, Math.max(300, Math.round(figure * 0.3)));

/**
 * The width the chart is laid out at: the figure's, less the side column
 * and its gap while a live chart's panel is open beside it. (The chart left
 * is 644 px or more, so "auto" stays horizontal.)
 */
export function chartWidth(c: Chart): number {
  const w = c.scene.figureWidth;
  const side = c.o.interactive && c.view.selected >= 0 && c.o.layout !== "vertical" && w >= SIDE_FROM;
  return side ? w - sideWidth(w) - GAP : w;
}

/** The caption, the figure's name and the errors block, from the data. */
export function drawCaption(c: Chart): void {
  const s = c.scene,
    { figure, title, description, diagnostics, caption } = c.nodes;
  title.textContent = s.data.title ?? "";
  description.textContent = s.data.description ?? "";
  caption.hidden = !s.data.title && !s.data.description;
  figure.setAttribute("aria-label", s.data.title ?? c.o.labels.chart);
  diagnostics.replaceChildren();
  const block = renderDiagnostics(c.o.document, s.diagnostics, c.o.labels, s.data.events.length > 0);
  if (block) diagnostics.appendChild(block);
}

/** The legend, its chips pressed as the filter says. */
export function drawLegend(c: Chart): void {
  const s = c.scene,
    m = s.model;
  const perLane = new Int32Array(m.lanes.length);
  for (let i = 0; i < m.n; i++) perLane[m.lane[i]!]!++;
  renderLegend(c.nodes.legend, s.data, {
    doc: c.o.document,
    labels: c.o.labels,
    active: c.view.filter,
    perSource: m.perSource,
    perTag: m.perTag,
    groups: c.o.groupBy === null ? [] : m.lanes.map((l, k) => ({ ...l, count: perLane[k]! })),
  });
}

/** Fills the details panel with the selected event (hides it when none) and places it. */
export function drawDetails(c: Chart): void {
  const i = c.view.selected;
  if (i < 0) {
    c.nodes.stage.classList.remove("is-side");
    c.nodes.stage.style.gridTemplateColumns = "";
    c.nodes.figure.style.paddingBottom = "";
    c.nodes.details.style.maxHeight = "";
  }
  // The panel is a landmark named by its heading and the chart's title: two charts of one title showing one
  // event tell their panels apart by their place among the page's charts of that title, read with the heading.
  renderDetails(c.nodes.details, i >= 0 ? event(c, i) : null, {
    doc: c.o.document,
    locale: c.o.locale,
    timeZone: c.o.timeZone,
    labels: c.o.labels,
    sources: c.scene.sources,
    headingId: `${c.prefix}-details-title`,
    which: i >= 0 ? whichChart(c) : "",
  });
  if (i >= 0) placeDetails(c);
}

/**
 * "Timeline 2 of 3" (the `chart` and `position` labels) when other charts
 * in the page have this one's title, counted in the page's order (a
 * `<cite-line>` by its figure), else "".
 */
function whichChart(c: Chart): string {
  const me = c.nodes.figure,
    title = me.getAttribute("aria-label"),
    { labels } = c.o;
  const same = [...c.o.document.querySelectorAll("figure.citeline, cite-line")]
    .map((n) => n.shadowRoot?.querySelector("figure.citeline") ?? n)
    .filter((f) => f.getAttribute("aria-label") === title);
  const n = same.indexOf(me);
  return same.length > 1 && n >= 0 ? `${labels.chart} ${labels.position(n + 1, same.length)}` : "";
}

/**
 * Puts the details panel in its place (see SIDE_FROM): a class per place,
 * and, beside the chart, the column's width and a height no taller than the
 * chart's. Runs every frame the panel is open, so it reads no layout.
 */
export function placeDetails(c: Chart): void {
  const { details: panel, stage } = c.nodes,
    place = panelPlace(c);
  const side = place === "side" && chartWidth(c) < c.scene.figureWidth;
  stage.classList.toggle("is-side", side);
  stage.style.gridTemplateColumns = side ? `minmax(0,1fr) ${sideWidth(c.scene.figureWidth)}px` : "";
  // A sheet's height is set as it opens (see revealDetails).
  if (place !== "sheet")
    panel.style.maxHeight = side ? `min(${Math.max(c.scene.height, 320)}px, calc(100vh - 16px))` : "";
  panel.classList.toggle("is-below", place === "below");
  panel.classList.toggle("is-sheet", place === "sheet");
  // The room made at the figure's foot for a sheet goes when a wider figure no longer has one.
  if (place !== "sheet") c.nodes.figure.style.paddingBottom = "";
}

/**
 * After the panel opens: brings it to the reader. Under the chart, the page
 * scrolls just enough to show it. As a sheet, it leaves in view the picked
 * row and, when they follow that row closely, the legend and the list's
 * heading (see `sheetKeeps`); the figure gains room at its foot and the page
 * scrolls what is kept above the sheet. Focus moves into the sheet (it
 * covers the page) unless it is elsewhere on the page, as when a page's own
 * button selected the event.
 */
export function revealDetails(c: Chart): void {
  const panel = c.nodes.details,
    figure = c.nodes.figure,
    view = c.o.document.defaultView,
    place = panelPlace(c);
  figure.style.paddingBottom = "";
  // A column beside the chart is in view with it: no layout to read. (jsdom
  // lays nothing out; a figure outside the page has nothing to show.)
  if (place === "side" || !view || panel.hidden || !figure.isConnected || !panel.getBoundingClientRect().height) return;
  if (place === "below") {
    // Up to the panel's foot, but never past the picked event, which stays on screen above it.
    const over = panel.getBoundingClientRect().bottom - view.innerHeight,
      row = selectedNode(c)?.getBoundingClientRect();
    const by = row?.height ? Math.min(over, row.top - 8) : over;
    if (over > 0 && by > 0) view.scrollBy(0, by);
    return;
  }
  const screen = view.innerHeight,
    keep = sheetKeeps(c, screen);
  // The sheet takes what the kept part leaves, between 35% and 60% (the stylesheet's cap) of the screen.
  panel.style.maxHeight = keep
    ? `${Math.floor(Math.max(screen * 0.35, Math.min(screen * 0.6, screen - (keep.bottom - keep.top) - 16)))}px`
    : "";
  const sheet = panel.getBoundingClientRect().height;
  figure.style.paddingBottom = `${Math.ceil(sheet)}px`;
  if (keep) {
    const room = screen - sheet - 8;
    const by = keep.bottom > room ? Math.min(keep.bottom - room, keep.top - 8) : keep.top < 0 ? keep.top - 8 : 0;
    if (by) view.scrollBy(0, by);
  }
  // Inside <cite-line>, the document sees its host focused and the shadow root the element itself.
  const inside = (figure.getRootNode() as Document | ShadowRoot).activeElement,
    page = c.o.document.activeElement;
  if ((inside && figure.contains(inside)) || !page || page === c.o.document.body) panel.focus({ preventScroll: true });
}

/**
 * What a sheet leaves in view (px, from the top of the screen): the picked
 * row; with the legend and the list's heading below it when they start
 * within 40% of a screen under it, as they do for the last rows (at 320 px a
 * sheet over the last event covered both). Null when the row is not drawn.
 */
function sheetKeeps(c: Chart, screen: number): { top: number; bottom: number } | null {
  const row = selectedNode(c)?.getBoundingClientRect();
  if (!row?.height) return null;
  const legend = c.nodes.legend.getBoundingClientRect(),
    tail = c.nodes.listSummary.getBoundingClientRect();
  // (The legend and the list follow the chart, below every row.)
  const near = legend.top - row.bottom < screen * 0.4;
  return { top: row.top, bottom: near ? tail.bottom : row.bottom };
}

/** The selected event's node on the chart, if drawn. */
function selectedNode(c: Chart): Element | null {
  const id = c.view.selected >= 0 ? event(c, c.view.selected).id : null;
  for (const g of c.nodes.events.children) if (g.getAttribute("data-event-id") === id) return g;
  return null;
}

/** The list page that holds the keyboard's event, or the page the reader is on when there is none. */
export function activePage(c: Chart): number {
  const { order } = c.scene,
    v = c.view;
  const focus = v.active >= 0 ? order.indexOf(v.active) : -1;
  return focus >= 0 ? pageOf(focus, order.length).page : v.page;
}

/** The list view's summary and current page, the selected event marked. */
export function drawListView(c: Chart): void {
  c.nodes.listSummary.textContent = c.o.labels.listSummary(c.scene.order.length);
  drawListPage(c);
  markListed(c);
}

/**
 * Marks the selected event's item on the list page shown (none when it is
 * on another page). One pass over the page's items: a selector search of
 * the list's whole subtree was most of a key press in jsdom.
 */
export function markListed(c: Chart): void {
  const id = c.view.selected >= 0 ? event(c, c.view.selected).id : null;
  for (const li of c.nodes.list.children) li.classList.toggle("is-selected", li.getAttribute("data-event-id") === id);
}

/** The list's current page (`view.page`). */
export function drawListPage(c: Chart): void {
  const { order, sources } = c.scene;
  renderList(c.nodes.list, c.nodes.pager, order.length, (k) => event(c, order[k]!), c.view.page, {
    doc: c.o.document,
    locale: c.o.locale,
    timeZone: c.o.timeZone,
    labels: c.o.labels,
    sources,
    interactive: c.o.interactive,
    eras: c.scene.data.eras ?? [],
  });
}

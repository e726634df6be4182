/**
 * The figure's HTML around the chart, drawn from the scene and the view:
 * the caption and the errors block (once per data), the legend (per data
 * and filter), the details panel of the selected event and where it sits,
 * and the list view's page. Nothing here changes the view.
 */
import { renderDetails } from "../render/details.js";
import { renderDiagnostics } from "../render/diagnostics.js";
import { renderLegend } from "../render/legend.js";
import { pageOf, renderList } from "../render/list.js";
import { event, type Chart } from "./state.js";

/** Widest the details panel gets (px), and its inset from the chart's edges. */
const PANEL = 380,
  INSET = 8;

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
  renderDetails(c.nodes.details, i >= 0 ? event(c, i) : null, {
    doc: c.o.document,
    locale: c.o.locale,
    timeZone: c.o.timeZone,
    labels: c.o.labels,
    sources: c.scene.sources,
    headingId: `${c.prefix}-details-title`,
  });
  if (i >= 0) placeDetails(c);
}

/**
 * Puts the details panel where it hides nothing the reader picked: on the
 * side away from the selected mark, or under the chart when neither side
 * has room for it.
 */
export function placeDetails(c: Chart): void {
  const s = c.scene,
    panel = c.nodes.details,
    i = c.view.selected;
  // On a phone the panel opens under the tapped row, where the reader's eyes are.
  panel.style.top = s.vertical ? `${rowBottom(c)}px` : "";
  let side: "right" | "left" | "below" = "below";
  if (!s.vertical && i >= 0) {
    const x = c.memo.x(s.model.x[i]!),
      w = Math.min(PANEL, s.width - 2 * INSET);
    // The mark and the start of its label stay clear of the panel.
    if (x + 120 < s.width - INSET - w) side = "right";
    else if (x - 24 > INSET + w) side = "left";
  }
  panel.classList.toggle("is-left", side === "left");
  panel.classList.toggle("is-below", side === "below" && !s.vertical);
}

/** Bottom of the selected event's row in the vertical layout (px), from its tap target. */
function rowBottom(c: Chart): number {
  const id = c.view.selected >= 0 ? event(c, c.view.selected).id : null;
  for (const g of c.nodes.events.children) {
    if (g.getAttribute("data-event-id") !== id) continue;
    const y = Number(/translate\(0,([-\d.]+)\)/.exec(g.getAttribute("transform") ?? "")?.[1] ?? 0);
    const hit = g.querySelector(".citeline-hit");
    return y + Number(hit?.getAttribute("y") ?? 0) + Number(hit?.getAttribute("height") ?? 0) + 2;
  }
  return 0;
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
  const { order } = c.scene,
    v = c.view;
  const { list, listSummary } = c.nodes;
  listSummary.textContent = c.o.labels.listSummary(order.length);
  drawListPage(c);
  list.querySelector(".is-selected")?.classList.remove("is-selected");
  const id = v.selected >= 0 ? event(c, v.selected).id : null;
  if (id !== null)
    for (const li of list.children) if (li.getAttribute("data-event-id") === id) li.classList.add("is-selected");
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

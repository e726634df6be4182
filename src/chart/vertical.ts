/**
 * The frame of the vertical (narrow) layout: a spine with one row per event
 * in time order, date and lane name above, title and source count below,
 * as a news timeline reads on a phone. It does not zoom, so it is drawn whole
 * (up to VERTICAL_ROWS rows around the keyboard's event, then a line saying
 * how many more the list view holds) on every change.
 */
import { select } from "d3-selection";
import { setPlot, svg } from "../render/dom.js";
import { eraOf } from "../render/eras.js";
import { joinVertical, rowDate, verticalRows, VERTICAL_ROWS } from "../render/vertical.js";
import { instantIso } from "../scale/instant.js";
import { placeDetails } from "./panels.js";
import { domId, event, name, type Chart } from "./state.js";

export function frameVertical(c: Chart): void {
  const s = c.scene,
    v = c.view,
    m = s.model,
    nodes = c.nodes,
    doc = c.o.document,
    W = s.width;
  // The spine runs down the left; dates and titles get the whole width after it.
  const spine = 16;
  // VERTICAL_ROWS rows in time order, from the first or, once the keyboard goes past them, ending at the active event.
  const from = Math.max(0, s.order.indexOf(v.active) - VERTICAL_ROWS + 1);
  const ids = s.order.slice(from, from + VERTICAL_ROWS);
  // An era heads the first row that falls in it (the horizontal layout's bands do not fit a phone).
  const eras = s.data.eras ?? [];
  let era = from > 0 && eras.length ? eraOf(eras, event(c, s.order[from - 1]!)) : -1;
  const heading = (i: number): string | null => {
    const k = eraOf(eras, event(c, i)),
      head = k >= 0 && k !== era ? eras[k]!.title : null;
    era = k;
    return head;
  };
  // Lanes do not fit a phone: each row names its own (when there are lanes to tell apart).
  const lanes = m.lanes;
  const { rows, height } = verticalRows(
    ids,
    m.x,
    {
      title: (i) => event(c, i).title,
      // A range gives both ends: the narrow layout draws no bar to show how long it lasted.
      date: (i) => {
        const { start, end } = event(c, i),
          from = rowDate(start, c.o.locale, c.o.labels);
        return end ? `${from} – ${rowDate(end, c.o.locale, c.o.labels)}` : from;
      },
      ...(lanes.length > 1 ? { lane: (i: number) => lanes[m.lane[i]!]?.label || c.o.labels.other } : {}),
      ...(eras.length ? { heading } : {}),
    },
    Math.max(80, W - spine - 14 - 36),
    s.measure,
    18,
  );
  // The rows left out are counted on the chart's last line (the list view below holds every event).
  const rest = s.order.length - ids.length;
  const h = Math.max(height + (rest && 28), 120);
  nodes.svg.setAttribute("viewBox", `0 0 ${W} ${h}`);
  nodes.svg.setAttribute("width", String(W));
  nodes.svg.setAttribute("height", String(h));
  nodes.frame.setAttribute("width", String(W - 1));
  nodes.frame.setAttribute("height", String(h - 1));
  setPlot(nodes.plot, 0, 0, W, h);
  nodes.lanes.replaceChildren(
    svg(doc, "line", { class: "citeline-spine", x1: spine, x2: spine, y1: 8, y2: (rest ? height : h) - 8 }),
  );
  nodes.empty.textContent = s.order.length ? (rest ? c.o.labels.moreBelow(rest) : "") : c.o.labels.empty;
  nodes.empty.setAttribute("x", String(W / 2));
  nodes.empty.setAttribute("y", String(rest ? height + 12 : 64));
  nodes.clusters.replaceChildren();
  nodes.density.replaceChildren();
  nodes.eras.replaceChildren();
  joinVertical(select(nodes.events), rows, {
    doc,
    events: m.events,
    spine,
    width: W,
    domId: (i) => domId(c, i),
    name: (i) => name(c, i),
  });
  select(nodes.events)
    .selectAll<SVGGElement, { i: number }>("g.citeline-event")
    .each(function (d) {
      this.classList.toggle("is-selected", d.i === v.selected);
      this.classList.toggle("is-active", d.i === v.active);
      this.classList.toggle("is-hl", !!v.highlight?.[d.i]);
    });
  if (v.selected >= 0) placeDetails(c);
  if (v.active >= 0) nodes.svg.setAttribute("aria-activedescendant", domId(c, v.active));
  else nodes.svg.removeAttribute("aria-activedescendant");
  const [lo, hi] = m.extent ?? [0, 0];
  nodes.figure.dataset.domainStart = instantIso(lo);
  nodes.figure.dataset.domainEnd = instantIso(hi);
}

/**
 * The drawing half of a horizontal frame: the axis, event marks and labels
 * (kept inside the plot), "+N" pills, stacks and density strips of the
 * visible set that `frame` (frame.ts) chose, as keyed joins.
 */
import { select } from "d3-selection";
import type { PlacedLabel, Stack } from "../layout/labels.js";
import { density } from "../layout/viewport.js";
import { clearNames, type visibleSet } from "../layout/visible.js";
import { drawAxis } from "../render/axis.js";
import { drawExtents, joinClusters, positionClusters, type ClustersContext } from "../render/clusters.js";
import { BIN, densityPath } from "../render/density.js";
import { drawStacks } from "../render/stacks.js";
import { joinEvents, positionEvents, type EventItem, type EventsContext } from "../render/events.js";
import { formatShort } from "../scale/format.js";
import { widen } from "./layout.js";
import { boxWidth, domId, event, fittedText, MARGIN, name, ROW, type Chart } from "./state.js";

/** New event and cluster nodes one frame builds mid-gesture (see `drawMarks`). */
const BURST = 24;

/** The marks to draw: labelled ones, and the selected and keyboard-active events, labelled too. */
function markItems(c: Chart, vis: ReturnType<typeof visibleSet>): EventItem[] {
  const s = c.scene,
    v = c.view,
    m = s.model;
  const items: EventItem[] = [];
  for (const l of vis.labels) {
    const fit = inPlot(c, l, vis.labels);
    if (fit) items.push(item(c, l.i, l.row, fit.side, fit.w));
    // A mark outside the plot is clipped; its label would hang in from the edge, cut.
    else items.push({ i: l.i, row: -1, side: 1, text: "", textWidth: 0 });
  }
  // The selected and the keyboard-active event are always drawn with their
  // label, even when clustered: in the pill row, over the pills, so focus
  // never rests on a mark whose only label nearby is a neighbour's.
  for (const i of [v.selected, v.active]) {
    const band = s.bands[s.slot[m.lane[i]!] ?? -1];
    if (i < 0 || !band || items.some((d) => d.i === i)) continue;
    const fit = inPlot(c, { i, row: band.rows, x: 0, w: boxWidth(c, i), side: 1 }, []);
    items.push(fit ? item(c, i, band.rows, fit.side, fit.w) : { i, row: -1, side: 1, text: "", textWidth: 0 });
  }
  return items;
}

function item(c: Chart, i: number, row: number, side: 1 | -1, w: number): EventItem {
  const text = fittedText(c, i, w);
  return { i, row, side, text, textWidth: c.scene.measure(text) };
}

/**
 * Where label l is drawn so that it stays inside the plot: as laid out;
 * else on whichever side of its mark has more free room (the plot's edge,
 * the boxes of its row and the stems of higher rows of its lane, `others`,
 * bound it), whole when it fits there and else cut with an ellipsis.
 * Zoomed in, the layout's edges move with every pan, so this is the
 * frame's to check. Null when the mark itself is out of the plot.
 */
function inPlot(c: Chart, l: PlacedLabel, others: readonly PlacedLabel[]): { side: 1 | -1; w: number } | null {
  const m = c.scene.model,
    x = c.memo.x,
    at = x(m.x[l.i]!);
  const S = MARGIN.left,
    E = c.scene.width - MARGIN.right;
  if (at < S || at > E) return null;
  if (l.side > 0 ? at + l.w <= E : at - l.w >= S) return { side: l.side, w: widen(c, l, others, at, E) };
  // Free room right of the mark (to) and left of it (from), as in the layout's rules.
  let to = E,
    from = S;
  for (const o of others) {
    if (o.i === l.i || m.lane[o.i] !== m.lane[l.i]) continue;
    const ox = x(m.x[o.i]!),
      o0 = o.side > 0 ? ox : ox - o.w;
    if (o.row === l.row) {
      if (o0 >= at) to = Math.min(to, o0 - 8);
      else if (o0 + o.w <= at) from = Math.max(from, o0 + o.w + 8);
      else to = from = at;
    } else if (o.row > l.row) {
      if (ox > at) to = Math.min(to, ox - 1);
      else if (ox < at) from = Math.max(from, ox + 1);
    }
  }
  const full = boxWidth(c, l.i),
    right = Math.max(0, to - at),
    left = Math.max(0, at - from);
  const side = right >= full || (left < full && right >= left) ? 1 : -1;
  return { side, w: Math.min(full, side > 0 ? right : left) };
}

/** A pill's or stack's events by title, the first few: its tooltip and accessible name. */
function members(c: Chart, ids: ArrayLike<number>): string {
  const titles: string[] = [];
  for (let k = 0; k < ids.length && k < 8; k++) titles.push(event(c, ids[k]!).title);
  return c.o.labels.members(titles, ids.length - titles.length);
}

/** The axis, with no finer step than the finest precision in view warrants. */
function drawMarksAxis(c: Chart, vis: ReturnType<typeof visibleSet>, items: readonly EventItem[]): void {
  const s = c.scene,
    m = s.model;
  let unit = Infinity;
  for (const d of items) if (m.unit[d.i]! < unit) unit = m.unit[d.i]!;
  for (const cl of vis.clusters) unit = Math.min(unit, m.unit[cl.first]!, m.unit[cl.last]!);
  if (!Number.isFinite(unit)) unit = m.minUnit;
  drawAxis(select(c.nodes.axis), c.memo.x, {
    locale: c.o.locale,
    timeZone: c.o.timeZone,
    grid: s.height - MARGIN.bottom - MARGIN.top + 8,
    spacing: 120,
    minStep: unit,
    floor: m.finest,
    // The measurer sizes 12.5px label text; axis text is 11px.
    measure: (text) => s.measure(text) * 0.88,
    orient: "top",
    words: c.o.labels,
  });
}

/**
 * The axis, the event marks and labels, the "+N" pills and the density
 * strips of the visible set. True when, mid-gesture, new nodes were left
 * for the next frames to build (the caller schedules one).
 */
export function drawMarks(c: Chart, vis: ReturnType<typeof visibleSet>, moving: boolean): boolean {
  const s = c.scene,
    v = c.view,
    m = s.model,
    nodes = c.nodes,
    x = c.memo.x;
  const sx = (t: number) => x(t);
  const items = markItems(c, vis);
  drawMarksAxis(c, vis, items);
  // Higher rows first, so lower labels paint over anything that reaches
  // into their row; the selected and active events' own labels (drawn over
  // pills when they have no place) paint last.
  // Bars paint first of all: one drawn over an instant's mark took its clicks.
  const last = (d: EventItem) => +(d.i === v.selected || d.i === v.active) * 2 + (m.range[d.i] ? 0 : 1);
  items.sort((p, q) => last(p) - last(q) || q.row - p.row || m.rank[p.i]! - m.rank[q.i]!);
  let drawn = items,
    clusters = clearNames(
      vis.clusters,
      (cl) => sx(m.x[cl.first]!),
      (l) => c.memo.nameEnd[l] ?? -Infinity,
      6,
      MARGIN.left - 10,
    );
  let more = false;
  if (moving) {
    // Mid-gesture, a frame builds a bounded number of new nodes and the
    // next frames build the rest: a new zoom level brings a hundred or so
    // labels and pills at once, and building them in one frame stalled a
    // wheel zoom at 10,000 events for 80-150 ms. Any subset of a
    // collision-free layout is collision-free.
    let budget = BURST;
    const fresh = (have: Set<string | null>, key: string) => have.has(key) || budget-- > 0;
    const ids = childKeys(nodes.events, "data-event-id");
    drawn = items.filter((d) => d.i === v.selected || d.i === v.active || fresh(ids, event(c, d.i).id));
    const keys = childKeys(nodes.clusters, "data-key");
    clusters = clusters.filter((cl) => fresh(keys, cl.key));
    more = budget < 0;
  }
  const baseline = (lane: number) => s.bands[s.slot[lane]!]?.baseline ?? 0;
  const ectx: EventsContext = {
    doc: c.o.document,
    model: m,
    x: sx,
    baseline,
    rowHeight: ROW,
    domId: (i) => domId(c, i),
    name: (i) => name(c, i),
    thumbnails: c.o.thumbnails,
  };
  const sel = joinEvents(select(nodes.events), drawn, ectx);
  positionEvents(sel, ectx);
  sel.each(function (d) {
    this.classList.toggle("is-selected", d.i === v.selected);
    this.classList.toggle("is-active", d.i === v.active);
    this.classList.toggle("is-hl", !!v.highlight?.[d.i]);
  });
  const cctx: ClustersContext = {
    doc: c.o.document,
    model: m,
    x: sx,
    baseline,
    rowHeight: ROW,
    clusterRow: (l) => s.bands[s.slot[l]!]?.rows ?? 1,
    id: (i) => event(c, i).id,
    title: (cl) =>
      `${c.o.labels.cluster(
        cl.count,
        formatShort(event(c, cl.first).start, c.o.locale, c.o.labels),
        formatShort(event(c, cl.last).start, c.o.locale, c.o.labels),
      )} ${members(c, cl.ids)}`,
  };
  positionClusters(joinClusters(select(nodes.clusters), clusters, cctx), cctx);
  drawExtents(nodes.clusters, clusters, cctx);
  drawStackLayer(c, vis.stacks, baseline);
  drawDensity(
    c,
    vis.clusters.map((cl) => cl.lane),
    baseline,
  );
  return more;
}

/** The stacks of marks too close to tell apart, each naming its events. */
function drawStackLayer(c: Chart, stacks: readonly Stack[], baseline: (lane: number) => number): void {
  const x = c.memo.x;
  drawStacks(select(c.nodes.stacks), stacks, {
    doc: c.o.document,
    model: c.scene.model,
    x: (t) => x(t),
    baseline,
    id: (i) => event(c, i).id,
    title: (st) =>
      `${c.o.labels.stack(
        st.ids.length,
        formatShort(event(c, st.ids[0]!).start, c.o.locale, c.o.labels),
        formatShort(event(c, st.ids[st.ids.length - 1]!).start, c.o.locale, c.o.labels),
      )} ${members(c, st.ids)}`,
  });
}

/** A strip under each lane with clusters: how many marks each 3 px holds, on a log scale. */
function drawDensity(c: Chart, lanesWithClusters: number[], baseline: (lane: number) => number): void {
  const lanes = [...new Set(lanesWithClusters)];
  const bins = Math.floor((c.scene.width - MARGIN.left - MARGIN.right) / BIN);
  const a = +c.memo.x.invert(MARGIN.left),
    b = +c.memo.x.invert(c.scene.width - MARGIN.right);
  select(c.nodes.density)
    .selectAll<SVGPathElement, number>("path")
    .data(lanes, (l) => String(l))
    .join((e) => e.append("path").attr("class", "citeline-density"))
    .attr("d", (l) => densityPath(density(c.scene.lanes[l]!, a, b, bins), MARGIN.left, baseline(l) + 1));
}

/** The `attr` of each child of `layer`: which keyed nodes a frame already has. */
function childKeys(layer: Element, attr: string): Set<string | null> {
  const keys = new Set<string | null>();
  for (let el = layer.firstElementChild; el; el = el.nextElementSibling) keys.add(el.getAttribute(attr));
  return keys;
}

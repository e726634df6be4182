/**
 * One frame of the horizontal layout: everything that depends on the x
 * scale, for the bounded visible set. Zoom and pan call only this, at most
 * once per animation frame: it rescales, picks the cached label layout of
 * the zoom level, culls it to the screen and moves keyed nodes.
 */
import { select } from "d3-selection";
import type { LaneLayout, PlacedLabel, Stack } from "../layout/labels.js";
import { density, LEVELS_PER_OCTAVE, levelOf } from "../layout/viewport.js";
import { clearNames, visibleSet } from "../layout/visible.js";
import { rescaleX } from "../scale/transform.js";
import { drawAxis } from "../render/axis.js";
import { drawExtents, joinClusters, positionClusters, type ClustersContext } from "../render/clusters.js";
import { BIN, densityPath } from "../render/density.js";
import { drawEraLayer, ERA_STRIP } from "../render/eras.js";
import { drawStacks } from "../render/stacks.js";
import { joinEvents, positionEvents, type EventItem, type EventsContext } from "../render/events.js";
import { formatShort } from "../scale/format.js";
import { instantIso } from "../scale/instant.js";
import { announceViewLater } from "./announce.js";
import { emit } from "./emit.js";
import { layLane, widen } from "./layout.js";
import { placeDetails } from "./panels.js";
import { drawGuides, lanesInView } from "./stage.js";
import { boxWidth, domId, event, fittedText, MARGIN, name, ROW, type Chart, type Level } from "./state.js";
import { frameVertical } from "./vertical.js";

/** Level layouts kept (least recently used evicted): more than a zoom from the full view to the deepest level crosses. */
const CACHED_LEVELS = 24;

/** Gesture inputs this close together (ms) are one gesture still going on. */
const PAUSE = 150;

/** New event and cluster nodes one frame builds mid-gesture (see `frame`). */
const BURST = 24;

/** Draws the current state now (cancels nothing; see `schedule`); nothing before the first layout (see `settle`). */
export function frame(c: Chart): void {
  if (c.memo.pending) return;
  c.memo.raf = 0;
  const s = c.scene,
    nodes = c.nodes;
  nodes.svg.setAttribute("aria-label", `${s.data.title ?? c.o.labels.chart}: ${c.o.labels.events(s.order.length)}`);
  if (s.vertical) return frameVertical(c);
  const x = (c.memo.x = rescaleX(s.x0, c.view.transform));
  const [d0, d1] = x.domain();
  const domain = `${d0}|${d1}`;
  // Deep time lies outside Date's range, where toISOString throws.
  nodes.figure.dataset.domainStart = instantIso(d0);
  nodes.figure.dataset.domainEnd = instantIso(d1);
  nodes.empty.textContent = s.order.length ? "" : c.o.labels.empty;
  nodes.empty.setAttribute("x", String(s.width / 2));
  nodes.empty.setAttribute("y", String((s.height - MARGIN.bottom) / 2));
  const moving = gesturing(c);
  const cached = levelLayout(c, +d0, +d1, moving);
  // A chart taller than the window draws the lanes near the screen only.
  const [b0, b1] = lanesInView(c);
  drawGuides(c, b0, b1);
  const sx = (t: number) => x(t);
  drawEraLayer(nodes.eras, s.data.eras ?? [], sx, {
    doc: c.o.document,
    left: MARGIN.left,
    right: s.width - MARGIN.right,
    top: MARGIN.top - 8,
    bottom: s.height - MARGIN.bottom - ERA_STRIP,
    measure: s.measure,
  });
  const vis = visibleSet(
    cached.layouts,
    s.model,
    sx,
    -0.15 * s.width,
    1.15 * s.width,
    (l) => s.slot[l]! >= b0 && s.slot[l]! < b1,
  );
  drawMarks(c, vis, moving);
  if (c.view.active >= 0) nodes.svg.setAttribute("aria-activedescendant", domId(c, c.view.active));
  else nodes.svg.removeAttribute("aria-activedescendant");
  if (c.view.selected >= 0) placeDetails(c);
  if (domain !== c.memo.lastDomain) {
    const first = !c.memo.lastDomain,
      previous = c.memo.lastDomain;
    c.memo.lastDomain = domain;
    // The public detail stays Dates (TimelineZoomDetail); the scale works in epoch ms since deep time.
    if (!first) emit(c, "zoom", { start: new Date(d0), end: new Date(d1) });
    // A zoom, or a pan by the reader's hand, is said once it rests; the pan that keeps the keyboard's event in view is not.
    if (!first && (moving || zoomed(previous, d1 - d0))) announceViewLater(c);
  }
}

/** The span of a domain key ("t0|t1") differs from `span` (ms): the zoom level changed, not only the position. */
function zoomed(key: string, span: number): boolean {
  const [a, b] = key.split("|").map(Number) as [number, number];
  return Math.abs(b - a - span) > span * 1e-6;
}

/**
 * The label layout of the view's zoom level over [t0, t1] (ms): the cached
 * one when it covers the view, else one made now (or, mid-gesture, the
 * level below's while idle time makes the next).
 */
function levelLayout(c: Chart, t0: number, t1: number, moving: boolean): Level {
  const { level, k } = levelOf(c.view.transform.k);
  const span = t1 - t0,
    cache = c.memo.cache;
  const covers = (l: { t0: number; t1: number }): boolean => l.t0 <= t0 - span * 0.2 && t1 + span * 0.2 <= l.t1;
  // An entry with fewer layouts than lanes is still being laid out in idle time (see layOutIdle).
  const complete = (l?: Level): l is Level => l?.layouts.length === c.scene.lanes.length;
  let cached = cache.get(level);
  if (complete(cached) && covers(cached)) remember(c, level, cached);
  else if (moving && !complete(cached)) {
    // Mid-gesture, a level not laid out yet may wait one octave, or until
    // the reader pauses: the level below's layout stays valid (no overlap,
    // no crossing stem) at any larger zoom, so the frame only moves nodes,
    // while idle time lays out the next level, which a zoom in reaches
    // ready. Laying out each octave crossed, and drawing its burst of new
    // nodes, made the longest frames of a wheel zoom; now layouts change
    // every other octave, either way, and the labels shown are never
    // sparser than one octave behind.
    // (A level laid out already, which a pan has left, is laid out again at
    // once, as before idle layouts: the level below would show other labels.)
    const below = cache.get(level - 1);
    if (complete(below) && covers(below)) {
      cached = below;
      refineLater(c);
      if (!cache.has(level + 1)) layOutIdle(c, level + 1, 2 ** ((level + 1) / LEVELS_PER_OCTAVE), t0 - span, t1 + span);
    }
  }
  if (!complete(cached) || !covers(cached)) {
    const layouts = c.scene.lanes.map((_, l) => bandLane(c, l, k, t0 - span, t1 + span));
    remember(c, level, (cached = { t0: t0 - span, t1: t1 + span, layouts }));
  }
  return cached;
}

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

/** The axis, the event marks and labels, the "+N" pills and the density strips of the visible set. */
function drawMarks(c: Chart, vis: ReturnType<typeof visibleSet>, moving: boolean): void {
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
    if (budget < 0) schedule(c);
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

/** Caches a level's layout as the most recently used, evicting the least recently used beyond CACHED_LEVELS (not wiping the cache mid-zoom). */
function remember(c: Chart, level: number, entry: Level): void {
  c.memo.cache.delete(level);
  c.memo.cache.set(level, entry);
  for (const key of c.memo.cache.keys()) {
    if (c.memo.cache.size <= CACHED_LEVELS) break;
    c.memo.cache.delete(key);
  }
}

/** Lane l's labels over [w0, w1] at zoom factor k, in the rows of its band (none when the lane is hidden). */
function bandLane(c: Chart, l: number, k: number, w0: number, w1: number): LaneLayout {
  const band = c.scene.bands[c.scene.slot[l]!];
  return band ? layLane(c, l, k, w0, w1, band.rows) : { labels: [], clusters: [], stacks: [] };
}

/**
 * Lays out a zoom level a lane at a time while the browser is idle between
 * a gesture's frames, so that the next octave finds it ready instead of
 * laying it out inside a frame. A new layout or filter clears the cache,
 * which drops the entry and stops the work.
 */
function layOutIdle(c: Chart, level: number, k: number, w0: number, w1: number): void {
  const v = c.o.document.defaultView;
  if (!v?.requestIdleCallback) return;
  const entry: Level = { t0: w0, t1: w1, layouts: [] };
  remember(c, level, entry);
  const step = (deadline: IdleDeadline): void => {
    // Stopped too once the chart is destroyed (its controller aborted and dropped).
    if (c.memo.cache.get(level) !== entry || c.life.abort?.signal.aborted !== false) return;
    // One lane a callback, and only with room left: an idle period may end
    // with the next gesture input, whose frame must not wait for a layout.
    if (deadline.timeRemaining() > 10) entry.layouts.push(bandLane(c, entry.layouts.length, k, w0, w1));
    if (entry.layouts.length < c.scene.lanes.length) v.requestIdleCallback(step);
  };
  v.requestIdleCallback(step);
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

/** True while zoom or pan inputs keep coming (the last less than PAUSE ago). */
function gesturing(c: Chart): boolean {
  const now = c.o.document.defaultView?.performance.now() ?? 0;
  return c.view.gestureAt > 0 && now - c.view.gestureAt < PAUSE;
}

/** Draws again once the gesture has paused, at the zoom level's own layout. */
function refineLater(c: Chart): void {
  const v = c.o.document.defaultView;
  if (!v) return;
  v.clearTimeout(c.memo.refine);
  c.memo.refine = v.setTimeout(() => {
    c.memo.refine = 0;
    schedule(c);
  }, PAUSE);
}

/** Draws on the next animation frame (one per frame however many zoom events arrive); at once when static. */
export function schedule(c: Chart): void {
  const v = c.o.document.defaultView;
  if (!c.o.interactive || !v?.requestAnimationFrame) return frame(c);
  if (!c.memo.raf) c.memo.raf = v.requestAnimationFrame(() => frame(c));
}

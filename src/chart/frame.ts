/**
 * One frame of the horizontal layout: everything that depends on the x
 * scale, for the bounded visible set. Zoom and pan call only this, at most
 * once per animation frame: it rescales, picks the cached label layout of
 * the zoom level, culls it to the screen and moves keyed nodes.
 */
import { select } from "d3-selection";
import type { LaneLayout } from "../layout/labels.js";
import { density, LEVELS_PER_OCTAVE, levelOf } from "../layout/viewport.js";
import { clearNames, visibleSet } from "../layout/visible.js";
import { rescaleX } from "../scale/transform.js";
import { drawAxis } from "../render/axis.js";
import { drawExtents, joinClusters, positionClusters, type ClustersContext } from "../render/clusters.js";
import { BIN, densityPath } from "../render/density.js";
import { joinEvents, positionEvents, type EventItem, type EventsContext } from "../render/events.js";
import { formatShort } from "../scale/format.js";
import { instantIso } from "../scale/instant.js";
import { drawGuides, lanesInView, layLane } from "./horizontal.js";
import { placeDetails, settle } from "./selection.js";
import { domId, event, fittedText, MARGIN, name, ROW, type Chart } from "./state.js";
import { frameVertical } from "./vertical.js";

/** Level layouts kept (least recently used evicted): more than a zoom from the full view to the deepest level crosses. */
const CACHED_LEVELS = 24;

/** Gesture inputs this close together (ms) are one gesture still going on. */
const PAUSE = 150;

/** New event and cluster nodes one frame builds mid-gesture (see `frame`). */
const BURST = 24;

/** Draws the current state now (cancels nothing; see `schedule`). */
export function frame(c: Chart): void {
  if (c.pending) return settle(c);
  c.raf = 0;
  const m = c.model, nodes = c.nodes;
  nodes.svg.setAttribute("aria-label", `${c.data.title ?? c.o.labels.chart}: ${c.o.labels.events(c.order.length)}`);
  if (c.vertical) return frameVertical(c);
  c.x = rescaleX(c.x0, c.transform);
  const [d0, d1] = c.x.domain();
  const domain = `${d0}|${d1}`;
  // Deep time lies outside Date's range, where toISOString throws.
  nodes.figure.dataset.domainStart = instantIso(d0);
  nodes.figure.dataset.domainEnd = instantIso(d1);
  nodes.empty.textContent = c.order.length ? "" : c.o.labels.empty;
  nodes.empty.setAttribute("x", String(c.width / 2));
  nodes.empty.setAttribute("y", String((c.height - MARGIN.bottom) / 2));
  const { level, k } = levelOf(c.transform.k);
  const t0 = +d0, t1 = +d1, span = t1 - t0;
  const covers = (l: { t0: number; t1: number }): boolean => l.t0 <= t0 - span * 0.2 && t1 + span * 0.2 <= l.t1;
  const moving = gesturing(c);
  // An entry with fewer layouts than lanes is still being laid out in idle time (see layOutIdle).
  const complete = (l?: Level): l is Level => l?.layouts.length === c.lanes.length;
  let cached = c.cache.get(level);
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
    const below = c.cache.get(level - 1);
    if (complete(below) && covers(below)) {
      cached = below;
      refineLater(c);
      if (!c.cache.has(level + 1)) layOutIdle(c, level + 1, 2 ** ((level + 1) / LEVELS_PER_OCTAVE), t0 - span, t1 + span);
    }
  }
  if (!complete(cached) || !covers(cached)) {
    const layouts = c.lanes.map((_, l) => bandLane(c, l, k, t0 - span, t1 + span));
    remember(c, level, (cached = { t0: t0 - span, t1: t1 + span, layouts }));
  }
  const sx = (t: number) => c.x(t);
  // A chart taller than the window draws the lanes near the screen only.
  const [b0, b1] = lanesInView(c);
  drawGuides(c, b0, b1);
  const vis = visibleSet(cached.layouts, m, sx, -0.15 * c.width, 1.15 * c.width, (l) => c.slot[l]! >= b0 && c.slot[l]! < b1);
  const items: EventItem[] = vis.labels.map((l) => {
    const text = fittedText(c, l.i, l.w);
    return { i: l.i, row: l.row, side: l.side, text, textWidth: c.measure(text) };
  });
  for (const i of vis.bare) items.push({ i, row: -1, side: 1, text: "", textWidth: 0 });
  // The selected and the keyboard-active event are always drawn, even when clustered.
  for (const i of [c.selected, c.active]) if (i >= 0 && !items.some((d) => d.i === i) && c.slot[m.lane[i]!]! >= 0) items.push({ i, row: -1, side: 1, text: "", textWidth: 0 });
  // The axis shows no finer step than the finest precision in view warrants.
  let unit = Infinity;
  for (const d of items) if (m.unit[d.i]! < unit) unit = m.unit[d.i]!;
  for (const cl of vis.clusters) unit = Math.min(unit, m.unit[cl.first]!, m.unit[cl.last]!);
  if (!Number.isFinite(unit)) unit = m.minUnit;
  drawAxis(select(nodes.axis), c.x, { locale: c.o.locale, timeZone: c.o.timeZone, grid: c.height - MARGIN.bottom - MARGIN.top + 8, spacing: 120, minStep: unit, orient: "top" });
  // Higher rows first, so lower labels paint over anything that reaches into their row.
  items.sort((p, q) => q.row - p.row || m.rank[p.i]! - m.rank[q.i]!);
  let drawn = items, clusters = clearNames(vis.clusters, (cl) => sx(m.x[cl.first]!), (l) => c.nameEnd[l] ?? -Infinity, 6, MARGIN.left - 10);
  if (moving) {
    // Mid-gesture, a frame builds a bounded number of new nodes and the
    // next frames build the rest: a new zoom level brings a hundred or so
    // labels and pills at once, and building them in one frame stalled a
    // wheel zoom at 10,000 events for 80-150 ms. Any subset of a
    // collision-free layout is collision-free.
    let budget = BURST;
    const fresh = (have: Set<string | null>, key: string) => have.has(key) || budget-- > 0;
    const ids = childKeys(nodes.events, "data-event-id");
    drawn = items.filter((d) => d.i === c.selected || d.i === c.active || fresh(ids, event(c, d.i).id));
    const keys = childKeys(nodes.clusters, "data-key");
    clusters = clusters.filter((cl) => fresh(keys, cl.key));
    if (budget < 0) schedule(c);
  }
  const baseline = (lane: number) => c.bands[c.slot[lane]!]?.baseline ?? 0;
  const ectx: EventsContext = { doc: c.o.document, model: m, x: sx, baseline, rowHeight: ROW, domId: (i) => domId(c, i), name: (i) => name(c, i) };
  const sel = joinEvents(select(nodes.events), drawn, ectx);
  positionEvents(sel, ectx);
  sel.each(function (d) {
    this.classList.toggle("is-selected", d.i === c.selected);
    this.classList.toggle("is-active", d.i === c.active);
    this.classList.toggle("is-hl", !!c.highlight?.[d.i]);
  });
  const cctx: ClustersContext = {
    doc: c.o.document, model: m, x: sx, baseline, rowHeight: ROW, clusterRow: (l) => c.bands[c.slot[l]!]?.rows ?? 1,
    title: (cl) => c.o.labels.cluster(cl.count, formatShort(event(c, cl.first).start, c.o.locale), formatShort(event(c, cl.last).start, c.o.locale)),
  };
  positionClusters(joinClusters(select(nodes.clusters), clusters, cctx), cctx);
  drawExtents(nodes.clusters, clusters, cctx);
  drawDensity(c, vis.clusters.map((cl) => cl.lane), baseline);
  if (c.active >= 0) nodes.svg.setAttribute("aria-activedescendant", domId(c, c.active));
  else nodes.svg.removeAttribute("aria-activedescendant");
  if (c.selected >= 0) placeDetails(c);
  if (domain !== c.lastDomain) {
    const first = !c.lastDomain;
    c.lastDomain = domain;
    if (!first) emit(c, "zoom", { start: d0, end: d1 });
  }
}

type Level = { t0: number; t1: number; layouts: LaneLayout[] };

/** Caches a level's layout as the most recently used, evicting the least recently used beyond CACHED_LEVELS (not wiping the cache mid-zoom). */
function remember(c: Chart, level: number, entry: Level): void {
  c.cache.delete(level);
  c.cache.set(level, entry);
  for (const key of c.cache.keys()) {
    if (c.cache.size <= CACHED_LEVELS) break;
    c.cache.delete(key);
  }
}

/** Lane l's labels over [w0, w1] at zoom factor k, in the rows of its band (none when the lane is hidden). */
function bandLane(c: Chart, l: number, k: number, w0: number, w1: number): LaneLayout {
  const band = c.bands[c.slot[l]!];
  return band ? layLane(c, l, k, w0, w1, band.rows) : { labels: [], clusters: [] };
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
    if (c.cache.get(level) !== entry || c.abort?.signal.aborted !== false) return;
    // One lane a callback, and only with room left: an idle period may end
    // with the next gesture input, whose frame must not wait for a layout.
    if (deadline.timeRemaining() > 10) entry.layouts.push(bandLane(c, entry.layouts.length, k, w0, w1));
    if (entry.layouts.length < c.lanes.length) v.requestIdleCallback(step);
  };
  v.requestIdleCallback(step);
}

/** A strip under each lane with clusters: how many marks each 3 px holds, on a log scale. */
function drawDensity(c: Chart, lanesWithClusters: number[], baseline: (lane: number) => number): void {
  const lanes = [...new Set(lanesWithClusters)];
  const bins = Math.floor((c.width - MARGIN.left - MARGIN.right) / BIN);
  const a = +c.x.invert(MARGIN.left), b = +c.x.invert(c.width - MARGIN.right);
  select(c.nodes.density).selectAll<SVGPathElement, number>("path").data(lanes, (l) => String(l)).join((e) => e.append("path").attr("class", "citeline-density"))
    .attr("d", (l) => densityPath(density(c.lanes[l]!, a, b, bins), MARGIN.left, baseline(l) + 1));
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
  return c.gestureAt > 0 && now - c.gestureAt < PAUSE;
}

/** Draws again once the gesture has paused, at the zoom level's own layout. */
function refineLater(c: Chart): void {
  const v = c.o.document.defaultView;
  if (!v) return;
  v.clearTimeout(c.refine);
  c.refine = v.setTimeout(() => {
    c.refine = 0;
    schedule(c);
  }, PAUSE);
}

/** Draws on the next animation frame (one per frame however many zoom events arrive); at once when static. */
export function schedule(c: Chart): void {
  const v = c.o.document.defaultView;
  if (!c.o.interactive || !v?.requestAnimationFrame) return frame(c);
  if (!c.raf) c.raf = v.requestAnimationFrame(() => frame(c));
}

/** Dispatches a bubbling `select` or `zoom` CustomEvent from the figure. */
export function emit(c: Chart, type: "select" | "zoom", detail: unknown): void {
  // The event is made by the document, never from a global: Node's CustomEvent is refused by a
  // caller's JSDOM, and a document made by createHTMLDocument has no window to take one from.
  const view = c.o.document.defaultView as (Window & typeof globalThis) | null;
  let e: CustomEvent;
  if (view) e = new view.CustomEvent(type, { detail, bubbles: true });
  else (e = c.o.document.createEvent("CustomEvent")).initCustomEvent(type, true, false, detail);
  c.nodes.figure.dispatchEvent(e);
}

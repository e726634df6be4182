/**
 * One frame of the horizontal layout: everything that depends on the x
 * scale, for the bounded visible set. Zoom and pan call only this, at most
 * once per animation frame: it rescales, picks the cached label layout of
 * the zoom level, culls it to the screen and hands it to `drawMarks`
 * (marks.ts), which moves keyed nodes.
 */
import type { LaneLayout } from "../layout/labels.js";
import { LEVELS_PER_OCTAVE, levelOf } from "../layout/viewport.js";
import { visibleSet } from "../layout/visible.js";
import { rescaleX } from "../scale/transform.js";
import { drawEraLayer, ERA_STRIP } from "../render/eras.js";
import { instantIso } from "../scale/instant.js";
// Imported before the other chart modules: the script-tag bundle orders its
// modules as they are first imported, and this order gzips 0.1 KiB smaller.
import { drawMarks } from "./marks.js";
import { announceViewLater } from "./announce.js";
import { emit } from "./emit.js";
import { layLane } from "./layout.js";
import { placeDetails } from "./panels.js";
import { drawGuides, lanesInView } from "./stage.js";
import { domId, MARGIN, type Chart, type Level } from "./state.js";
import { frameVertical } from "./vertical.js";

/** Level layouts kept (least recently used evicted): more than a zoom from the full view to the deepest level crosses. */
const CACHED_LEVELS = 24;

/** Gesture inputs this close together (ms) are one gesture still going on. */
const PAUSE = 150;

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
  if (drawMarks(c, vis, moving)) schedule(c);
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

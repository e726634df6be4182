/**
 * Culling and level of detail, as pure math over the numeric model: which
 * events of a lane can touch a time window, how a zoom factor maps to a
 * cached layout level, and a per-pixel density of what is clustered.
 */
import type { Model } from "./model.js";
import { layoutLane, type LabelLayoutOptions, type LaneLayout } from "./labels.js";

/** The events of one lane that pass the current filter, sorted by mark position. */
export interface LaneIndex {
  ids: Int32Array;
  /** Mark positions (ms), parallel to ids and ascending. */
  xs: Float64Array;
  a: Float64Array;
  b: Float64Array;
  /** The largest b - x in the lane: how far left of a window a mark can be and still reach into it. */
  reach: number;
}

/**
 * Splits the model by lane, keeping only events with `active[i]` set.
 *
 * @example
 * ```ts
 * const lanes = laneIndexes(model, null); // every event
 * ```
 */
export function laneIndexes(model: Model, active: Uint8Array | null): LaneIndex[] {
  const counts = new Int32Array(model.lanes.length);
  for (let i = 0; i < model.n; i++) if (!active || active[i]) counts[model.lane[i]!]!++;
  const out = Array.from(counts, (c) => ({
    ids: new Int32Array(c),
    xs: new Float64Array(c),
    a: new Float64Array(c),
    b: new Float64Array(c),
    reach: 0,
  }));
  const fill = new Int32Array(model.lanes.length);
  for (let r = 0; r < model.n; r++) {
    const i = model.order[r]!;
    if (active && !active[i]) continue;
    const l = model.lane[i]!,
      k = fill[l]!++;
    const lane = out[l]!;
    lane.ids[k] = i;
    lane.xs[k] = model.x[i]!;
    lane.a[k] = model.a[i]!;
    lane.b[k] = model.b[i]!;
    if (model.b[i]! - model.x[i]! > lane.reach) lane.reach = model.b[i]! - model.x[i]!;
  }
  return out;
}

/** First index k with xs[k] >= v (binary search). */
export function lowerBound(xs: ArrayLike<number>, v: number): number {
  let lo = 0,
    hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index range [from, to) of a lane's events whose drawn span can meet [t0, t1]. */
export function windowRange(lane: LaneIndex, t0: number, t1: number): [number, number] {
  return [lowerBound(lane.xs, t0 - lane.reach), lowerBound(lane.xs, t1 + 1e-9)];
}

/**
 * Layout levels are whole octaves of zoom. A level's layout is made at the
 * band's smallest factor and stays valid (no overlap, no crossing stem) for
 * every k ≥ it, so one layout serves the whole band: about five wheel
 * notches (1.149× each) reuse it and move nodes instead of re-laying out.
 */
export const LEVELS_PER_OCTAVE = 1;

/**
 * The layout level of zoom factor k, and that level's own factor (≤ k).
 *
 * @example
 * ```ts
 * levelOf(1); // { level: 0, k: 1 }
 * levelOf(2.1).k; // 2
 * ```
 */
export function levelOf(k: number): { level: number; k: number } {
  const level = Math.floor(Math.log2(Math.max(k, 1e-9)) * LEVELS_PER_OCTAVE + 1e-9);
  return { level, k: 2 ** (level / LEVELS_PER_OCTAVE) };
}

/**
 * Lays out one lane's labels for the time window [t0, t1] at a level whose
 * scale is `pxPerMs`, anchored at `origin` ms (world px = (t - origin) * pxPerMs).
 */
export function layoutWindow(
  laneNo: number,
  lane: LaneIndex,
  t0: number,
  t1: number,
  origin: number,
  pxPerMs: number,
  width: (i: number) => number,
  options: LabelLayoutOptions,
): LaneLayout {
  const [from, to] = windowRange(lane, t0, t1);
  const ids = lane.ids.subarray(from, to);
  const xs = new Float64Array(to - from);
  for (let k = 0; k < xs.length; k++) xs[k] = (lane.xs[from + k]! - origin) * pxPerMs;
  return layoutLane(laneNo, ids, xs, lane.a.subarray(from, to), lane.b.subarray(from, to), width, options);
}

/**
 * Counts a lane's marks per pixel bin across [t0, t1): the density strip
 * that shows where clustered events are, however many there are.
 *
 * @example
 * ```ts
 * density(lane, t0, t1, 300); // Uint32Array(300)
 * ```
 */
export function density(lane: LaneIndex, t0: number, t1: number, bins: number): Uint32Array {
  const out = new Uint32Array(Math.max(0, Math.floor(bins)));
  if (!out.length || !(t1 > t0)) return out;
  const from = lowerBound(lane.xs, t0),
    to = lowerBound(lane.xs, t1);
  const s = out.length / (t1 - t0);
  for (let k = from; k < to; k++) {
    const bin = Math.min(out.length - 1, Math.floor((lane.xs[k]! - t0) * s));
    out[bin]!++;
  }
  return out;
}

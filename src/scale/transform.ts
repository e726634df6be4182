/**
 * The zoom transform, as pure math: base pixel `p` shows at `k·p + x`. Only
 * the time axis zooms (lanes never move vertically), so this is d3-zoom's
 * ZoomTransform without its y. Every function returns a new transform.
 */
import { timeScale, type TimeScale } from "./time.js";

export interface ZoomTransform {
  /** Zoom factor, 1 = the full view. */
  readonly k: number;
  /** Horizontal offset in px. */
  readonly x: number;
}

/** The full, unzoomed view. */
export const zoomIdentity: ZoomTransform = Object.freeze({ k: 1, x: 0 });

/** Limits of a chart's transforms: the base scale's pixel range and the largest factor. */
export interface ZoomLimits {
  range: readonly [number, number];
  maxK: number;
}

/**
 * The base scale `x0` as seen through `t`: same range, narrower domain.
 *
 * @example
 * ```ts
 * const x = rescaleX(x0, { k: 2, x: -500 }); // the middle half of x0's domain
 * ```
 */
export function rescaleX(x0: TimeScale, t: ZoomTransform): TimeScale {
  const [r0, r1] = x0.range();
  return timeScale([+x0.invert((r0 - t.x) / t.k), +x0.invert((r1 - t.x) / t.k)], [r0, r1]);
}

/**
 * `t` zoomed by `factor` about pixel `px` (what is under `px` stays there),
 * with the factor held to the limits first so a clamped zoom still keeps
 * its anchor.
 *
 * @example
 * ```ts
 * zoomAt(zoomIdentity, 2, 300, { range: [0, 600], maxK: 100 }); // { k: 2, x: -300 }
 * ```
 */
export function zoomAt(t: ZoomTransform, factor: number, px: number, limits: ZoomLimits): ZoomTransform {
  const k = clampK(t.k * factor, limits.maxK);
  return constrain({ k, x: px - (px - t.x) * (k / t.k) }, limits);
}

/**
 * `t` held to the limits: a factor in [1, maxK], and an offset that keeps
 * the view inside the base range, so no pan shows time beyond the data's
 * domain.
 *
 * @example
 * ```ts
 * constrain({ k: 2, x: 50 }, { range: [0, 600], maxK: 10 }); // { k: 2, x: 0 }
 * ```
 */
export function constrain(t: ZoomTransform, limits: ZoomLimits): ZoomTransform {
  const k = clampK(t.k, limits.maxK);
  const [r0, r1] = limits.range;
  const x = Number.isFinite(t.x) ? Math.min(r0 - k * r0, Math.max(r1 - k * r1, t.x)) : 0;
  return { k, x };
}

function clampK(k: number, maxK: number): number {
  return Number.isFinite(k) ? Math.min(Math.max(1, k), Math.max(1, maxK)) : 1;
}

/**
 * The transform that shows [start, end] (ms) of the base scale `x0`,
 * centred, within the limits.
 *
 * @example
 * ```ts
 * transformFor(x0, Date.UTC(2025, 11, 1), Date.UTC(2025, 11, 8), 1e6);
 * ```
 */
export function transformFor(x0: TimeScale, start: number, end: number, maxK: number): ZoomTransform {
  const range = x0.range();
  const a = x0(start),
    b = x0(Math.max(end, start + 1));
  const k = clampK((range[1] - range[0]) / Math.max(1e-9, b - a), maxK);
  return constrain({ k, x: (range[0] + range[1]) / 2 - (k * (a + b)) / 2 }, { range, maxK });
}

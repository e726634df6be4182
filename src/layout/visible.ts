/**
 * Viewport culling of a cached level layout: which placed labels, bare
 * marks and clusters touch the screen (plus a margin) at the current
 * scale. This is the bounded set that becomes DOM nodes.
 */
import type { Cluster, LaneLayout, PlacedLabel } from "./labels.js";
import type { Model } from "./model.js";

export interface VisibleSet {
  labels: PlacedLabel[];
  /** Events drawn as marks without a label (single-member clusters). */
  bare: number[];
  clusters: Cluster[];
}

/**
 * Filters `layouts` to what meets screen pixels [lo, hi] under scale `sx`.
 *
 * @example
 * ```ts
 * const v = visibleSet(layouts, model, x, -100, 1300);
 * ```
 */
export function visibleSet(layouts: readonly LaneLayout[], model: Model, sx: (t: number) => number, lo: number, hi: number): VisibleSet {
  const out: VisibleSet = { labels: [], bare: [], clusters: [] };
  for (const lane of layouts) {
    for (const l of lane.labels) {
      const x = sx(model.x[l.i]!);
      if (x > hi) continue;
      if (x + l.w >= lo || sx(model.b[l.i]!) >= lo) out.labels.push(l);
    }
    for (const c of lane.clusters) {
      const x0 = sx(model.x[c.first]!);
      if (x0 > hi || Math.max(x0 + c.w, sx(model.x[c.last]!)) < lo) continue;
      if (c.count === 1) out.bare.push(c.first);
      else out.clusters.push(c);
    }
  }
  return out;
}

/**
 * Viewport culling of a cached level layout: which placed labels, stacks
 * and clusters touch the screen (plus a margin) at the current
 * scale. This is the bounded set that becomes DOM nodes. Also what of it
 * must yield to the lane names fixed at the screen's left edge.
 */
import type { Cluster, LaneLayout, PlacedLabel, Stack } from "./labels.js";
import type { Model } from "./model.js";

export interface VisibleSet {
  labels: PlacedLabel[];
  /**
   * Every event without a label, one alone too, is in a pill that names
   * it: a bare mark beside a labelled one read as that one's (issue 24).
   */
  clusters: Cluster[];
  stacks: Stack[];
}

/**
 * Filters `layouts` (one per lane) to what meets screen pixels [lo, hi]
 * under scale `sx`, in the lanes `shown` keeps (all when it is omitted).
 *
 * @example
 * ```ts
 * const v = visibleSet(layouts, model, x, -100, 1300);
 * ```
 */
export function visibleSet(
  layouts: readonly LaneLayout[],
  model: Model,
  sx: (t: number) => number,
  lo: number,
  hi: number,
  shown?: (lane: number) => boolean,
): VisibleSet {
  const out: VisibleSet = { labels: [], clusters: [], stacks: [] };
  for (let k = 0; k < layouts.length; k++) {
    if (shown && !shown(k)) continue;
    const lane = layouts[k]!;
    for (const l of lane.labels) {
      const x = sx(model.x[l.i]!);
      if (x > hi) continue;
      if (x + l.w >= lo || sx(model.b[l.i]!) >= lo) out.labels.push(l);
    }
    for (const c of lane.clusters) {
      const x0 = sx(model.x[c.first]!);
      if (x0 > hi || Math.max(x0 + c.w, sx(model.x[c.last]!)) < lo) continue;
      out.clusters.push(c);
    }
    for (const st of lane.stacks)
      if (sx(model.x[st.ids[0]!]!) <= hi && sx(model.x[st.ids[st.ids.length - 1]!]!) >= lo) out.stacks.push(st);
  }
  return out;
}

/** A cluster as drawn: `at` is its pill's left edge (screen px) when the pill moved off its first mark. */
export type DrawnCluster = Cluster & { at?: number };

/**
 * Keeps "+N" pills from under their lane's name, which sits at the left
 * of the cluster row whatever the zoom (so the per-level layout, in world
 * pixels, cannot reserve its place). Pills that would start before
 * `nameEnd(lane) + gap` become one pill right after the name, counting all
 * of their events; pills that one then overlaps join it too. The rest are
 * untouched, and so are pills that end before `from`, the plot's left
 * clip: nobody sees them, and counting their events beside the name would
 * claim events that are out of view. `left(c)` is a pill's natural left
 * edge on screen; `clusters` come lane by lane, in mark order, as
 * `visibleSet` returns them.
 *
 * @example
 * ```ts
 * clearNames(vis.clusters, (c) => x(model.x[c.first]), (lane) => 90, 8, 6);
 * ```
 */
export function clearNames(
  clusters: readonly Cluster[],
  left: (c: Cluster) => number,
  nameEnd: (lane: number) => number,
  gap: number,
  from: number,
): DrawnCluster[] {
  const out: DrawnCluster[] = [];
  for (let k = 0; k < clusters.length;) {
    const first = clusters[k++]!;
    const at = nameEnd(first.lane) + gap;
    if (!(left(first) < at) || left(first) + first.w <= from) {
      out.push(first);
      continue;
    }
    const merged: DrawnCluster = { ...first, at, ids: [...first.ids] };
    while (k < clusters.length && clusters[k]!.lane === first.lane && left(clusters[k]!) < at + merged.w + gap) {
      const c = clusters[k++]!;
      merged.count += c.count;
      merged.last = c.last;
      merged.ids.push(...c.ids);
      merged.x1 = Math.max(merged.x1, c.x1);
      merged.t0 = Math.min(merged.t0, c.t0);
      merged.t1 = Math.max(merged.t1, c.t1);
    }
    // The key names the members: a pill whose count changed is a new node, not a stale "+N".
    if (merged.last !== first.last) merged.key = `${first.key}-${merged.last}`;
    out.push(merged);
  }
  return out;
}

/**
 * Label placement: pure, greedy, per lane and per zoom level. Labels sit in
 * stacked rows above the lane; an event whose label finds no free row joins
 * a "+N" cluster in the lane's top row, and clusters split as the reader
 * zooms in. Marks closer than a pointer can tell apart, one of them
 * labelled, form a stack that one target names. Invariants (tested with
 * random data): no two label or cluster boxes of one lane and row
 * intersect, no stem crosses a label of a lower row, and both survive any zoom by a factor ≥ 1 of the level the layout
 * was computed at, because zooming in only widens the gaps between anchors.
 */

/** A placed label: event `i` in `row`, box [x, x + w) in world pixels. */
export interface PlacedLabel {
  i: number;
  row: number;
  /** Left edge of the box: the anchor, or anchor - w when the label sits left of its mark. */
  x: number;
  w: number;
  /** 1: the label reads rightward from its mark; -1 (renderers support it): it ends at its mark. */
  side: 1 | -1;
}

/** A "+N" cluster of events whose labels found no room. */
export interface Cluster {
  /** Stable key at this level: lane and first member's index. */
  key: string;
  lane: number;
  /** Pill box [x, x + w) in world pixels, in the cluster row. */
  x: number;
  w: number;
  /** World-pixel extent of the members' marks. */
  x0: number;
  x1: number;
  /** Time extent of the members (ms), for zooming into it. */
  t0: number;
  t1: number;
  count: number;
  /** The first member (a single-member cluster is drawn as a bare mark). */
  first: number;
  /** The last member, in mark order. */
  last: number;
  /** Every member, in mark order: what the pill names. */
  ids: number[];
}

/**
 * Marks of one lane too close to be told apart by a pointer (a run whose
 * neighbours are less than `stack` px apart), at least one of them
 * labelled: they share one target that lists them all, so a click on one
 * mark never opens its neighbour.
 */
export interface Stack {
  /** Stable key at this level: lane and first member's index. */
  key: string;
  lane: number;
  /** The members, in mark order. */
  ids: Int32Array;
  /** World-pixel extent of the members' marks. */
  x0: number;
  x1: number;
  /** Time extent of the members (ms). */
  t0: number;
  t1: number;
}

export interface LaneLayout {
  labels: PlacedLabel[];
  clusters: Cluster[];
  /** Runs of marks closer than `stack` px that hold a labelled one (none when `stack` is unset). */
  stacks: Stack[];
}

export interface LabelLayoutOptions {
  /** Label rows per lane, not counting the cluster row. */
  rows: number;
  /** Minimum horizontal gap between boxes in a row (px). */
  gap: number;
  /** Width reserved for a cluster pill (px). */
  pillWidth: number;
  /** A label may be truncated down to this box width (px) to stay in a low row; default: never truncated. */
  minWidth?: number;
  /** Right end of the room (world px): the chart's edge at this level; default: unbounded. */
  edge?: number;
  /** Left end of the room (world px), for labels that end at their mark; default: unbounded. */
  start?: number;
  /**
   * Stop at the first label placed in this row or above, returning only the
   * labels placed so far (right to left) and no clusters: enough to tell
   * that a dense lane wants every row without laying out the rest of it,
   * which is laid out again for the rows it gets. Not a layout to draw.
   */
  until?: number | undefined;
  /** Marks closer than this (px) form a stack when one of them is labelled; default 0: no stacks. */
  stack?: number;
}

/**
 * Places the labels of one lane. `ids` are event indices sorted by mark
 * position, `xs` their world-pixel anchors in the same order, `a`/`b` their
 * time extents; `width(i)` is event i's full label box width (measured
 * lazily: only events that can still find room are measured, which keeps
 * dense levels cheap; a label narrower than any measured before it may be
 * skipped into a cluster where it would just have fit).
 *
 * Marks are visited right to left. A label reads rightward from its mark
 * and must end before the next label of its row and before every stem of a
 * higher row (`limit`), so an upper label's stem never crosses a label
 * below it: bursts stack as a staircase, the earliest event on top. A
 * label takes the lowest row where it fits whole to the right of its mark;
 * else the lowest where it fits whole ending at its mark without spanning
 * another mark; else the lowest row with at least `minWidth` of room on the
 * right (truncated to it); else any row where it ends at its mark; else it
 * joins a "+N" cluster.
 *
 * @example
 * ```ts
 * const out = layoutLane(0, [0, 1], [10, 12], [0, 0], [1, 1], (i) => 80, { rows: 1, gap: 6, pillWidth: 30 });
 * out.labels.length; // 1, the other event is in a cluster
 * ```
 */
export function layoutLane(
  lane: number,
  ids: ArrayLike<number>,
  xs: ArrayLike<number>,
  ta: ArrayLike<number>,
  tb: ArrayLike<number>,
  width: (i: number) => number,
  options: LabelLayoutOptions,
): LaneLayout {
  const { rows, gap, pillWidth } = options;
  const edge = options.edge ?? Infinity,
    start = options.start ?? -Infinity,
    minWidth = options.minWidth ?? Infinity,
    until = options.until ?? Infinity;
  // limit[r]: the leftmost obstacle of row r: a box start in r, or a stem of a higher row.
  const limit = new Float64Array(Math.max(0, rows)).fill(Infinity);
  // Boxes that end at their mark reach left over later anchors, whose stems must not cross them.
  const open: { b0: number; anchor: number; row: number }[] = [];
  const labels: PlacedLabel[] = [];
  // Positions of the marks left for clusters, right to left. Indexed loops
  // here and below: this runs once per lane over every event on a first
  // render, before the optimizer has seen it, where for-of allocates.
  const rest = new Int32Array(ids.length);
  let rested = 0;
  // The narrowest label measured so far: a cheap estimate of the room worth measuring for.
  let narrowest = Infinity;
  // The mark being placed, and the rows its stem may reach: up to the
  // lowest row of a box that ends at its mark and spans this one.
  let x = 0,
    stemRows = Infinity;
  // Room to the right of the mark in row r, and to its left; -1 when the stem cannot reach r.
  const right = (r: number): number => (r <= stemRows ? Math.min(limit[r]!, edge + gap) - gap - x : -1);
  const left = (r: number): number => (r <= stemRows && x + gap <= limit[r]! && x <= edge ? x - start : -1);
  for (let k = ids.length - 1; k >= 0; k--) {
    const i = ids[k]!;
    x = xs[k]!;
    stemRows = Infinity;
    if (open.length) {
      // Boxes that end at their mark and start right of x are behind us for good.
      let kept = 0;
      for (let q = 0; q < open.length; q++) {
        const o = open[q]!;
        if (!(o.b0 < x)) continue;
        open[kept++] = o;
        if (x < o.anchor && o.row < stemRows) stemRows = o.row;
      }
      open.length = kept;
    }
    // Cheap rejection first: the top row has the most room, and in a dense
    // burst it is too little for any label seen yet, so skip measuring. On
    // the right a label may be cut to minWidth; on the left it is never cut,
    // so there the bar is the narrowest whole label. (With the bar at
    // minWidth, each mark of a dense lane lying between minWidth and a
    // label's width from the chart's left edge was measured, then left out:
    // 1,771 of 1,897 measurements of a first render of 100,000 events.)
    const least = Number.isFinite(narrowest) ? narrowest : 24,
      room = Math.min(minWidth, least);
    if (rows <= 0 || (right(rows - 1) < room && left(rows - 1) < least)) {
      // Nothing changes while marks are left out, so the marks to the left
      // that the top row shuts out on both sides whatever the stems go to
      // the clusters in a tight loop: at the full view a dense lane is runs
      // of hundreds of them, and a first render lays out every lane.
      rest[rested++] = k;
      // (With no rows, `lim` is undefined and the loop stops at once; the
      // test above then rejects each mark, as it must.)
      const lim = limit[rows - 1]!,
        reach = Math.min(lim, edge + gap) - gap;
      while (k > 0 && reach - xs[k - 1]! < room && (xs[k - 1]! + gap > lim || xs[k - 1]! > edge)) rest[rested++] = --k;
      continue;
    }
    const w = width(i);
    if (w < narrowest) narrowest = w;
    // The nearest mark to the left (not at x): a box ending at x that stops short of it hides no one's stem.
    let p = k - 1;
    while (p >= 0 && xs[p]! >= x) p--;
    const free = p < 0 ? -Infinity : xs[p]! + gap;
    let row = -1,
      box = w,
      side: 1 | -1 = 1;
    for (let r = 0; r < rows && row < 0; r++) if (right(r) >= w) row = r;
    for (let r = 0; r < rows && row < 0; r++) {
      if (left(r) >= w && x - w >= free) {
        row = r;
        side = -1;
      }
    }
    for (let r = 0; r < rows && row < 0; r++) {
      if (right(r) >= Math.min(w, minWidth)) {
        row = r;
        box = right(r);
      }
    }
    // Ending at the mark over other marks is the last resort: the box blocks the stems of all it spans.
    for (let r = 0; r < rows && row < 0; r++) {
      if (left(r) >= w) {
        row = r;
        side = -1;
      }
    }
    if (row < 0) {
      rest[rested++] = k;
      continue;
    }
    const b0 = side > 0 ? x : x - box;
    labels.push({ i, row, x: b0, w: box, side });
    if (b0 < limit[row]!) limit[row] = b0;
    for (let r = 0; r < row; r++) if (x < limit[r]!) limit[r] = x;
    if (side < 0) open.push({ b0, anchor: x, row });
    if (row >= until) return { labels, clusters: [], stacks: [] };
  }
  labels.reverse();
  const clusters: Cluster[] = [];
  let last: Cluster | null = null;
  for (let q = rested - 1; q >= 0; q--) {
    const k = rest[q]!;
    const i = ids[k]!,
      x = xs[k]!;
    if (last && x < last.x + pillWidth + gap) {
      last.count++;
      last.last = i;
      last.ids.push(i);
      if (x > last.x1) last.x1 = x;
      if (ta[k]! < last.t0) last.t0 = ta[k]!;
      if (tb[k]! > last.t1) last.t1 = tb[k]!;
    } else {
      last = {
        key: `${lane}:${i}`,
        lane,
        x,
        w: pillWidth,
        x0: x,
        x1: x,
        t0: ta[k]!,
        t1: tb[k]!,
        count: 1,
        first: i,
        last: i,
        ids: [i],
      };
      clusters.push(last);
    }
  }
  return { labels, clusters, stacks: stacksOf(lane, ids, xs, ta, tb, labels, options.stack ?? 0) };
}

/** Runs of marks less than `near` px apart that hold a labelled one (see `Stack`). */
function stacksOf(
  lane: number,
  ids: ArrayLike<number>,
  xs: ArrayLike<number>,
  ta: ArrayLike<number>,
  tb: ArrayLike<number>,
  labels: readonly PlacedLabel[],
  near: number,
): Stack[] {
  const out: Stack[] = [];
  if (!(near > 0) || !labels.length) return out;
  const labelled = new Set<number>();
  for (const l of labels) labelled.add(l.i);
  for (let k = 0; k < ids.length;) {
    let end = k + 1,
      any = labelled.has(ids[k]!);
    for (; end < ids.length && xs[end]! - xs[end - 1]! < near; end++) if (labelled.has(ids[end]!)) any = true;
    if (end - k > 1 && any) {
      const members = Int32Array.from({ length: end - k }, (_, q) => ids[k + q]!);
      let t0 = Infinity,
        t1 = -Infinity;
      for (let q = k; q < end; q++) {
        if (ta[q]! < t0) t0 = ta[q]!;
        if (tb[q]! > t1) t1 = tb[q]!;
      }
      out.push({ key: `${lane}:${ids[k]!}`, lane, ids: members, x0: xs[k]!, x1: xs[end - 1]!, t0, t1 });
    }
    k = end;
  }
  return out;
}

/** Half-open boxes [x, x + w) intersect when each starts before the other ends. */
export function boxesOverlap(a: { x: number; w: number }, b: { x: number; w: number }): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w;
}

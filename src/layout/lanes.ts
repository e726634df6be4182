/**
 * Vertical geometry of the horizontal layout: lanes stacked top to bottom,
 * each with as many label rows as it needs (within the height), a cluster
 * row above them and a baseline for marks.
 */

export interface LaneBand {
  /** Top of the lane band (px). */
  top: number;
  /** y of the lane's baseline, where marks and bars sit (px). */
  baseline: number;
  /** Label rows available above the baseline. */
  rows: number;
}

export interface LaneGeometryOptions {
  /** Space above the first lane (px). */
  top: number;
  /** Height of one label row (px). */
  rowHeight: number;
  /** Space below a baseline for bars, lane label and the gap to the next lane (px). */
  below: number;
}

/** Height a lane with `rows` label rows needs (px): its rows, the cluster row and the space below. */
export function laneHeight(rows: number, o: LaneGeometryOptions): number {
  return (rows + 1) * o.rowHeight + 6 + o.below;
}

/**
 * Gives each lane the rows it wants, taking rows from the lanes that want
 * most until everything fits `plotHeight`; spare height is shared out.
 *
 * @example
 * ```ts
 * laneBands([3, 1], 400, { top: 8, rowHeight: 18, below: 30 }).map((b) => b.rows); // [3, 1]
 * ```
 */
export function laneBands(wanted: readonly number[], plotHeight: number, o: LaneGeometryOptions): LaneBand[] {
  const rows = wanted.map((r) => Math.max(1, Math.floor(r)));
  if (!rows.length) rows.push(1);
  const total = () => rows.reduce((h, r) => h + laneHeight(r, o), 0);
  while (total() > plotHeight - o.top) {
    let widest = 0;
    rows.forEach((r, k) => {
      if (r > rows[widest]!) widest = k;
    });
    if (rows[widest]! <= 1) break;
    rows[widest]!--;
  }
  const spare = Math.max(0, (plotHeight - o.top - total()) / rows.length);
  let top = o.top;
  return rows.map((r) => {
    const band = { top: top + spare / 2, baseline: top + spare / 2 + (r + 1) * o.rowHeight + 6, rows: r };
    top += laneHeight(r, o) + spare;
    return band;
  });
}

/**
 * The chart height for lanes wanting these rows (px): `fixed` when given,
 * else what they need between 160 and `max` (640); never less than one
 * row per lane, or the lanes past the height would be cut off unseen.
 *
 * @example
 * ```ts
 * chartHeight([3, 1], { top: 34, rowHeight: 18, below: 24 }, 8); // 210
 * chartHeight([3, 1], { top: 34, rowHeight: 18, below: 24 }, 8, 640, 100); // 174: one row each
 * ```
 */
export function chartHeight(
  wanted: readonly number[],
  o: LaneGeometryOptions,
  axis: number,
  max = 640,
  fixed?: number,
): number {
  const need = (rows: (r: number) => number) => wanted.reduce((sum, r) => sum + laneHeight(rows(r), o), o.top) + axis;
  const h = need((r) => Math.max(1, r)),
    least = need(() => 1);
  return Math.round(Math.max(least, fixed ?? Math.min(Math.max(160, max), Math.max(160, h))));
}

/**
 * The bands [from, to) that meet the chart rows [y0, y1) (px): bands are
 * stacked top to bottom, so those are one run. A chart of thousands of
 * lanes draws only the few near the screen. `below` is the room under a
 * baseline that still belongs to its band.
 *
 * @example
 * ```ts
 * bandsInView(bands, 0, Infinity, 24); // [0, bands.length]
 * ```
 */
export function bandsInView(bands: readonly LaneBand[], y0: number, y1: number, below: number): [number, number] {
  // A scan: a frame meets at most a few thousand bands, and a screenful of them is the run.
  let from = 0;
  while (from < bands.length && bands[from]!.baseline + below <= y0) from++;
  let to = from;
  while (to < bands.length && bands[to]!.top < y1) to++;
  return [from, to];
}

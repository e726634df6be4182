/**
 * The density strip's path: one small bar per non-empty pixel bin, its
 * height a log scale of the bin's count. Zoom frames redraw it every frame,
 * so the path is put together from cached pieces: writing each bar's
 * numbers anew allocated about half of what a zoom allocates, and so
 * caused about half of its garbage collections.
 */
import { px } from "./dom.js";

/** Bin width (px); each bar is 2.4 px wide, leaving a gap. */
export const BIN = 3;

/** A bar's end after its height h (1.5-7.5 px in 0.1 px steps): index round(h * 10) - 15. */
const TAILS = /*#__PURE__*/ Array.from({ length: 61 }, (_, q) => `${(15 + q) / 10}h-2.4Z`);

/** Each strip's bar starts ("M x,y h2.4 v"), by left edge, baseline and bin count; few strips are ever drawn. */
const heads = new Map<string, string[]>();

function headsOf(x0: number, y: number, bins: number): string[] {
  const key = `${x0},${y},${bins}`;
  let out = heads.get(key);
  if (!out) {
    if (heads.size > 64) heads.clear();
    heads.set(key, (out = Array.from({ length: bins }, (_, k) => `M${px(x0 + k * BIN)},${px(y)}h2.4v`)));
  }
  return out;
}

/**
 * The strip for `counts` (marks per bin), its first bin's left edge at
 * `x0` and its top at `y`: bars 1.5 px (one mark) to 7.5 px (the fullest
 * bin) tall.
 *
 * @example
 * ```ts
 * densityPath(Uint32Array.of(0, 1, 3), 160, 41); // "M163,41h2.4v4.5h-2.4ZM166,41h2.4v7.5h-2.4Z"
 * ```
 */
export function densityPath(counts: Uint32Array, x0: number, y: number): string {
  let max = 1;
  // Indexed: a for-of over a typed array allocated an iterator result per bin in Chromium.
  for (let k = 0; k < counts.length; k++) if (counts[k]! > max) max = counts[k]!;
  const top = Math.log1p(max),
    start = headsOf(x0, y, counts.length);
  let d = "";
  for (let k = 0; k < counts.length; k++) {
    const n = counts[k]!;
    if (n) d += start[k]! + TAILS[Math.round((1.5 + (Math.log1p(n) / top) * 6) * 10) - 15];
  }
  return d;
}

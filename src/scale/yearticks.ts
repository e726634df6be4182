/**
 * Axis ticks on round years, for axes d3-time cannot serve: before AD 1000
 * its year multiples are astronomical (-500 is 501 BC, so an axis read
 * "501 BC, 1 BC"), and past `Date`'s range (±271,821 years) it throws.
 * Years are whole numbers here, placed with the calendar's own year starts
 * (see `utc` in data/dates/when.ts), so they work to ±100 billion years.
 */
import { utc, yearOf } from "../data/dates/when.js";
import { DEEP_YEARS, PRESENT_YEAR } from "./years.js";

/** A tick on a round year. */
export interface YearTick {
  /** The instant the year starts (epoch ms). */
  t: number;
  /** The astronomical year (0 = 1 BC). */
  year: number;
  /** Years between this axis's ticks. */
  step: number;
  /** True when the axis counts years ago (its start is 100,000 years or more back). */
  ago: boolean;
}

const YEAR_MS = 365.2425 * 86_400_000;

/**
 * About `count` ticks over `scale`'s domain on round years: multiples of a
 * 1, 2 or 5 × 10ⁿ step. An axis that starts 100,000 years or more back
 * counts years ago (13.8 billion, 13.6 billion … and the present, AD 2000);
 * a nearer one counts as historians do, with no year 0: 1000 BC, 500 BC,
 * AD 1, AD 500.
 *
 * @example
 * ```ts
 * yearTicks(timeScale([utc(-3600), utc(-3400)], [0, 800]), 4).map((t) => t.year);
 * // [-3599, -3549, -3499, -3449]: 3600 BC, 3550 BC, 3500 BC, 3450 BC
 * ```
 */
export function yearTicks(scale: { domain(): [number, number] }, count: number): YearTick[] {
  const [d0, d1] = scale.domain();
  if (!(d1 > d0)) return [];
  const y0 = yearOf(d0),
    y1 = yearOf(d1);
  const step = niceStep((d1 - d0) / YEAR_MS / Math.max(1, count));
  const ago = PRESENT_YEAR - y0 >= DEEP_YEARS;
  const years: number[] = [];
  if (ago) {
    const last = Math.ceil((PRESENT_YEAR - y1) / step);
    for (let k = Math.floor((PRESENT_YEAR - y0) / step); k >= last; k--) years.push(PRESENT_YEAR - k * step);
  } else if (step === 1) {
    for (let y = y0; y <= y1; y++) years.push(y);
  } else {
    // Historical years have no 0: BC ticks at 1 − k·step (k BC·step), then AD 1, then k·step.
    const last = Math.max(1, Math.ceil((1 - y1) / step));
    for (let k = Math.floor((1 - y0) / step); k >= last; k--) years.push(1 - k * step);
    if (y0 <= 1 && 1 <= y1) years.push(1);
    for (let k = Math.max(1, Math.ceil(y0 / step)); k * step <= y1; k++) years.push(k * step);
  }
  const ticks: YearTick[] = [];
  for (const year of years) {
    const t = utc(year);
    if (t >= d0 && t <= d1) ticks.push({ t, year, step, ago });
  }
  return ticks;
}

/** The step of d3-array's tickStep, in whole years: 1, 2 or 5 × 10ⁿ, nearest to `years` on a log scale. */
function niceStep(years: number): number {
  if (!(years > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(years));
  const error = years / power;
  return power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1);
}

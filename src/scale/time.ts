/**
 * The x scale: a linear map from epoch milliseconds to pixels, with d3-time's
 * UTC calendar ticks. Floating calendar dates are UTC spans (see `When`), so
 * laying out in UTC keeps a day-precision event on its calendar day in every
 * viewer time zone. A display zone moves the ticks to that zone's midnights
 * and hours.
 *
 * It is d3-scale's `scaleUtc` minus what citeline never uses (interpolators,
 * clamping, nice, the default tick format): those pull d3-interpolate,
 * d3-color and d3-time-format into the script-tag bundle.
 */
import { utcTicks } from "d3-time";
import { utc } from "../data/dates/when.js";
import { yearTicks, type YearTick } from "./yearticks.js";
import { zoneOffset } from "./zone.js";

export type { YearTick } from "./yearticks.js";

/** A time scale over epoch ms, shaped like d3's so d3-axis can draw it. */
export interface TimeScale {
  (t: number | Date): number;
  /**
   * The domain in epoch ms. Numbers, not Dates: a deep-time domain (13.8
   * billion years ago) lies far outside what a `Date` holds.
   */
  domain(): [number, number];
  range(): [number, number];
  /** The epoch ms at pixel `px`. */
  invert(px: number): number;
  /** About `count` ticks on round UTC times (d3-time's `utcTicks`), within `Date`'s range only. */
  ticks(count?: number): Date[];
  copy(): TimeScale;
}

/**
 * A UTC time scale from `[start, end]` (epoch ms) to `[r0, r1]` pixels.
 *
 * @example
 * ```ts
 * const x = timeScale([Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)], [0, 1000]);
 * x(Date.UTC(2025, 6, 2)); // ≈ 500
 * ```
 */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [d0, d1] = [+domain[0], +domain[1]],
    [r0, r1] = [+range[0], +range[1]];
  // A zero-width domain maps everything to the range's middle rather than to NaN.
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const x = ((t: number | Date) => (k ? r0 + (+t - d0) * k : (r0 + r1) / 2)) as TimeScale;
  x.domain = () => [d0, d1];
  x.range = () => [r0, r1];
  x.invert = (px) => (k ? d0 + (px - r0) / k : d0);
  x.ticks = (count = 10) => (inDateRange(d0, d1) ? utcTicks(new Date(d0), new Date(d1), count) : []);
  x.copy = () => timeScale([d0, d1], [r0, r1]);
  return x;
}

/** d3-time's calendar works on Dates; a margin of a few years keeps its rounding of the ends inside their range. */
const CALENDAR_MS = 8.5e15;
const inDateRange = (a: number, b: number): boolean => Math.abs(a) <= CALENDAR_MS && Math.abs(b) <= CALENDAR_MS;

/** Ticks in a display zone: `wall` is the zone's wall-clock time as a UTC date, `t` the instant. */
export interface Tick {
  t: number;
  wall: Date;
  /**
   * The wall's astronomical year when it lies outside `Date`'s range: `wall`
   * is then the same date a whole number of 400-year cycles nearer.
   */
  year?: number;
}

/**
 * Ticks for `scale`'s domain at about `count` ticks, falling on round
 * wall-clock times of `timeZone` (midnights, hours, month starts). Empty
 * outside `Date`'s range (see {@link axisTicks} for years there).
 *
 * @example
 * ```ts
 * zonedTicks(x, 8, "UTC").map((d) => d.wall.toISOString());
 * ```
 */
export function zonedTicks(scale: TimeScale, count: number, timeZone: string): Tick[] {
  const [a, b] = scale.domain();
  if (!inDateRange(a, b)) return [];
  const guess = zoneOffset(timeZone, (a + b) / 2);
  const ticks: Tick[] = [];
  for (const wall of utcTicks(new Date(a + guess), new Date(b + guess), Math.max(1, count))) {
    // Resolve each tick with the offset in force at it, so ticks stay on
    // wall-clock midnights and hours across a DST change inside the domain.
    const w = +wall;
    let offset = zoneOffset(timeZone, w - guess);
    if (offset !== guess) {
      // Near a change the offset must be the one in force at the tick itself; a wall
      // time the clocks skip (2:30 AM on a spring-forward night) has none: no tick.
      offset = zoneOffset(timeZone, w - offset);
      if (zoneOffset(timeZone, w - offset) !== offset) continue;
    }
    const t = w - offset;
    if (t >= a && t <= b && !(ticks.length && ticks[ticks.length - 1]!.t >= t)) ticks.push({ t, wall });
  }
  return ticks;
}

/** An axis tick: a calendar {@link Tick}, or a {@link YearTick} on a long or deep-time axis. */
export type AxisTick = Tick | YearTick;

/** What {@link axisTicks} needs besides the scale. */
export interface AxisTickOptions {
  /** About how many pixels between ticks. */
  spacing: number;
  /** The finest step the events in view warrant (ms). */
  minStep: number;
  /**
   * The finest step the data warrants anywhere (ms), used when `minStep`
   * leaves fewer than three ticks: a view zoomed between day events to the
   * hours some other event carries shows hours. Default `minStep`.
   */
  floor?: number;
  timeZone: string;
}

/**
 * Axis ticks about `spacing` px apart but never closer than `minStep` ms:
 * an axis over day-precision events shows days, not "12:00 PM", unless the
 * view is too narrow for three of them and the data elsewhere is finer
 * (see `floor`). Tries ever fewer ticks until the interval is coarse enough.
 *
 * Steps of a year or more before AD 1000 or past 9999, and any domain
 * outside `Date`'s range, get {@link yearTicks}: round years as people
 * count them (500 BC, AD 1, AD 500; 66 million years ago), where d3-time
 * would put them on astronomical multiples (-500 is 501 BC) or throw.
 *
 * @example
 * ```ts
 * axisTicks(x, { spacing: 120, minStep: DAY, timeZone: "UTC" }); // midnights only
 * ```
 */
export function axisTicks(scale: TimeScale, o: AxisTickOptions): AxisTick[] {
  let ticks = ticksAtLeast(scale, o.spacing, o.minStep, o.timeZone);
  const floor = o.floor ?? o.minStep;
  if (ticks.length >= 3 || !(floor < o.minStep)) return ticks;
  ticks = ticksAtLeast(scale, o.spacing, floor, o.timeZone);
  // A floor that is no calendar step ("evening", four hours) rounds up to
  // one (six hours), which at the zoom limit, three floors wide, can leave
  // two ticks: half the floor finds the step under it.
  if (ticks.length < 3 && floor > MINUTE) {
    const finer = ticksAtLeast(scale, o.spacing, floor / 2, o.timeZone);
    if (finer.length > ticks.length) ticks = finer;
  }
  return ticks;
}

function ticksAtLeast(scale: TimeScale, spacing: number, minStep: number, timeZone: string): AxisTick[] {
  const [r0, r1] = scale.range();
  const [d0, d1] = scale.domain();
  const width = Math.abs(r1 - r0),
    span = Math.max(1, d1 - d0);
  if (!inDateRange(d0, d1) && span < 4 * YEAR) {
    // Too few years in view for year ticks, too far for Date: the Gregorian
    // calendar repeats every 400 years, so the months and days of a year
    // 400·n years nearer fall on the same instants less n cycles.
    const n = Math.round((d0 + d1) / 2 / CYCLE);
    const near = timeScale([d0 - n * CYCLE, d1 - n * CYCLE], [r0, r1]);
    return (ticksAtLeast(near, spacing, minStep, "UTC") as Tick[]).map(({ t, wall }) => ({
      t: t + n * CYCLE,
      wall,
      year: wall.getUTCFullYear() + 400 * n,
    }));
  }
  const most = Math.max(1, Math.floor(width / spacing));
  // d3-time steps by years once a tick spans a year or more.
  const years = !inDateRange(d0, d1) || (span / most >= YEAR * 0.9 && (d0 < EARLY || d1 > LATE));
  let ticks: AxisTick[] = [];
  for (let count = most; count >= 1; count--) {
    ticks = years ? yearTicks(scale, count) : zonedTicks(scale, count, timeZone);
    let step = Infinity;
    for (let k = 1; k < ticks.length; k++) step = Math.min(step, tickTime(ticks[k]!) - tickTime(ticks[k - 1]!));
    // Month and year steps vary by a few days; 2% slack accepts them (and AD 1 to AD 500, a year short of a step).
    // One tick says nothing of the step; unless it falls on a whole one (below), it may sit at noon of a day axis.
    if (ticks.length > 1 && step >= minStep * 0.98 && (step / span) * width >= spacing * 0.8) return ticks;
  }
  // Too narrow for two year labels: one, so the reader still sees when this is.
  if (years) return ticks.slice(0, 1);
  // Narrower than one step: keep the ticks that fall on a whole step (a midnight), or none.
  return (ticks as Tick[]).filter((t) => minStep <= DAY && +t.wall % minStep === 0);
}

/**
 * The narrowest span (ms) a view may zoom to when the finest date in the
 * data is written to `unit` ms (see `UNIT` in layout/model.ts): ten
 * minutes for clock times to the minute or second, three units otherwise
 * (three hours, three days, three years), so at the limit the axis still
 * shows three ticks of that unit (d3-time steps minutes by 1 and 5: ten
 * minutes leave a 320px plot two or three 5-minute ticks) and never a step
 * finer than what the data knows.
 *
 * @example
 * ```ts
 * narrowestSpan(DAY); // 3 days
 * narrowestSpan(MINUTE); // 10 minutes
 * ```
 */
export function narrowestSpan(unit: number): number {
  if (!(unit > 0)) return 3 * DAY;
  return unit < HOUR ? 10 * MINUTE : 3 * unit;
}

/** A tick's time for spacing: the wall clock of a calendar tick, the instant of a year tick. */
const tickTime = (t: AxisTick): number => ("wall" in t ? +t.wall : t.t);

/** Time units tick formats switch on, in ms. */
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
export const YEAR = 365.2425 * DAY;
const CYCLE = 146_097 * DAY;
const EARLY = /*#__PURE__*/ utc(1000),
  LATE = /*#__PURE__*/ utc(10_000);

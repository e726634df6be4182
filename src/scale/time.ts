/**
 * The x scale: a d3 UTC time scale over epoch milliseconds. Floating
 * calendar dates are UTC spans (see `When`), so laying out in UTC keeps a
 * day-precision event on its calendar day in every viewer time zone. A
 * display zone moves the ticks to that zone's midnights and hours.
 */
import { scaleUtc, type ScaleTime } from "d3-scale";
import { zoneOffset } from "./zone.js";

export type TimeScale = ScaleTime<number, number>;

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
  return scaleUtc().domain([new Date(domain[0]), new Date(domain[1])]).range([range[0], range[1]]);
}

/** Ticks in a display zone: `wall` is the zone's wall-clock time as a UTC date, `t` the instant. */
export interface Tick {
  t: number;
  wall: Date;
}

/**
 * Ticks for `scale`'s domain at about `count` ticks, falling on round
 * wall-clock times of `timeZone` (midnights, hours, month starts).
 *
 * @example
 * ```ts
 * zonedTicks(x, 8, "UTC").map((d) => d.wall.toISOString());
 * ```
 */
export function zonedTicks(scale: TimeScale, count: number, timeZone: string): Tick[] {
  const [d0, d1] = scale.domain() as [Date, Date];
  const a = +d0, b = +d1;
  const guess = zoneOffset(timeZone, (a + b) / 2);
  const wallScale = scaleUtc().domain([new Date(a + guess), new Date(b + guess)]);
  const ticks: Tick[] = [];
  for (const wall of wallScale.ticks(Math.max(1, count))) {
    // Resolve each tick with the offset in force near it, so ticks stay on
    // wall-clock midnights across a DST change inside the domain.
    const w = +wall;
    const t = w - zoneOffset(timeZone, w - guess);
    if (t >= a && t <= b) ticks.push({ t, wall });
  }
  return ticks;
}

/**
 * Axis ticks about `spacing` px apart but never closer than `minStep` ms:
 * an axis over day-precision events shows days, not "12:00 PM", however far
 * it is zoomed. Tries ever fewer ticks until d3's interval is coarse enough.
 *
 * @example
 * ```ts
 * axisTicks(x, { spacing: 120, minStep: DAY, timeZone: "UTC" }); // midnights only
 * ```
 */
export function axisTicks(scale: TimeScale, o: { spacing: number; minStep: number; timeZone: string }): Tick[] {
  const [r0, r1] = scale.range() as [number, number];
  const [d0, d1] = scale.domain() as [Date, Date];
  const width = Math.abs(r1 - r0), span = Math.max(1, +d1 - +d0);
  let ticks: Tick[] = [];
  for (let count = Math.max(1, Math.floor(width / o.spacing)); count >= 1; count--) {
    ticks = zonedTicks(scale, count, o.timeZone);
    let step = Infinity;
    for (let k = 1; k < ticks.length; k++) step = Math.min(step, +ticks[k]!.wall - +ticks[k - 1]!.wall);
    // Month and year steps vary by a few days; 2% slack accepts them.
    if (step >= o.minStep * 0.98 && (step / span) * width >= o.spacing * 0.8) return ticks;
  }
  // Narrower than one step: keep the ticks that fall on a whole step (a midnight), or none.
  return ticks.filter((t) => o.minStep <= DAY && +t.wall % o.minStep === 0);
}

/** Time units tick formats switch on, in ms. */
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
export const YEAR = 365.2425 * DAY;

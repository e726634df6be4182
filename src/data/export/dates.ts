/**
 * citeline dates back to TimelineJS date objects: ISO's astronomical years
 * become TimelineJS's historical ones (-3499 is written -3500), and each
 * date keeps the parts its precision knows.
 */
import { MAX_YEAR } from "../dates/when.js";
import { historicalYear } from "../import/dateparts.js";
import type { When } from "../types.js";

/** A TimelineJS date object: numbers for the parts known, the date as written in `display_date`. */
export interface TimelineJSDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
  display_date?: string;
}

const CALENDAR = new RegExp(
  String.raw`^([+-]?\d+)(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?)?)?)?)?`
  + String.raw`(?:Z|[+-]\d{2}:\d{2})?$`,
);
const BLOCK: Record<string, number> = { century: 100, decade: 10 };

/**
 * The TimelineJS date of a When, at its precision. Coarse spans (decades,
 * centuries, millennia, magnitudes) are written as their first year;
 * seasons, quarters and weeks as the month or day they start on; an
 * interval ("1678/1680") as its first end. Clock times are the wall time
 * written in the iso (TimelineJS has no time zones).
 *
 * @example
 * ```ts
 * timelineJSDate(whenFromIso("-3499")!); // { year: -3500 }
 * ```
 */
export function timelineJSDate(when: When): TimelineJSDate {
  const iso = when.iso.split("/")[0]!;
  // A deep-time magnitude is read from the year as written, without the BCE shift (see dateparts).
  if (["Ga", "Ma", "millennium"].includes(when.precision) && Math.abs(Number(iso)) > MAX_YEAR) {
    return { year: Number(iso) };
  }
  const block = BLOCK[when.precision];
  if (block !== undefined && /^-?\d{2,3}$/.test(iso)) return { year: historicalYear(Number(iso) * block) };
  const m = CALENDAR.exec(iso);
  if (m && ["season", "quarter", "week"].includes(when.precision) === false) {
    const date: TimelineJSDate = { year: historicalYear(Number(m[1])) };
    const parts = ["month", "day", "hour", "minute", "second", "millisecond"] as const;
    parts.forEach((part, i) => {
      const value = m[i + 2];
      if (value !== undefined) date[part] = Number(value);
    });
    return date;
  }
  // A season, quarter or week: the day it starts on, which a Date can name.
  const start = new Date(when.earliest);
  const year = /^([+-]?\d+)/.exec(iso)?.[1];
  if (Number.isNaN(start.getTime())) return { year: historicalYear(Number(year ?? 0)) };
  const date: TimelineJSDate = { year: historicalYear(start.getUTCFullYear()), month: start.getUTCMonth() + 1 };
  if (when.precision === "week") date.day = start.getUTCDate();
  return date;
}

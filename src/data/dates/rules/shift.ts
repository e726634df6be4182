/**
 * Calendar arithmetic the relative rules share: moving a day by whole units,
 * the unit that holds a day, weekdays and holidays near the reference. Month
 * and week arithmetic is date-fns's, in its own mode, the local calendar: a
 * day goes in as a local date at noon and only its calendar fields are read
 * back, so nothing depends on the machine's zone (noon is clear of the DST
 * changes some zones make at midnight). `@date-fns/utc` would do the same
 * with UTC dates, but it runs code at import (three Intl formats, a patch
 * loop), which every bundle importing citeline would then keep, even one
 * that parses no date. References are always within the range of `Date`.
 */
import { addDays as addDaysFns, addMonths, getISOWeek, getISOWeekYear, lastDayOfMonth } from "date-fns";
import type { When } from "../../types.js";
import { addDays, refDay, type RefDay } from "../reference.js";
import {
  centuryWhen,
  dayWhen,
  decadeWhen,
  monthWhen,
  quarterWhen,
  seasonWhen,
  SEASONS,
  weekWhen,
  yearWhen,
} from "../when.js";
import { HOLIDAYS, type HolidayRule } from "../vocabulary.js";
import type { RuleContext, RuleResult } from "./context.js";

export const dayOf = (r: RefDay): When | null => dayWhen(r.year, r.month, r.day);

/** The day as a local date at noon, for date-fns (years 0-99 included, which `new Date(y, …)` would move to 19xx). */
function local(year: number, month: number, day: number): Date {
  const d = new Date(2000, 0, 1, 12);
  d.setFullYear(year, month - 1, day);
  return d;
}

/** The calendar day of a local date. */
const fromLocal = (d: Date): RefDay => refDay(d.getFullYear(), d.getMonth() + 1, d.getDate());

export function weekOf(r: RefDay): When | null {
  const d = local(r.year, r.month, r.day);
  return weekWhen(getISOWeekYear(d), getISOWeek(d));
}

/** Quarter index (year*4 + q-1) of a day. */
export const quarterIndex = (r: RefDay): number => r.year * 4 + Math.floor((r.month - 1) / 3);
export const quarterAt = (i: number): When | null => quarterWhen(Math.floor(i / 4), (i % 4) + 1);

/** Season index (year*4 + season) of a day; December belongs to the winter of its own year. */
export function seasonIndex(r: RefDay): number {
  if (r.month <= 2) return (r.year - 1) * 4 + 3;
  return r.year * 4 + Math.floor((r.month - 3) / 3);
}
export const seasonAt = (i: number): When | null => seasonWhen(Math.floor(i / 4), SEASONS[i % 4] ?? "SP");

const MONTHS_IN: Readonly<Record<string, number>> = { month: 1, quarter: 3, year: 12, decade: 120, century: 1200 };

/** Moves a day by whole units; months clamp the day ("a month before March 31" is Feb 28 or 29). */
export function shift(r: RefDay, unit: string, n: number): RefDay {
  const d = local(r.year, r.month, r.day);
  if (unit === "day") return fromLocal(addDaysFns(d, n));
  if (unit === "week") return fromLocal(addDaysFns(d, 7 * n));
  if (unit === "fortnight") return fromLocal(addDaysFns(d, 14 * n));
  return fromLocal(addMonths(d, (MONTHS_IN[unit] ?? 1200) * n));
}

/** The span of one unit containing a day. */
export function unitSpan(r: RefDay, unit: string, ctx: RuleContext): When | null {
  switch (unit) {
    case "day":
      return dayOf(r);
    case "week":
    case "fortnight":
    case "weekend":
      return weekOf(r);
    case "month":
      return monthWhen(r.year, r.month);
    case "quarter":
      return quarterAt(quarterIndex(r));
    case "season":
      return seasonAt(seasonIndex(r));
    case "year":
      return ctx.quarterly ? quarterAt(quarterIndex(r) - 1) : yearWhen(r.year);
    case "decade":
      return decadeWhen(Math.floor(r.year / 10));
    case "century":
      return centuryWhen(Math.floor(r.year / 100));
    default:
      return null;
  }
}

/**
 * A named weekday relative to the reference: `direction` -1 strictly before, +1 strictly after, 0 by the tense
 * (the past bias, or forward under a future marker). The reference's own weekday is the reference day itself:
 * measured on newswire, which names the day of publication rather than writing "today".
 */
export function weekdayFrom(ref: RefDay, weekday: number, direction: -1 | 0 | 1, future: boolean): RuleResult {
  let diff = weekday - ref.weekday;
  if (direction === -1) diff = diff >= 0 ? diff - 7 : diff;
  else if (direction === 1) diff = diff <= 0 ? diff + 7 : diff;
  else if (diff !== 0) diff = future ? (diff < 0 ? diff + 7 : diff) : diff > 0 ? diff - 7 : diff;
  return dayOf(addDays(ref, diff));
}

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm), as [month, day]. */
export function easter(y: number): [number, number] {
  const a = y % 19,
    b = Math.floor(y / 100),
    c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const n = h + l - 7 * Math.floor((a + 11 * h + 22 * l) / 451) + 114;
  return [Math.floor(n / 31), (n % 31) + 1];
}

/** The day a holiday rule gives in a year. */
function holidayDay(rule: HolidayRule, y: number): RefDay | null {
  if ("easter" in rule) {
    const [m, d] = easter(y);
    return addDays(refDay(y, m, d), rule.easter);
  }
  if ("day" in rule) return refDay(y, rule.month, rule.day);
  if (rule.nth < 0) {
    const last = fromLocal(lastDayOfMonth(local(y, rule.month, 1)));
    return addDays(last, -((last.weekday - rule.weekday + 7) % 7));
  }
  const first = refDay(y, rule.month, 1);
  return addDays(first, ((rule.weekday - first.weekday + 7) % 7) + 7 * (rule.nth - 1) + (rule.plus ?? 0));
}

/**
 * A holiday by name: in the year written, or the occurrence nearest the reference ("last"/"next" step over it;
 * alone, the latest one not after the reference, or the coming one under a future marker). "Easter week" is the
 * ISO week of the feast.
 */
export function holidayIn(
  name: string,
  which: string | undefined,
  week: boolean,
  year: string | undefined,
  ctx: RuleContext,
): RuleResult {
  const rule = HOLIDAYS[name.replace(/\s+/g, " ")];
  if (!rule) return null;
  const at = (y: number): When | null => {
    const day = holidayDay(rule, y);
    return day ? (week ? weekOf(day) : dayOf(day)) : null;
  };
  if (year !== undefined) return at(Number(year));
  const { ref } = ctx;
  const candidates = [ref.year - 1, ref.year, ref.year + 1].map(at).filter((w): w is When => w !== null);
  if (which === "last") return candidates.filter((w) => w.earliest < ref.epoch).pop() ?? null;
  if (which === "next") return candidates.find((w) => w.earliest > ref.epoch) ?? null;
  const past = candidates.filter((w) => w.earliest <= ref.epoch).pop();
  const next = candidates.find((w) => w.earliest >= ref.epoch);
  return (ctx.future ? (next ?? past) : (past ?? next)) ?? null;
}

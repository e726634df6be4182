/**
 * Expressions relative to the reference: "yesterday", "two weeks ago",
 * "last June", "this week", "the third quarter", "last summer", "Friday".
 */
import type { When } from "../../types.js";
import { addDays, refDay, refDayAt, type RefDay } from "../reference.js";
import {
  centuryWhen,
  dayWhen,
  daysInMonth,
  decadeWhen,
  isoWeekOf,
  monthWhen,
  quarterWhen,
  seasonWhen,
  SEASONS,
  weekWhen,
  yearWhen,
  type Season,
} from "../when.js";
import { biasedMonth, readYear } from "./calendar.js";
import type { RuleContext, RuleResult } from "./context.js";
import { cardinal, MONTH, MONTHS, NUMBER, WEEKDAY, WEEKDAYS } from "./words.js";

const dayOf = (r: RefDay): When | null => dayWhen(r.year, r.month, r.day);

function weekOf(r: RefDay): When | null {
  const w = isoWeekOf(r.epoch);
  return weekWhen(w.year, w.week);
}

/** Quarter index (year*4 + q-1) of a day. */
const quarterIndex = (r: RefDay): number => r.year * 4 + Math.floor((r.month - 1) / 3);
const quarterAt = (i: number): When | null => quarterWhen(Math.floor(i / 4), (i % 4) + 1);

/** Season index (year*4 + season) of a day; December belongs to the winter of its own year. */
function seasonIndex(r: RefDay): number {
  const m = r.month;
  if (m <= 2) return (r.year - 1) * 4 + 3;
  return r.year * 4 + Math.floor((m - 3) / 3);
}
const seasonAt = (i: number): When | null => seasonWhen(Math.floor(i / 4), SEASONS[i % 4] ?? "SP");
const SEASON_OF: Readonly<Record<string, number>> = { spring: 0, summer: 1, fall: 2, autumn: 2, winter: 3 };

/** Moves a day by whole units, clamping the day of month ("a month before March 31" is Feb 28/29). */
function shift(r: RefDay, unit: string, n: number): RefDay {
  switch (unit) {
    case "day": return addDays(r, n);
    case "week": return addDays(r, 7 * n);
    case "fortnight": return addDays(r, 14 * n);
    default: {
      const months = unit === "month" ? n : unit === "quarter" ? 3 * n : unit === "year" ? 12 * n : unit === "decade" ? 120 * n : 1200 * n;
      const total = r.year * 12 + r.month - 1 + months;
      const y = Math.floor(total / 12);
      const m = total - y * 12 + 1;
      return refDay(y, m, Math.min(r.day, daysInMonth(y, m)));
    }
  }
}

/** The span of one unit containing a day. */
function unitOf(r: RefDay, unit: string, ctx: RuleContext): When | null {
  switch (unit) {
    case "day": return dayOf(r);
    case "week": case "fortnight": case "weekend": return weekOf(r);
    case "month": return monthWhen(r.year, r.month);
    case "quarter": return quarterAt(quarterIndex(r));
    case "season": return seasonAt(seasonIndex(r));
    case "year": return ctx.quarterly ? quarterAt(quarterIndex(r) - 1) : yearWhen(r.year);
    case "decade": return decadeWhen(Math.floor(r.year / 10));
    case "century": return centuryWhen(Math.floor(r.year / 100));
    default: return null;
  }
}

const UNIT = String.raw`(day|week|fortnight|month|quarter|year|decade|century)s?`;
const RE_AGO = new RegExp(`^(?:(?:about|some|nearly|almost|around|roughly|more than|less than|just|only|exactly)\\s+)?${NUMBER}(?:\\s+or\\s+(?:so|more|two))?[- ]${UNIT}(?:\\s+or\\s+so)?\\s+(ago|earlier|before|previously|back|later|after|afterwards?|from now|hence|since)$`);
const RE_YEAR_AGO = /^(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(year|month|week|quarter)[- ](ago|earlier)(?:\s+(period|quarter|month|year|level|results?))?$/;
const RE_DEICTIC = new RegExp(`^(?:the\\s+)?(last|past|previous|preceding|prior|this|current|present|next|coming|following|latest|recent|most recent|same)\\s+${UNIT.replace("s?", "")}$`);
const RE_NAMED = new RegExp(`^(last|this past|this coming|this|next|coming|the previous|the preceding|the following|the next|the last|past|previous|following)\\s+(?:${WEEKDAY}|${MONTH}|(spring|summer|fall|autumn|winter))$`);
const RE_WEEKDAY = new RegExp(`^(?:the\\s+)?${WEEKDAY}$`);
const RE_QUARTER = new RegExp(`^(?:the\\s+)?(?:(this|last|next|the|its|current|fiscal|year'?s|(\\d{4})(?:'s)?|(?:this|last|next) year'?s|(?:comparable\\s+)?year-(?:ago|earlier))\\s+)?(?:fiscal[- ])?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(\\d{4}|this year|last year|next year))?$`);
const RE_Q = /^(?:q([1-4])|([1-4])q)(?:\s*(?:of\s+)?(?:fiscal\s+)?'?(\d{4}|\d{2}))?$|^(\d{4})\s*q([1-4])$/;
const RE_WEEKEND = /^(?:(?:over|during)\s+)?(?:(?:the|this)\s+)?(?:(last|past|next|coming)\s+)?weekend$/;
const RE_YEAR_QUARTER = /^(?:the\s+)?(\d{4})\s+quarter$/;
const RE_YEAR_REL = new RegExp(`^${MONTH}\\s+(?:of\\s+)?(this|last|next) year$`);

const RE_HOLIDAY = /^(?:(last|this|next)\s+)?(thanksgiving|christmas|christmas eve|new year's day|new year's eve|independence day|election day|labor day|memorial day|easter)(?:\s+(day|week|sunday))?$/;

/** Easter Sunday of the Gregorian calendar (the anonymous algorithm). */
function easter(y: number): When | null {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const n = h + l - 7 * Math.floor((a + 11 * h + 22 * l) / 451) + 114;
  return dayWhen(y, Math.floor(n / 31), (n % 31) + 1);
}

/** The nth given weekday of a month (n = -1: the last one). */
function nthWeekday(y: number, month: number, weekday: number, n: number): When | null {
  if (n < 0) {
    const last = refDay(y, month, daysInMonth(y, month));
    return dayOf(addDays(last, -((last.weekday - weekday + 7) % 7)));
  }
  const first = refDay(y, month, 1);
  return dayOf(addDays(first, ((weekday - first.weekday + 7) % 7) + 7 * (n - 1)));
}

/** US holidays news dates events by; fixed or rule-based, never a list of years. */
function holiday(name: string, y: number): When | null {
  switch (name) {
    case "thanksgiving": return nthWeekday(y, 11, 4, 4);
    case "christmas": return dayWhen(y, 12, 25);
    case "christmas eve": return dayWhen(y, 12, 24);
    case "new year's day": return dayWhen(y, 1, 1);
    case "new year's eve": return dayWhen(y, 12, 31);
    case "independence day": return dayWhen(y, 7, 4);
    case "labor day": return nthWeekday(y, 9, 1, 1);
    case "memorial day": return nthWeekday(y, 5, 1, -1);
    case "easter": return easter(y);
    case "election day": {
      // The Tuesday after the first Monday of November.
      const monday = nthWeekday(y, 11, 1, 1);
      return monday ? dayOf(addDays(refDay(y, 11, new Date(monday.earliest).getUTCDate()), 1)) : null;
    }
    default: return null;
  }
}

const QUARTER_WORD: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 };

/** Named weekday, relative to the reference. `step` 0 = past bias, -1 strictly before, +1 strictly after. */
function weekdayFrom(ref: RefDay, weekday: number, direction: -1 | 0 | 1, future: boolean): RuleResult {
  let diff = weekday - ref.weekday;
  if (direction === -1) diff = diff >= 0 ? diff - 7 : diff;
  else if (direction === 1) diff = diff <= 0 ? diff + 7 : diff;
  else if (diff === 0) {
    // Measured on newswire: a bare weekday equal to the publication's is the publication day itself.
    // In a future-tense sentence it may be today or a week ahead: report, don't guess.
    if (future) {
      const today = dayOf(ref);
      const next = dayOf(addDays(ref, 7));
      return today && next ? { ambiguous: [today, next] } : null;
    }
  } else if (future) diff = diff < 0 ? diff + 7 : diff;
  else diff = diff > 0 ? diff - 7 : diff;
  return dayOf(addDays(ref, diff));
}

export function relativeRule(s: string, ctx: RuleContext): RuleResult {
  const { ref } = ctx;
  switch (s) {
    case "today": case "this day": case "that day": case "the day": case "the same day": case "same day": case "now":
      return dayOf(ref);
    case "yesterday": case "the previous day": case "the day before": case "a day earlier": case "the prior day": case "the preceding day": case "a day before":
      return dayOf(addDays(ref, -1));
    case "tomorrow": case "the next day": case "the following day": case "the day after": case "a day later":
      return dayOf(addDays(ref, 1));
    case "the day before yesterday":
      return dayOf(addDays(ref, -2));
    case "the day after tomorrow":
      return dayOf(addDays(ref, 2));
    case "the quarter": case "the latest quarter": case "the most recent quarter": case "the latest period": case "the period": case "the recent quarter": case "the just-ended quarter":
      // Earnings news reports the quarter that has just closed.
      return quarterAt(quarterIndex(ref) - 1);
    case "the year-ago quarter": case "the year-earlier quarter": case "the year-ago period": case "the year-earlier period": case "year-ago period": case "the quarter a year ago": case "the comparable year-ago quarter": case "the corresponding period last year": case "last year's quarter":
      return quarterAt(quarterIndex(ref) - 5);
    case "the latest fiscal year": case "the latest year": case "the most recent fiscal year": case "the last fiscal year":
      // Like the latest quarter, the latest year reported is the one that has closed.
      return yearWhen(ref.year - 1);
    case "this quarter": case "the current quarter":
      return quarterAt(quarterIndex(ref));
    case "year": case "year-end": case "year end": case "the year-end": case "the end of the year": case "year's end": case "the year": case "the current year": case "the full year": case "the fiscal year": case "the current fiscal year":
      return yearWhen(ref.year);
    case "the week":
      return weekOf(ref);
    case "the month":
      return monthWhen(ref.year, ref.month);
  }
  let m: RegExpExecArray | null;
  if ((m = RE_WEEKEND.exec(s))) {
    // The ISO week of the latest weekend's Saturday (on a Monday, the weekend just past, in the
    // previous week) or of the coming one; "last"/"next" step over the weekend under way, and so do
    // "this past" and "this coming", which only stress the direction.
    const which = m[1] ?? "";
    const inWeekend = ref.weekday === 0 || ref.weekday === 6;
    const latest = -((ref.weekday + 1) % 7);
    const coming = (13 - ref.weekday) % 7;
    if (which === "last" || which === "past") return weekOf(addDays(ref, inWeekend ? latest - 7 : latest));
    if (which === "next" || which === "coming") return weekOf(addDays(ref, inWeekend ? latest + 7 : coming));
    return weekOf(addDays(ref, ctx.future && !inWeekend ? coming : latest));
  }
  if ((m = RE_AGO.exec(s))) {
    const n = cardinal(m[1] ?? "");
    const unit = m[2] ?? "";
    if (!Number.isFinite(n) || n > 10_000) return null;
    const back = ["ago", "earlier", "before", "previously", "back"].includes(m[3] ?? "");
    return unitOf(shift(ref, unit, back ? -n : n), unit, { ...ctx, quarterly: ctx.quarterly && n === 1 && back });
  }
  if ((m = RE_YEAR_AGO.exec(s))) {
    const unit = m[1] ?? "year";
    return unitOf(shift(ref, unit, -1), unit, ctx);
  }
  if ((m = RE_DEICTIC.exec(s))) {
    const which = m[1] ?? "";
    const unit = m[2] ?? "";
    const step = ["last", "past", "previous", "preceding", "prior"].includes(which) ? -1 : ["next", "coming", "following"].includes(which) ? 1 : 0;
    // "the latest quarter" is the one reported, i.e. the last closed one.
    if (unit === "quarter" && (which === "latest" || which === "recent" || which === "most recent")) return quarterAt(quarterIndex(ref) - 1);
    if (unit === "quarter") return quarterAt(quarterIndex(ref) + step);
    if (unit === "day") return dayOf(addDays(ref, step));
    return unitOf(shift(ref, unit, step), unit, { ...ctx, quarterly: false });
  }
  if ((m = RE_NAMED.exec(s))) {
    const which = m[1] ?? "";
    const dir: -1 | 0 | 1 = /last|past|previous|preceding/.test(which) ? -1 : /next|coming|following/.test(which) ? 1 : 0;
    if (m[2] !== undefined) {
      const wd = WEEKDAYS[m[2]] ?? 0;
      if (dir === 0) return weekdayFrom(ref, wd, 0, ctx.future);
      return weekdayFrom(ref, wd, dir, ctx.future);
    }
    if (m[3] !== undefined) {
      const month = MONTHS[m[3]] ?? 1;
      const here = ref.year * 12 + ref.month - 1;
      if (dir === 0) return monthWhen(which === "this" ? ref.year : biasedMonth(month, ctx), month);
      let y = ref.year;
      if (dir < 0) y = y * 12 + month - 1 >= here ? y - 1 : y;
      else y = y * 12 + month - 1 <= here ? y + 1 : y;
      return monthWhen(y, month);
    }
    const season = SEASON_OF[m[4] ?? ""] ?? 0;
    const here = seasonIndex(ref);
    const sameYear = Math.floor(here / 4) * 4 + season;
    // "This past spring" is the latest one that has ended; "last summer" is the summer of the
    // previous calendar year (the TimeML reading, which the newswire gold follows).
    if (which === "this past") return seasonAt(sameYear < here ? sameYear : sameYear - 4);
    if (dir < 0) return seasonAt((ref.year - 1) * 4 + season);
    if (dir > 0) return seasonAt(sameYear > here ? sameYear : sameYear + 4);
    return seasonAt(sameYear);
  }
  if ((m = RE_WEEKDAY.exec(s))) return weekdayFrom(ref, WEEKDAYS[m[1] ?? ""] ?? 0, 0, ctx.future);
  if ((m = RE_QUARTER.exec(s))) {
    const q = QUARTER_WORD[m[3] ?? ""] ?? 1;
    const lead = m[1] ?? "";
    const yearText = m[4] ?? (m[2] !== undefined ? m[2] : /^(this|last|next) year/.test(lead) ? lead.slice(0, lead.indexOf(" year")) + " year" : undefined);
    if (yearText !== undefined) {
      const y = readYear(yearText, ctx);
      return Number.isFinite(y) ? quarterWhen(y, q) : null;
    }
    if (lead.includes("year-")) return quarterWhen(ref.year - 1, q);
    const here = quarterIndex(ref);
    const sameYear = ref.year * 4 + q - 1;
    if (lead === "last") return quarterAt(sameYear < here ? sameYear : sameYear - 4);
    if (lead === "next") return quarterAt(sameYear > here ? sameYear : sameYear + 4);
    // A bare quarter is the latest one that has begun: quarters are reported once they close.
    return quarterAt(sameYear <= here ? sameYear : sameYear - 4);
  }
  if ((m = RE_Q.exec(s))) {
    const q = Number(m[1] ?? m[2] ?? m[5]);
    const yText = m[3] ?? m[4];
    if (yText === undefined) return quarterAt(ref.year * 4 + q - 1 <= quarterIndex(ref) ? ref.year * 4 + q - 1 : (ref.year - 1) * 4 + q - 1);
    const y = yText.length === 2 ? Math.floor(ref.year / 100) * 100 + Number(yText) : Number(yText);
    return quarterWhen(y, q);
  }
  if ((m = RE_HOLIDAY.exec(s))) {
    const which = m[1] ?? "";
    const name = m[2] ?? "";
    // "Easter week" is the ISO week of the feast; it counts as begun once its Monday has.
    const year = (y: number): When | null => {
      const day = holiday(name, y);
      return day && m?.[3] === "week" ? weekOf(refDayAt(day.earliest)) : day;
    };
    const candidates = [ref.year - 1, ref.year, ref.year + 1].map(year).filter((w): w is When => w !== null);
    if (which === "last") return candidates.filter((w) => w.earliest < ref.epoch).pop() ?? null;
    if (which === "next") return candidates.find((w) => w.earliest > ref.epoch) ?? null;
    const past = candidates.filter((w) => w.earliest <= ref.epoch).pop();
    const next = candidates.find((w) => w.earliest >= ref.epoch);
    return (ctx.future ? next ?? past : past ?? next) ?? null;
  }
  if ((m = RE_YEAR_QUARTER.exec(s))) {
    // "The 1988 quarter" in an earnings report: the reported quarter, in that year.
    return quarterWhen(Number(m[1]), ((quarterIndex(ref) + 3) % 4) + 1);
  }
  if ((m = RE_YEAR_REL.exec(s))) return monthWhen(readYear(`${m[2]} year`, ctx), MONTHS[m[1] ?? ""] ?? 1);
  return null;
}

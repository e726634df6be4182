/**
 * Expressions relative to the reference: "yesterday", "two weeks ago",
 * "last June", "this week", "the third quarter", "last summer", "Friday",
 * "Christmas".
 */
import { addDays, type RefDay } from "../reference.js";
import { monthWhen, quarterWhen, yearWhen } from "../when.js";
import { cardinal, HOLIDAY, MONTH, MONTHS, NUMBER, SEASON, SEASON_WORDS, WEEKDAY, WEEKDAYS } from "../vocabulary.js";
import { biasedMonth, readYear } from "./calendar.js";
import type { DateRule, RuleContext, RuleResult } from "./context.js";
import {
  dayOf,
  holidayIn,
  quarterAt,
  quarterIndex,
  seasonAt,
  seasonIndex,
  shift,
  unitSpan,
  weekdayFrom,
  weekOf,
} from "./shift.js";

const SEASON_INDEX: Readonly<Record<string, number>> = { SP: 0, SU: 1, FA: 2, WI: 3 };
const seasonNumber = (word: string | undefined): number => SEASON_INDEX[SEASON_WORDS[word ?? ""] ?? "SP"] ?? 0;
const UNIT = "(?<unit>day|week|fortnight|month|quarter|year|decade|century)";

type Fixed = (ref: RefDay, ctx: RuleContext) => RuleResult;
const today: Fixed = (ref) => dayOf(ref);
const yesterday: Fixed = (ref) => dayOf(addDays(ref, -1));
const tomorrow: Fixed = (ref) => dayOf(addDays(ref, 1));
// Earnings news reports the quarter that has just closed.
const lastClosedQuarter: Fixed = (ref) => quarterAt(quarterIndex(ref) - 1);
const yearAgoQuarter: Fixed = (ref) => quarterAt(quarterIndex(ref) - 5);
// Like the latest quarter, the latest year reported is the one that has closed.
const lastClosedYear: Fixed = (ref) => yearWhen(ref.year - 1);
const thisQuarter: Fixed = (ref) => quarterAt(quarterIndex(ref));
const thisYear: Fixed = (ref) => yearWhen(ref.year);
const thisMonth: Fixed = (ref) => monthWhen(ref.year, ref.month);

/** Whole phrases with one meaning each. */
const FIXED: Readonly<Record<string, Fixed>> = {
  today,
  "this day": today,
  "that day": today,
  "the day": today,
  "the same day": today,
  "same day": today,
  now: today,
  yesterday,
  "the previous day": yesterday,
  "the day before": yesterday,
  "a day earlier": yesterday,
  "the prior day": yesterday,
  "the preceding day": yesterday,
  "a day before": yesterday,
  tomorrow,
  "the next day": tomorrow,
  "the following day": tomorrow,
  "the day after": tomorrow,
  "a day later": tomorrow,
  "the day before yesterday": (ref) => dayOf(addDays(ref, -2)),
  "the day after tomorrow": (ref) => dayOf(addDays(ref, 2)),
  "the quarter": lastClosedQuarter,
  "the latest quarter": lastClosedQuarter,
  "the most recent quarter": lastClosedQuarter,
  "the latest period": lastClosedQuarter,
  "the period": lastClosedQuarter,
  "the recent quarter": lastClosedQuarter,
  "the just-ended quarter": lastClosedQuarter,
  "the year-ago quarter": yearAgoQuarter,
  "the year-earlier quarter": yearAgoQuarter,
  "the year-ago period": yearAgoQuarter,
  "the year-earlier period": yearAgoQuarter,
  "year-ago period": yearAgoQuarter,
  "the quarter a year ago": yearAgoQuarter,
  "the comparable year-ago quarter": yearAgoQuarter,
  "the corresponding period last year": yearAgoQuarter,
  "last year's quarter": yearAgoQuarter,
  "the latest fiscal year": lastClosedYear,
  "the latest year": lastClosedYear,
  "the most recent fiscal year": lastClosedYear,
  "the last fiscal year": lastClosedYear,
  "this quarter": thisQuarter,
  "the current quarter": thisQuarter,
  year: thisYear,
  "year-end": thisYear,
  "year end": thisYear,
  "the year-end": thisYear,
  "the end of the year": thisYear,
  "year's end": thisYear,
  "the year": thisYear,
  "the current year": thisYear,
  "the full year": thisYear,
  "the fiscal year": thisYear,
  "the current fiscal year": thisYear,
  "the week": (ref) => weekOf(ref),
  "the month": thisMonth,
  month: thisMonth,
  "month-end": thisMonth,
  "month end": thisMonth,
  "month's end": thisMonth,
  "the end of the month": thisMonth,
};
// A pure call: a bundle that parses no date drops the pattern, and with it FIXED and its helpers.
const FIXED_PATTERN = /*#__PURE__*/ (() =>
  new RegExp(
    `^(?<phrase>${Object.keys(FIXED)
      .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|")})$`,
  ))();

/** The rules relative to the reference, in priority order (after the calendar rules). */
export const RELATIVE_RULES: readonly DateRule[] = [
  {
    name: "fixed-phrase",
    pattern: FIXED_PATTERN,
    examples: [
      ["yesterday", "2025-12-03", "2025-12-02"],
      ["the latest quarter", "2025-12-03", "2025-Q3"],
      ["month's end", "2025-12-03", "2025-12"],
    ],
    resolve: (g, ctx) => FIXED[g["phrase"] ?? ""]?.(ctx.ref, ctx) ?? null,
  },
  {
    name: "weekend",
    pattern: /^(?:(?:over|during)\s+)?(?:(?:the|this)\s+)?(?:(?<which>last|past|next|coming)\s+)?weekend$/,
    examples: [
      ["the weekend", "2025-12-03", "2025-W48"],
      ["next weekend", "2025-12-03", "2025-W49"],
    ],
    resolve: (g, ctx) => {
      // The ISO week of the latest weekend's Saturday (on a Monday, the weekend just past, in the previous week) or of
      // the coming one; "last"/"next" step over the weekend under way, and so do "this past" and "this coming".
      const { ref } = ctx;
      const which = g["which"] ?? "";
      const inWeekend = ref.weekday === 0 || ref.weekday === 6;
      const latest = -((ref.weekday + 1) % 7);
      const coming = (13 - ref.weekday) % 7;
      if (which === "last" || which === "past") return weekOf(addDays(ref, inWeekend ? latest - 7 : latest));
      if (which === "next" || which === "coming") return weekOf(addDays(ref, inWeekend ? latest + 7 : coming));
      return weekOf(addDays(ref, ctx.future && !inWeekend ? coming : latest));
    },
  },
  {
    name: "count-ago",
    pattern: new RegExp(
      `^(?:(?:about|some|nearly|almost|around|roughly|more than|less than|just|only|exactly)\\s+)?(?<n>${NUMBER})(?:\\s+or\\s+(?:so|more|two))?[- ]${UNIT}s?` +
        `(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|before|previously|back|later|after|afterwards?|from now|hence|since)$`,
    ),
    examples: [
      ["two weeks ago", "2025-12-03", "2025-W47"],
      ["twelve days later", "1854-06-10", "1854-06-22"],
    ],
    resolve: (g, ctx) => {
      const n = cardinal(g["n"] ?? "");
      const unit = g["unit"] ?? "";
      if (!Number.isFinite(n) || n > 10_000) return null;
      const back = ["ago", "earlier", "before", "previously", "back"].includes(g["dir"] ?? "");
      return unitSpan(shift(ctx.ref, unit, back ? -n : n), unit, {
        ...ctx,
        quarterly: ctx.quarterly && n === 1 && back,
      });
    },
  },
  {
    name: "unit-ago",
    pattern:
      /^(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(?<unit>year|month|week|quarter)[- ](?:ago|earlier)(?:\s+(?:period|quarter|month|year|level|results?))?$/,
    examples: [["the year-earlier level", "2025-12-03", "2024"]],
    resolve: (g, ctx) => unitSpan(shift(ctx.ref, g["unit"] ?? "year", -1), g["unit"] ?? "year", ctx),
  },
  {
    name: "deictic-unit",
    pattern: new RegExp(
      `^(?:the\\s+)?(?<which>last|past|previous|preceding|prior|this past|this coming|this|current|present|next|coming|following|latest|recent|most recent|same)\\s+${UNIT}$`,
    ),
    examples: [
      ["last week", "2025-12-03", "2025-W48"],
      ["this past year", "2025-12-03", "2024"],
      ["next month", "2025-12-03", "2026-01"],
    ],
    resolve: (g, ctx) => {
      const { ref } = ctx;
      const which = g["which"] ?? "";
      const unit = g["unit"] ?? "";
      const step = /^(?:last|past|previous|preceding|prior|this past)$/.test(which)
        ? -1
        : /^(?:next|coming|following|this coming)$/.test(which)
          ? 1
          : 0;
      // "the latest quarter" is the one reported, i.e. the last closed one.
      if (unit === "quarter" && /^(?:latest|recent|most recent)$/.test(which)) return quarterAt(quarterIndex(ref) - 1);
      if (unit === "quarter") return quarterAt(quarterIndex(ref) + step);
      if (unit === "day") return dayOf(addDays(ref, step));
      return unitSpan(shift(ref, unit, step), unit, { ...ctx, quarterly: false });
    },
  },
  {
    name: "deictic-name",
    pattern: new RegExp(
      `^(?<which>last|this past|this coming|this|next|coming|the previous|the preceding|the following|the next|the last|past|previous|following)\\s+` +
        `(?:(?<weekday>${WEEKDAY})\\.?|(?<month>${MONTH})\\.?|(?<season>${SEASON}))$`,
    ),
    examples: [
      ["last Friday", "2025-12-03", "2025-11-28"],
      ["last June", "2025-12-03", "2025-06"],
      ["last summer", "2025-12-03", "2024-SU"],
    ],
    resolve: (g, ctx) => {
      const { ref } = ctx;
      const which = g["which"] ?? "";
      const dir: -1 | 0 | 1 = /last|past|previous|preceding/.test(which)
        ? -1
        : /next|coming|following/.test(which)
          ? 1
          : 0;
      if (g["weekday"] !== undefined) return weekdayFrom(ref, WEEKDAYS[g["weekday"]] ?? 0, dir, ctx.future);
      if (g["month"] !== undefined) {
        const month = MONTHS[g["month"]] ?? 1;
        const here = ref.year * 12 + ref.month - 1;
        if (dir === 0) return monthWhen(which === "this" ? ref.year : biasedMonth(month, ctx), month);
        let y = ref.year;
        if (dir < 0) y = y * 12 + month - 1 >= here ? y - 1 : y;
        else y = y * 12 + month - 1 <= here ? y + 1 : y;
        return monthWhen(y, month);
      }
      const season = seasonNumber(g["season"]);
      const here = seasonIndex(ref);
      const sameYear = Math.floor(here / 4) * 4 + season;
      // "This past spring" is the latest one that has ended; "last summer" is the summer of the previous calendar
      // year (the TimeML reading, which the newswire gold follows).
      if (which === "this past") return seasonAt(sameYear < here ? sameYear : sameYear - 4);
      if (dir < 0) return seasonAt((ref.year - 1) * 4 + season);
      if (dir > 0) return seasonAt(sameYear > here ? sameYear : sameYear + 4);
      return seasonAt(sameYear);
    },
  },
  {
    name: "weekday",
    pattern: new RegExp(`^(?:the\\s+)?(?<weekday>${WEEKDAY})\\.?(?:'s)?$`),
    examples: [
      ["Friday", "2025-12-03", "2025-11-28"],
      ["Wednesday", "2025-12-03", "2025-12-03"],
    ],
    resolve: (g, ctx) => weekdayFrom(ctx.ref, WEEKDAYS[g["weekday"] ?? ""] ?? 0, 0, ctx.future),
  },
  {
    name: "ordinal-quarter",
    pattern: new RegExp(
      `^(?:the\\s+)?(?:(?<lead>this|last|next|the|its|current|fiscal|year'?s|(?<leadYear>\\d{4})(?:'s)?|(?:this|last|next) year'?s|(?:comparable\\s+)?year-(?:ago|earlier))\\s+)?` +
        `(?:fiscal[- ])?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?<year>\\d{4}|this year|last year|next year))?$`,
    ),
    examples: [
      ["the third quarter", "2025-12-03", "2025-Q3"],
      ["the fourth quarter of 1989", "2025-12-03", "1989-Q4"],
    ],
    resolve: (g, ctx) => {
      const { ref } = ctx;
      const q = { first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 }[g["q"] ?? ""] ?? 1;
      const lead = g["lead"] ?? "";
      const yearText =
        g["year"] ??
        g["leadYear"] ??
        (/^(this|last|next) year/.test(lead) ? lead.slice(0, lead.indexOf(" year")) + " year" : undefined);
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
    },
  },
  {
    name: "q-quarter",
    pattern:
      /^(?:q(?<q1>[1-4])|(?<q2>[1-4])q)(?:\s*(?:of\s+)?(?:fiscal\s+)?'?(?<year>\d{4}|\d{2}))?$|^(?<year2>\d{4})\s*q(?<q3>[1-4])$/,
    examples: [["Q3 2025", "2025-12-03", "2025-Q3"]],
    resolve: (g, ctx) => {
      const { ref } = ctx;
      const q = Number(g["q1"] ?? g["q2"] ?? g["q3"]);
      const yText = g["year"] ?? g["year2"];
      if (yText === undefined)
        return quarterAt(ref.year * 4 + q - 1 <= quarterIndex(ref) ? ref.year * 4 + q - 1 : (ref.year - 1) * 4 + q - 1);
      return quarterWhen(yText.length === 2 ? Math.floor(ref.year / 100) * 100 + Number(yText) : Number(yText), q);
    },
  },
  {
    name: "holiday",
    pattern: new RegExp(
      `^(?:(?<which>last|this|next)\\s+)?(?<name>${HOLIDAY})(?:\\s+(?<week>day|week|sunday))?(?:,?\\s+(?<year>\\d{4}))?$`,
    ),
    examples: [
      ["Christmas 1963", "2025-12-03", "1963-12-25"],
      ["Halloween", "2025-12-03", "2025-10-31"],
      ["Easter", "2025-12-03", "2025-04-20"],
    ],
    resolve: (g, ctx) => holidayIn(g["name"] ?? "", g["which"], g["week"] === "week", g["year"], ctx),
  },
  {
    // "The 1988 quarter" in an earnings report: the reported quarter, in that year.
    name: "year-quarter",
    pattern: /^(?:the\s+)?(?<year>\d{4})\s+quarter$/,
    examples: [["the 1988 quarter", "1989-11-02", "1988-Q3"]],
    resolve: (g, ctx) => quarterWhen(Number(g["year"]), ((quarterIndex(ctx.ref) + 3) % 4) + 1),
  },
];

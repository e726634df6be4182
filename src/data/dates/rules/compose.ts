/**
 * Rules that combine a day with something else, reading the day with the
 * whole table: a weekday beside a date ("Tuesday (Dec 2)"), a clock time
 * ("18:00 MSK Tuesday"), a part of the day ("the night of April 18, 1775"),
 * a date in brackets after a relative one ("yesterday (July 21)"), "the day
 * before …", "the week of …".
 */
import type { When } from "../../types.js";
import { zonedClock } from "../iso.js";
import { addDays, refDayAt } from "../reference.js";
import { dayWhen } from "../when.js";
import { WEEKDAY, WEEKDAY_NAMES, WEEKDAYS } from "../vocabulary.js";
import { isIanaZone, type Zone } from "../zones.js";
import { CLOCK_PATTERN, clockOf, extractPart, PART_PATTERN } from "./clock.js";
import type { DateRule, ReadFn, RuleContext, RuleReading } from "./context.js";
import { weekOf } from "./shift.js";

/** Zone abbreviations of the US and Canada, where "05/03/2013" is May 3. */
const NORTH_AMERICAN = /^(?:e|c|m|p)(?:s|d)?t$/i;

const isWhenResult = (r: RuleReading["result"]): r is When => r !== null && !("ambiguous" in r);
const HAS_DATE = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/;

/** Reads a day-level expression ("Tuesday", "Dec. 2", "yesterday"), or the reference day when empty. */
function readDay(s: string, ctx: RuleContext, read: ReadFn): RuleReading | null {
  if (s === "") return { result: dayWhen(ctx.ref.year, ctx.ref.month, ctx.ref.day), problems: [] };
  const r = read(s, ctx);
  return r && isWhenResult(r.result) && r.result.precision === "day" ? r : null;
}

const fieldsOf = (when: When) => refDayAt(when.earliest);

/** A weekday written beside a date: the date, with a problem when the weekday contradicts it. */
function weekdayBeside(weekday: string, rest: string, ctx: RuleContext, read: ReadFn): RuleReading | null {
  if (!HAS_DATE.test(rest)) return null;
  const r = readDay(rest, ctx, read);
  if (!r || !isWhenResult(r.result)) return null;
  const wd = WEEKDAYS[weekday] ?? 0;
  const actual = new Date(r.result.earliest).getUTCDay();
  if (actual === wd) return r;
  const message = `${r.result.iso} is a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[wd]}`;
  return { result: r.result, problems: [...r.problems, { code: "weekday-mismatch", message }] };
}

/** The combining rules, tried after the calendar and relative rules. */
export const COMPOSE_RULES: readonly DateRule[] = [
  {
    name: "weekday-then-date",
    pattern: new RegExp(
      `^(?:(?:this coming|this past|this|next|last|coming)\\s+)?(?<weekday>${WEEKDAY})\\.?(?:'s)?[,\\s]+\\(?(?<rest>.+?)\\)?$`,
    ),
    examples: [
      ["Tuesday (Dec 2)", "2025-12-03", "2025-12-02"],
      ["Friday, Aug. 7, 1998", "2025-12-03", "1998-08-07"],
    ],
    resolve: (g, ctx, read) => weekdayBeside(g["weekday"] ?? "", g["rest"] ?? "", ctx, read),
  },
  {
    name: "date-then-weekday",
    pattern: new RegExp(`^(?<rest>.+?)[,\\s]+\\(?(?<weekday>${WEEKDAY})\\.?(?:'s)?\\)?$`),
    examples: [["Dec. 2 (Tuesday)", "2025-12-03", "2025-12-02"]],
    resolve: (g, ctx, read) => weekdayBeside(g["weekday"] ?? "", g["rest"] ?? "", ctx, read),
  },
  {
    // "Yesterday (July 21)", "last night [10 October]": the date in brackets says which day the words meant.
    name: "relative-then-bracketed-date",
    pattern: /^(?<rel>[a-z][a-z' ]*?)\s*[([]\s*(?<date>[^()[\]]+?)\s*[)\]]?$/,
    examples: [
      ["yesterday (July 21)", "2025-07-22", "2025-07-21"],
      ["last night [10 October]", "2025-10-11", "2025-10-10"],
    ],
    resolve: (g, ctx, read) => {
      const day = readDay(g["date"] ?? "", ctx, read);
      if (!day || !isWhenResult(day.result)) return null;
      const part = extractPart(g["rel"] ?? "");
      return part ? { ...day, partOfDay: part.part } : day;
    },
  },
  {
    name: "clock-time",
    pattern: CLOCK_PATTERN,
    examples: [
      ["18:00 MSK", "2025-12-02", "2025-12-02T18:00+03:00"],
      ["430pm", "2025-12-02", "2025-12-02T16:30"],
      ["0737 GMT", "2025-12-02", "2025-12-02T07:37Z"],
      ["7:37 AM local time", "2025-12-02", "2025-12-02T07:37"],
      ["10 o'clock at night", "2025-12-02", "2025-12-02T22"],
      ["05/03/2013 at 11:00 AM EDT", "2013-05-04", "2013-05-03T11:00-04:00"],
    ],
    resolve: (_g, ctx, read, m) => {
      const clock = clockOf(m);
      if (!clock || clock.zone === null) return null;
      // A numeric date may be read two ways ("05/03/2013 at 11:00 AM EDT"): the time goes with both.
      const day = clock.rest === "" ? readDay("", ctx, read) : read(clock.rest, ctx);
      if (!day || (day.result !== null && !("ambiguous" in day.result) && day.result.precision !== "day")) return null;
      const place = (d: When): When | null => {
        // Midnight with a named day is its end, 24:00, written as 00:00 of the next day as ISO 8601-1:2019
        // requires; alone ("shortly after midnight") it is the start of the reference day.
        const at = new Date(d.earliest + (clock.hour === 24 && clock.rest !== "" ? 86_400_000 : 0));
        let zone: Zone | null = clock.zone ?? null;
        if (!zone && ctx.timeZone !== undefined && isIanaZone(ctx.timeZone))
          zone = { kind: "iana", name: ctx.timeZone };
        const fields = {
          year: at.getUTCFullYear(),
          month: at.getUTCMonth() + 1,
          day: at.getUTCDate(),
          hour: clock.hour % 24,
          ...(clock.minute !== undefined ? { minute: clock.minute } : {}),
          ...(clock.second !== undefined ? { second: clock.second } : {}),
        };
        return zonedClock(fields, zone);
      };
      const r = day.result;
      // A North American zone ("11:00 AM EDT") says whose convention the numbers follow: month first.
      if (r !== null && "ambiguous" in r && NORTH_AMERICAN.test(m.groups?.["zone"] ?? "")) {
        const us = r.ambiguous[0];
        return us ? { result: place(us), problems: day.problems } : null;
      }
      if (r !== null && "ambiguous" in r) {
        const candidates = r.ambiguous.map(place).filter((w): w is When => w !== null);
        return { result: { ambiguous: candidates }, problems: day.problems };
      }
      return r ? { result: place(r), problems: day.problems } : null;
    },
  },
  {
    name: "part-of-day",
    pattern: PART_PATTERN,
    examples: [
      ["Friday night", "2025-12-03", "2025-11-28"],
      ["the night of April 18, 1775", "2025-12-03", "1775-04-18"],
      ["the early hours of Sunday", "2025-12-03", "2025-11-30"],
      ["the morning of 30 March", "2025-04-02", "2025-03-30"],
    ],
    resolve: (_g, ctx, read, m) => {
      const part = extractPart(m.input);
      if (!part) return null;
      const day = readDay(part.rest, ctx, read);
      if (!day || !isWhenResult(day.result)) return null;
      const result =
        part.shift === 0
          ? day.result
          : (() => {
              const d = addDays(fieldsOf(day.result), part.shift);
              return dayWhen(d.year, d.month, d.day);
            })();
      return { result, problems: day.problems, partOfDay: part.part };
    },
  },
  {
    name: "day-next-to",
    pattern: /^(?:the\s+)?day\s+(?<side>before|after)\s+(?<rest>.+)$/,
    examples: [["the day before Christmas 1963", "2025-12-03", "1963-12-24"]],
    resolve: (g, ctx, read) => {
      const day = readDay(g["rest"] ?? "", ctx, read);
      if (!day || !isWhenResult(day.result)) return null;
      const d = addDays(fieldsOf(day.result), g["side"] === "before" ? -1 : 1);
      return { ...day, result: dayWhen(d.year, d.month, d.day) };
    },
  },
  {
    name: "week-of",
    pattern: /^(?:the\s+)?week\s+(?:of|beginning|starting|ending)\s+(?<rest>.+)$/,
    examples: [["the week of March 6", "2000-04-01", "2000-W10"]],
    resolve: (g, ctx, read) => {
      const day = readDay(g["rest"] ?? "", ctx, read);
      if (!day || !isWhenResult(day.result)) return null;
      return { result: weekOf(fieldsOf(day.result)), problems: [] };
    },
  },
];

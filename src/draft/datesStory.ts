/**
 * How a story's own dates place the dates after them that leave something
 * out: a month and day, a holiday or a season without a year stay in the
 * year the story is in, and a bare weekday is the next one after the day
 * the story last reached.
 */
import { analyzeDate } from "../data/dates/analyze.js";
import { toWhen } from "../data/dates/index.js";
import type { When } from "../data/types.js";
import { FULL_MONTH, HOLIDAY, SEASON, WEEKDAYS } from "../data/dates/vocabulary.js";

// A month and day (or a month) with no year written: "June 10", "10 June", "5/6 June", "in August".
const MONTH_DAY =
  /^(?:[A-Za-z]+,?\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*\d{1,2})?|\d{1,2}(?:st|nd|rd|th)?(?:\s*[-\u2013/]\s*\d{1,2})?\s+(?:of\s+)?[A-Z][a-z]+\.?)$/;
// A month alone too, in a story ("In December the army mustered out"); news names months of its own year.
const YEARLESS = /*#__PURE__*/ (() =>
  new RegExp(`${MONTH_DAY.source}|^${FULL_MONTH.replace(/\b[a-z]/g, (c) => c.toUpperCase())}$`))();
// A holiday without a year is, like a month and day, in the year the story is in ("on Christmas Day the men…").
const HOLIDAY_ALONE = /*#__PURE__*/ (() => new RegExp(`^(?:${HOLIDAY})$`, "i"))();
// A season named by the story ("that winter", "the autumn", "in spring"): the season of the story's year.
const SEASON_ALONE = /*#__PURE__*/ (() => new RegExp(`^(?:(?:that|the)\\s+)?(${SEASON})$`, "i"))();
// A bare weekday, maybe with its part of the day: "Tuesday", "Tuesday night".
const WEEKDAY_ALONE =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?$/i;
// A past perfect before the date tells of what came before the story's point: "In July he had written his will".
const LOOKS_BACK = /\bhad\s+(?:[a-z]+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ft|ld|ght|ade|id)\b/;

const yearOf = (when: When): number => new Date(when.earliest).getUTCFullYear();
const monthOf = (when: When): number => new Date(when.earliest).getUTCMonth();

/** A month (and day) or holiday without a year, hedged or not: "5 June", "the night of 5 June", "mid-August". */
export const yearless = (words: string): boolean =>
  HOLIDAY_ALONE.test(words) ||
  YEARLESS.test(
    words
      .replace(/^(?:the\s+)?(?:early\s+hours|morning|afternoon|evening|night)\s+of\s+/i, "")
      .replace(/^(?:the\s+)?(?:(?:early|mid|late)[\s-]+|(?:beginning|start|end|middle|close)\s+of\s+)/i, ""),
  );

/** A year written as the story would: "March 15, 44 BC" for astronomical year -43. */
const written = (year: number): string => (year >= 1000 ? String(year) : year >= 1 ? `AD ${year}` : `${1 - year} BC`);

function reread(text: string, reference: When, when: When): When {
  const moved = analyzeDate(text, { reference }).when;
  return moved && moved.precision === when.precision ? { ...moved, text: when.text ?? "" } : when;
}

/**
 * A date without a year, placed in the year of the story's last date: a month and day, a holiday or a season. A
 * month earlier in the year than a day or month the story has reached is the next year's ("On December 16 the
 * attack came. By January it was over"), unless a past perfect in its clause looks back.
 */
export function inStoryYear(words: string, anchor: When, when: When, clause: string): When {
  let year = yearOf(anchor);
  const season = SEASON_ALONE.exec(words);
  if (season) return yearOf(when) === year ? when : reread(`${season[1]} ${written(year)}`, anchor, when);
  if (!yearless(words)) return when;
  const fine = anchor.precision === "day" || anchor.precision === "month";
  if (fine && monthOf(when) < monthOf(anchor) && !HOLIDAY_ALONE.test(words) && !LOOKS_BACK.test(clause)) year++;
  return yearOf(when) === year ? when : reread(`${words}, ${written(year)}`, anchor, when);
}

/**
 * The day to read a bare weekday against in a story: the next such weekday after the day the story reached ("On
 * Monday, June 5, 1944, … On Tuesday" is June 6), which a weekday read against its own day lands on; null when the
 * words are no bare weekday, the story has reached no day, or a past perfect looks back.
 */
export function weekdayReference(words: string, anchor: When, clause: string): When | null {
  const m = WEEKDAY_ALONE.exec(words);
  if (!m || anchor.precision !== "day" || LOOKS_BACK.test(clause)) return null;
  const target = WEEKDAYS[(m[1] ?? "").toLowerCase()];
  if (target === undefined) return null;
  const from = new Date(anchor.earliest);
  const ahead = (target - from.getUTCDay() + 7) % 7 || 7;
  const day = new Date(from.getTime());
  day.setUTCDate(from.getUTCDate() + ahead);
  const y = day.getUTCFullYear();
  const pad = (n: number): string => String(n).padStart(2, "0");
  return y < 0 || y > 9999
    ? null
    : toWhen(`${String(y).padStart(4, "0")}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`);
}

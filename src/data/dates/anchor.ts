/**
 * Anaphora: "that year", "the following month", "then" point back to the
 * last date the text mentioned before them. The mention is found in the
 * context given with the expression, never guessed from elsewhere.
 */
import type { Precision, When } from "../types.js";
import { FULL_WEEKDAY, MONTH } from "./vocabulary.js";

// Month names as written in running text: capitalized.
const MONTH_NAME = `${/*#__PURE__*/ MONTH.replace(/\b[a-z]/g, (c) => c.toUpperCase())}\\.?`;
const WEEKDAY_NAME = FULL_WEEKDAY.replace(/\b[a-z]/g, (c) => c.toUpperCase());
const YEAR = String.raw`(?:1\d|20)\d\d`;
// Names are matched as written (capitalized) so "may" the verb and "march" the walk are no dates.
const MENTION = new RegExp(
  String.raw`\b(?:${MONTH_NAME}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+${YEAR})?|\d{1,2}\s+${MONTH_NAME}(?:,?\s+${YEAR})?|${WEEKDAY_NAME}|${YEAR})(?![\w,.]?\d|\s*%)`,
  "g",
);
// How far back a mention may be: the sentence before, not the paragraph.
const REACH = 160;

/** The anaphors read against a mention, with the unit they name. */
const ANAPHOR =
  /^(?:(that same|that|the same|the following|the next|the previous|the preceding|the prior)\s+(day|week|month|quarter|year|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)|the (day|week|month|quarter|year) (before|after)|then|the day|(?:the\s+)?(morning|afternoon|evening|night))$/;
const RANK: Readonly<Partial<Record<Precision, number>>> = { day: 0, week: 1, month: 2, quarter: 3, year: 4 };

/** A date expression and the text that reads it against the reference of the mention. */
export interface AnaphorReading {
  /** What to read, relative to the mention's first day ("this year" for "that year"). */
  text: string;
  /** The mention itself is the answer ("then"). */
  itself: boolean;
  /** The finest precision the mention must have. */
  needs: Precision;
  /** A month or day without a year: read `text` in the mention's year, when that is not the reference's. */
  inYear?: true;
}

// "June 10", "10 June", "June": written without a year.
const YEARLESS = new RegExp(`^(?:${MONTH}\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?)$`);

/**
 * A month or day without a year in a story: "The siege began in 1854. On June 10 the city fell." puts June 10 in
 * the year the text last named. Only for a context given with one expression (running text has findDates' anchors).
 */
export function storyDate(s: string): AnaphorReading | null {
  return YEARLESS.test(s) ? { text: s, itself: false, needs: "day", inYear: true } : null;
}

// "August of that year", "June the following year": a month in the year of the mention.
const MONTH_OF = new RegExp(
  `^(${MONTH})\\.?\\s+(?:of\\s+)?(that|the same|the following|the next|the previous|the preceding) year$`,
);
const STEP: Readonly<Record<string, string>> = {
  that: "this",
  "the same": "this",
  "the following": "next",
  "the next": "next",
};

/** How an anaphoric expression reads against a mention, or null when it is not anaphoric. */
export function anaphor(s: string, before: string): AnaphorReading | null {
  const month = MONTH_OF.exec(s);
  if (month) return { text: `${month[1] ?? ""} ${STEP[month[2] ?? ""] ?? "last"} year`, itself: false, needs: "year" };
  // A season without a year is in the year the text just named: "In 1917 … in the spring" is 1917-SP.
  const season = /^(?:the\s+)?(spring|summer|autumn|winter)$/.exec(s);
  if (season) return { text: `${season[1] ?? ""} of this year`, itself: false, needs: "year" };
  const m = ANAPHOR.exec(s);
  if (!m) return null;
  if (s === "then") return { text: "", itself: true, needs: "year" };
  // "The day" points back only in apposition: "Oct. 12, the day before the crash".
  if (s === "the day") return /\d,\s*$/.test(before) ? { text: "", itself: true, needs: "day" } : null;
  if (m[5] !== undefined) return { text: `the ${m[5]}`, itself: false, needs: "day" };
  // "The year before" is "the previous year".
  const which = m[4] === "before" ? "the previous" : m[4] === "after" ? "the following" : (m[1] ?? "");
  const unit = m[2] ?? m[3] ?? "year";
  const rel = which === "that" || which === "the same" || which === "that same" ? "this" : which;
  // "That night", "the next morning": a part of the day mentioned, or of the one next to it.
  // A season ("that winter") needs only the year; a part of the day needs the day.
  const needs: Precision =
    unit in RANK ? (unit as Precision) : /spring|summer|fall|autumn|winter/.test(unit) ? "year" : "day";
  return { text: `${rel} ${unit}`, itself: false, needs };
}

/** The last date mention in the text before the expression that `read` understands and is fine enough. */
export function findMention(before: string, needs: Precision, read: (mention: string) => When | null): When | null {
  const tail = before.slice(-REACH);
  const found = [...tail.matchAll(MENTION)];
  const limit = RANK[needs] ?? 4;
  for (let i = found.length - 1; i >= 0; i--) {
    const when = read(found[i]?.[0] ?? "");
    if (when && (RANK[when.precision] ?? 9) <= limit) return when;
  }
  return null;
}

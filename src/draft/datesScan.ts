/**
 * Finds the spans of running text that may be date or time expressions. The
 * scan only proposes extents, built from the date vocabulary; reading them
 * (and dropping what does not read) is the caller's job.
 *
 * Extents follow TimeML's conventions, which the newswire gold uses: a
 * leading preposition stays out ("on Friday" → "Friday"), a determiner and
 * a modifier stay in ("the third quarter", "earlier this year").
 */
import {
  alternation,
  ERA,
  FREQUENCIES,
  FULL_MONTH,
  FULL_WEEKDAY,
  HOLIDAY,
  MONTH,
  NUMBER,
  ORDINAL,
  PART_OF_DAY,
  REFERENCES,
  SEASON,
  SPELLED_YEAR,
  UNIT_WORD,
  UNITS,
} from "../data/dates/vocabulary.js";
import { ZONE_PATTERN } from "../data/dates/zones.js";

/** What a proposed extent looks like, which decides how it is read. */
export type ScanKind = "date" | "duration" | "set" | "reference";

/** One proposed extent: `[start, end)` in UTF-16 code units of the scanned text. */
export interface ScanSpan {
  start: number;
  end: number;
  kind: ScanKind;
}

// The dot of an abbreviation ("Dec."), not a sentence's full stop after a name written out ("2 December.").
const MON = `${MONTH}(?:(?<=(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\\.)?`;
// A bare month name alone is a date only when written out in full and capitalized ("May" the month, "may" the verb).
const CAPITAL_MONTH = /*#__PURE__*/ (() => FULL_MONTH.replace(/\b[a-z]/g, (c) => c.toUpperCase()))();
// Abbreviated weekdays ("Sun", "Wed") are common words; running text gets the full names only.
const WD = FULL_WEEKDAY;
const NUM = NUMBER;
const ORD = ORDINAL;
const YEAR = String.raw`(?:1[0-9]\d\d|20\d\d)`;
const DAYNUM = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const PART = PART_OF_DAY;
// A year with its era after a day: "March 15, 44 BC", "23 September AD 9".
const ERA_YEAR = `(?:\\d{1,4}\\s+${ERA}(?!\\w)|(?:AD|A\\.D\\.)\\s+\\d{1,4}\\b)`;
const REFERENCE = /*#__PURE__*/ (() => alternation(Object.keys(REFERENCES)))();
// "Quarterly" mostly qualifies a report or a dividend, not a repetition of the event told.
const SCANNED_FREQUENCY = /*#__PURE__*/ (() =>
  alternation(Object.keys(FREQUENCIES).filter((w) => w !== "quarterly")))();
const UNIT = /*#__PURE__*/ (() => alternation(UNITS))();
const UNIT_S = UNIT_WORD;
const ZONE = `(?:\\s*(?:\\((?:${ZONE_PATTERN})\\)|(?:${ZONE_PATTERN})))?`;
const HEDGE = String.raw`(?:(?:early|mid|late|earlier|later)[\s-]+|end-|(?:the\s+)?(?:beginning|start|end|middle|close|first half|second half|last half|latter half|latter part|rest|remainder)\s+of\s+(?:the\s+)?)?`;
const DEICTIC = String.raw`(?:this\s+past|this\s+coming|this|last|next|past|coming|previous|current|the\s+(?:past|last|next|previous|coming|following|same|current|preceding|prior))`;
// TimeML keeps an amount's hedge in the extent ("nearly two weeks ago", "more than three years"), as its mod.
const ABOUT = String.raw`(?:(?:nearly|almost|about|roughly|more\s+than|less\s+than|at\s+least)\s+)?`;
// "Two years after the war" is a length anchored on an event; "two days after," with nothing after it, a point.
const RELWORD = String.raw`(?:ago|earlier|later|(?:before|after)(?=\s*[.,;:)]|\s*$)|afterwards?|from\s+now|hence|previously|back)`;
const CLOCK = String.raw`(?:(?:(?:\d{1,2}(?:[:.]\d{2})?|(?:1[0-2]|0?[1-9])[0-5]\d)\s*(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)|\d{1,2}:\d{2}(?:\s*(?:hrs?|h)\b)?|[01]\d[0-5]\d(?=\s*(?:GMT|UTC|hrs?\b))|(?:12\s+)?(?:noon|midnight|midday)|\d{1,2}(?:\s+o'clock)?\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)|\d{1,2}\s+o'clock)${ZONE})`;

/** The patterns, each with the kind of expression it proposes. Longer matches win over shorter ones. */
const PATTERNS: readonly [ScanKind, string, string?][] = [
  // Calendar dates, with an optional weekday before and a year after.
  [
    "date",
    `(?:${WD},?\\s+)?${HEDGE}${MON}\\s+${DAYNUM}(?:\\s*(?:,|of)?\\s*(?:${YEAR}|'\\d\\d)(?!\\d|,\\d)|,?\\s+${ERA_YEAR})?` +
      `(?:,?\\s+${WD})?`,
  ],
  // The second of two days of one month: "25" in "April 24 and 25" (the reading takes the month from before it).
  ["date", `(?<=${MON}\\s+${DAYNUM}\\s+(?:and|or|&)\\s+)${DAYNUM}(?!\\s*(?:%|percent|per\\s+cent))`],
  // Days of one month: "July 1–3, 1863", "1-3 July 1863".
  [
    "date",
    `${MON}\\s+${DAYNUM}\\s*[-\u2013]\\s*${DAYNUM}(?:,?\\s+${YEAR})?|${DAYNUM}\\s*[-\u2013/]\\s*${DAYNUM}\\s+${MON}(?:,?\\s+${YEAR})?`,
  ],
  ["date", `(?:${WD},?\\s+)?(?:the\\s+)?${DAYNUM}(?:\\s+of)?\\s+${MON}(?:,?\\s+${YEAR}(?!\\d)|,?\\s+${ERA_YEAR})?`],
  [
    "date",
    `${HEDGE}${MON},?\\s+(?:of\\s+)?(?:${YEAR}(?!\\d)|'\\d\\d\\b|(?:this|last|next|that|the\\s+(?:following|next|previous|preceding|same))\\s+year)`,
  ],
  ["date", `(?:${DEICTIC}\\s+)?${HEDGE}${CAPITAL_MONTH}(?!\\s+of\\s+the\\s+[A-Z])`, "month"],
  [
    "date",
    String.raw`\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?`,
  ],
  // Years, decades, eras, centuries.
  [
    "date",
    // "The" goes with a decade ("the 1990s") or a fiscal year, not with a year qualifying a noun ("the 2024 election").
    `(?:the\\s+(?=fiscal|calendar|model|early|mid|late|\\d{4}'?s\\b))?(?:fiscal(?:\\s+year)?\\s+|calendar\\s+|model\\s+year\\s+)?` +
      `${HEDGE}${YEAR}(?:'?s)?(?![\\d,.]\\d|\\s*%)`,
  ],
  ["date", `the\\s+year\\s+${YEAR}(?![\\d,.]\\d)`],
  ["date", String.raw`(?:the\s+)?${HEDGE}'\d0s`],
  // A three-digit year after a preposition, "in 410": findDates keeps it only in a story, where the reading finds
  // era words around it (alone, "410" is an ISO decade and "in 300 cities" no date).
  [
    "date",
    String.raw`(?<=\b(?:in|since|until|from|around|circa|c\.)\s+)[1-9]\d{2}(?=\s*(?:[.,;:)]|$)|\s+(?:by|and|or|when|as|after|before|until|while|with|at|on|the|a|an|he|she|it|they|his|her|its|their)\b)`,
  ],
  // The first year of a range whose era is written once: "264" in "from 264 to 146 BC".
  ["date", `\\d{1,4}(?=\\s*(?:-|\u2013|to|and|or|until)\\s*\\d{1,4}\\s+${ERA}(?!\\w))`],
  [
    "date",
    `(?:(?:c\\.|ca\\.|circa)\\s*)?(?:\\d{1,3}(?:,\\d{3})+|\\d{1,6})\\s+${ERA}(?!\\w)|(?:AD|A\\.D\\.)\\s+\\d{1,4}\\b`,
  ],
  ["date", `(?:the\\s+)?${HEDGE}${ORD}[\\s-](?:century|millennium)(?:\\s+${ERA}(?!\\w))?`],
  // Seasons, quarters, halves.
  // "Fall" alone is mostly the verb: the season needs a determiner or a year.
  [
    "date",
    `(?:${DEICTIC}\\s+|the\\s+)${HEDGE}${SEASON}(?:\\s+(?:of\\s+)?${YEAR})?|${HEDGE}${SEASON}\\s+(?:of\\s+)?${YEAR}`,
  ],
  ["date", `${HEDGE}(?:spring|summer|autumn|winter)(?!\\s+(?:semester|term|collection|camp|school))`],
  ["date", `${YEAR}\\s+${SEASON}`],
  // "The year ended Sept. 30" is a fiscal year: a length (before the next pattern, which it ties with).
  ["duration", String.raw`the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending))`],
  // A unit with "the" after a preposition names the current one ("for the quarter", "over the weekend").
  [
    "date",
    String.raw`(?<=\b(?:for|in|during|over|of|through|throughout|ahead\s+of|since|until|by|before|after)\s+)the\s+(?:fiscal\s+|full\s+)?(?:quarter|year|weekend|week|month|period)(?!\s+to\s+date)`,
  ],
  ["date", String.raw`(?:around\s+)?year[\s-]end`],
  ["date", String.raw`(?:the\s+)?(?:current|latest|previous|prior|next|coming|this|last)\s+fiscal\s+year`],
  // Anaphors: read against the last date mentioned before them.
  ["date", `(?:(?:later|earlier)\\s+)?(?:that|the\\s+same)\\s+(?:same\\s+)?(?:${UNIT}|${PART}|${SEASON})`],
  // A day of the month alone: "on the 14th".
  ["date", String.raw`(?<=\bon\s+)the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b`],
  // Years in words, alone or after a month: "nineteen ninety-six", "January nineteen ninety-seven".
  // "Two thousand years" is a length, not the year 2000.
  ["date", `(?:${MON}\\s+)?${SPELLED_YEAR}(?!\\s+years?\\b)`],
  [
    "date",
    // "The" stays with the noun a hyphenated quarter qualifies ("the third-quarter results").
    String.raw`(?:the\s+(?![\w]+-(?:quarter|half)\b))?(?:(?:(?:this|last|next)\s+year|${DEICTIC}|${YEAR}|year-(?:ago|earlier)|fiscal|latest|current|same)(?:'s)?\s+)?(?:fiscal[\s-])?(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-](?:fiscal[\s-])?(?:quarter|half)(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:${YEAR}|this year|last year|next year))?`,
  ],
  [
    "date",
    String.raw`(?:the\s+)?(?:latest|current|most\s+recent|just-ended|last\s+year's|year-ago|year-earlier|comparable|corresponding|same|recent|fiscal|${YEAR})\s+(?:year-(?:ago|earlier)\s+)?(?:quarter|period)(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?`,
  ],
  ["date", String.raw`\bQ[1-4](?:\s+${YEAR})?\b`],
  ["date", String.raw`(?:the\s+)?year-(?:ago|earlier)\s+(?:quarter|period)|year-(?:ago|earlier)`],
  // After a preposition of extent, "the past decade" is the stretch it measures ("routine over the past decade"), as
  // TIMEX3 annotates it (P10Y), not the calendar decade before this one; so is "the past year" anywhere ("prices rose
  // in the past year"), unless "of" makes it part of something ("the last week of June"). "Last week" without "the"
  // is the calendar week. Before the deictic pattern they tie with.
  [
    "duration",
    String.raw`(?<=\b(?:over|during|throughout|within)\s+)the\s+(?:past|last|next|coming|previous)\s+(?:decade|year|month|week|century|quarter|day)|the\s+(?:past|last)\s+(?:year|month|week|quarter)(?!\s+of\b)`,
  ],
  // Relative to the reference.
  ["date", `${HEDGE}${DEICTIC}\\s+(?:${UNIT}|${WD}|${SEASON})`],
  ["date", `${ABOUT}(?:${NUM}|several|a\\s+few)[\\s-]${UNIT_S}(?:\\s+or\\s+so)?\\s+${RELWORD}`],
  // "The day after" alone counts from the reference; "the day after his death" from an event the text does not date.
  [
    "date",
    String.raw`(?:the\s+)?(?:day|night|week|month|year)\s+(?:before|after)(?:\s+(?:yesterday|tomorrow)|(?=\s*[.,;:)]|\s*$))`,
  ],
  // A day next to a named one, a week around a date: "the day before last Tuesday", "the week of March 6".
  [
    "date",
    `(?:the\\s+)?(?:day\\s+(?:before|after)|week\\s+(?:of|beginning|starting|ending))\\s+` +
      `(?:(?:(?:last|next|this)\\s+)?${WD}|${MON}\\s+${DAYNUM}(?:,?\\s+${YEAR})?|${DAYNUM}\\s+${MON}(?:,?\\s+${YEAR})?|${HOLIDAY}(?:,?\\s+${YEAR})?)`,
  ],
  [
    "date",
    // "Mid-afternoon yesterday": the part of the day may come first.
    String.raw`(?:(?:early|late|earlier|later|mid-?)\s*(?:${PART}\s+)?)?(?:today|yesterday|tomorrow|tonight)(?:\s+${PART})?|\bovernight\b`,
  ],
  ["date", `(?:this|that|the\\s+same|the\\s+next|the\\s+following|the\\s+previous|last)\\s+${PART}`],
  [
    "date",
    `(?:the\\s+(?:early|late)\\s+hours|the\\s+${PART})\\s+of\\s+(?:${WD}(?:\\s+${PART})?(?:,?\\s+(?:${MON}\\s+${DAYNUM}|${DAYNUM}\\s+${MON}))?|${MON}\\s+${DAYNUM}(?:,?\\s+${YEAR})?|${DAYNUM}(?:\\s*[-\u2013/]\\s*${DAYNUM})?\\s+${MON}(?:,?\\s+${YEAR})?)`,
  ],
  ["date", `(?:(?:this|last|next|coming|past)\\s+|(?:early|late)\\s+)?${WD}(?:'s)?(?:\\s+(?:early|late)?\\s*${PART})?`],
  ["date", `(?:(?:last|next|this)\\s+)?${HOLIDAY}(?:\\s+week)?(?:,?\\s+${YEAR})?`],
  [
    "date",
    String.raw`(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+the\s+(?:month|year|week|quarter)|(?:month|year)(?:'s|-)\s*end`,
  ],
  // A relative day with the date it meant in brackets: "yesterday (July 21)", "last night [10 October]".
  [
    "date",
    `(?:yesterday|today|tomorrow|tonight|last\\s+night|${WD}(?:\\s+${PART})?)\\s*[([]\\s*` +
      `(?:${MON}\\s+${DAYNUM}|${DAYNUM}\\s+${MON})(?:,?\\s+${YEAR})?\\s*[)\\]]`,
  ],
  // Clock times, with the day they fall on.
  [
    "date",
    `(?:shortly\\s+(?:before|after)\\s+|about\\s+|around\\s+)?${CLOCK}(?:\\s+local\\s+time)?(?:,?\\s+(?:on\\s+)?(?:${WD}|today|yesterday|tomorrow|${MON}\\s+${DAYNUM}|${DAYNUM}\\s+${MON}))?`,
  ],
  // References to the present, past and future.
  // "The past" is a reference unless a count or a unit follows ("the past three summers" is a length).
  [
    "reference",
    String.raw`\b(?:${REFERENCE}(?<!the\s+past)|the\s+past(?!\s+(?:[\w-]+\s+){0,2}(?:${UNIT}|summer|winter|spring|autumn|fall)s?\b))\b`,
  ],
  // "Recent years" names the recent past as a period of its own, not a counted stretch (TimeBank: PAST_REF).
  ["reference", String.raw`recent\s+years`],
  // Lengths of time: counted units, bare plural units after a preposition.
  // "A second round", "a quarter of the vote", "three-quarters": ordinals and fractions, not lengths.
  [
    "duration",
    // "The" stays with the noun a hyphenated length qualifies ("the five-hour meeting"), not with the length.
    `(?:the\\s+(?![\\w.]+-${UNIT}))?(?:(?:past|last|next|first|previous|coming|final|following|remaining|entire|whole|full|same)\\s+)?${ABOUT}(?!(?:a|one)\\s+(?:second|quarter)\\b|\\w+-quarters)(?:\\d+\\s+1/2|${NUM}|\\d+(?:\\.\\d+)?|several|a\\s+few|few|many|a\\s+half)(?:[\\s-]and[\\s-]a[\\s-]half)?(?:\\s+more)?[\\s-]${UNIT_S}(?:\\s+and\\s+a\\s+half)?(?:[\\s-](?:long|old))?`,
  ],
  [
    "duration",
    // "Recent years" is a stretch of a vague number of years back (TIMEX3 "PXY"), like "the past few years".
    String.raw`(?:the\s+)?(?:past|last|next|previous|coming|following|first|(?:most\s+)?recent)\s+(?:several\s+|few\s+)?(?:days|weeks|months|years|decades|hours)`,
  ],
  [
    "duration",
    String.raw`(?<=\b(?:for|over|within|in|after|taking|took|take|lasted|last)\s+)(?:hours|days|weeks|months|years|decades|centuries|half\s+an\s+hour|an\s+hour)`,
  ],
  // "Over the years", "in the weeks ahead", "in the years that followed": a stretch of a vague length (TIMEX3 PXY).
  [
    "duration",
    String.raw`(?<=\b(?:over|through|throughout|during|in|for)\s+)the\s+(?:days|weeks|months|years|decades)(?:\s+(?:ahead|to\s+come)|(?=\s+(?:that\s+followed|since)\b|\s*[.,;:)]|\s*$))`,
  ],
  ["duration", String.raw`\d+-(?:year|month|week|day|hour|minute)-old|aged\s+\d{1,3}\b`],
  ["duration", `(?:(?:\\d+|(?!an?\\b)${NUM})[\\s-])?${UNIT_S}-long`],
  // Frequencies.
  [
    "set",
    String.raw`\b${SCANNED_FREQUENCY}\b|(?:every|each)\s+(?:other\s+)?(?:${NUM}\s+)?${UNIT_S}|(?:every|each)\s+${WD}(?:\s+${PART})?|(?:every|each)\s+(?!may\b)${FULL_MONTH}|(?:once|twice|\w+\s+times)\s+(?:a|per)\s+${UNIT}|(?<=%\s*|percent\s+)(?:a|per)\s+(?:year|month|week|day)\b`,
  ],
];

// Built once, at import, by a call a bundler may drop when the scan is never used.
const COMPILED = /*#__PURE__*/ PATTERNS.map(([kind, source, flag]) => ({
  kind,
  // Bare month names must be written capitalized ("May" the month, "may" the verb).
  re: new RegExp(`(?<![\\w'-])(?:${source})(?!\\w|-[a-z])`, flag === "month" ? "g" : "gi"),
}));

/**
 * The proposed extents of the text, in text order and never overlapping one
 * another: where candidates overlap, the longest that `accept` takes wins, so
 * a shorter reading still counts when a longer one does not read.
 */
export function scanDates(text: string, accept: (span: ScanSpan) => boolean = () => true): ScanSpan[] {
  const found: ScanSpan[] = [];
  for (const { kind, re } of COMPILED) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const raw = m[0];
      // TimeML leaves a possessive out of the extent ("Friday's" → "Friday"); the reading sees it after the span.
      const trimmed = raw.replace(/[\s,]+$/, "").replace(/['\u2019]s$/, "");
      if (trimmed.length === 0) continue;
      found.push({ start: m.index, end: m.index + trimmed.length, kind });
    }
  }
  // Longest first; among equals, the earlier pattern (the order of PATTERNS) wins.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: ScanSpan[] = [];
  const covered = new Uint8Array(text.length);
  for (const s of found) {
    if (covered.subarray(s.start, s.end).includes(1) || !accept(s)) continue;
    covered.fill(1, s.start, s.end);
    taken.push(s);
  }
  return taken.sort((a, b) => a.start - b.start);
}

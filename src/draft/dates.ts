/**
 * findDates: every date and time expression in running text, with its exact
 * span, its reading and what it was read against.
 */
import { analyzeAt, type DateAnalysis, type DateProblem } from "../data/dates/analyze.js";
import { toWhen } from "../data/dates/index.js";
import { tenseOf } from "../data/dates/tense.js";
import type { When } from "../data/types.js";
import { notATime } from "./datesNot.js";
import { namesQuarter, quarterFramed, type NamedQuarter } from "./datesQuarter.js";
import { inStoryYear, weekdayReference, yearless } from "./datesStory.js";
import { scanDates, type ScanSpan } from "./datesScan.js";
import { durationValue, referenceValue, setValue, timexOf, type ReferenceValue } from "./datesValue.js";

export type { ReferenceValue } from "./datesValue.js";

/** What a date was read against: the publication date, an earlier date of the story, or nothing but its own words. */
export type DateAnchor = "published" | "narrative" | "self";

/** Where an expression is: `text === source.slice(start, end)`, offsets in UTF-16 code units. */
export interface MentionSpan {
  /** The expression exactly as written. */
  text: string;
  /** First code unit of the expression in the text. */
  start: number;
  /** One past its last code unit. */
  end: number;
}

/** A calendar point or span: "Friday", "Aug. 7, 1998", "the third quarter", "10:30 a.m. EDT". */
export interface DatePointMention extends MentionSpan {
  type: "date";
  when: When;
  /** The TIMEX3 value of `when` at its precision ("1998-08-07", "1998-Q3", "1998-08-07TNI"). */
  value: string;
  anchor: DateAnchor;
  /** The span of the earlier date it was read against, when `anchor` is "narrative". */
  anchorSpan?: [number, number];
  /**
   * What the reading found doubtful, as `analyzeDate` reports it: a weekday that contradicts the date, or
   * a text that reads two ways ("02/12/2025"; `when` is then the first candidate). Absent when nothing is.
   */
  problems?: DateProblem[];
}

/** A length of time ("three days", "a 16-hour shift", "the past two years"): ISO 8601 duration, "PXY" when vague. */
export interface DurationMention extends MentionSpan {
  type: "duration";
  value: string;
  /** The length is someone's or something's age ("a 52-year-old", "aged 27"): no event lasted it. */
  age?: true;
}

/** A frequency ("daily", "every two weeks", "twice a year"): the period, as a TIMEX3 SET value. */
export interface SetMention extends MentionSpan {
  type: "set";
  value: string;
}

/** A reference to the present, past or future that names no calendar point ("now", "recently", "the future"). */
export interface ReferenceMention extends MentionSpan {
  type: "reference";
  value: ReferenceValue;
}

/** One expression found by {@link findDates}. */
export type DateMention = DatePointMention | DurationMention | SetMention | ReferenceMention;

/** Options of {@link findDates}. */
export interface FindDatesOptions {
  /** The publication date: what "yesterday" and "Friday" resolve against in news. An ISO string, epoch ms, Date or When. */
  published: string | number | Date | When;
  /** IANA zone in which clock times without a written zone are read. */
  timeZone?: string;
  /**
   * "news" (the default) reads relative dates against the publication date, and follows the story's own dates only
   * where the text moves away from it ("three days later"); "narrative" (history, biography) reads each date against
   * the last full date the story gave.
   */
  mode?: "news" | "narrative";
}

const AGE = /[\s-]old$|^aged\s/i;
// The second end of a range with its year: "to September 1940", "– June 12, 1940", "until 3 July 1863".
const RANGE_YEAR =
  /^\s*(?:to|until|till|through|thru|-|\u2013)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+)\.?,?\s+(\d{4})\b/;
// A month and day, then "and": what a day number after it shares ("April 24 and 25").
const COORDINATED = /\b([A-Z][a-z]{2,8})\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:and|or|&)\s+$/;
// Only "In", "By" or "During" between a sentence's start and the date: the date sets the scene.
const FRONTED = /(?:^|[.!?]['"\u201d]*\s+|\n\s*)(?:In|By|During|Early\s+in|Late\s+in)\s+$/;
// A day that opens its sentence, maybe after "On": "On the morning of 18 June 1815, …", "Yesterday, …".
const FRONTED_DAY = /(?:^|[.!?]['"\u201d]*\s+|\n\s*)(?:(?:On|In|At|By|During|Early|Late)\s+)?$/;
const BEFORE = 400;
const SAME_SENTENCE = 100;
const AFTER = 200;
// A dated story moves the anchor; these expressions read from it rather than from the publication.
const FOLLOWS_STORY =
  /\b(?:later|[\w-]+ (?:days?|weeks?|nights?) earlier|afterwards?|after that|(?:the (?:next|following|previous|same|preceding)|that) (?:day|morning|afternoon|evening|night|week|month|year|spring|summer|autumn|fall|winter))\b/i;
// How far back an explicit date still anchors the next one in news: a paragraph.
const NEWS_REACH = 600;
const FAR_FROM_PUBLICATION = 45 * 86_400_000;

interface Anchor {
  when: When;
  start: number;
  end: number;
  /** Reached by reading against the story, not written out in full. */
  counted?: boolean;
  /** Opens its sentence ("In 1862, the army…"): a scene the sentences after it are set in. */
  fronted?: boolean;
}

interface Reader {
  text: string;
  published: When;
  timeZone: string | undefined;
  narrative: boolean;
  last: Anchor | null;
  /** The day read just before, for a clock time written right after it ("Friday at 10:30 a.m."). */
  day: Anchor | null;
  /** The quarter named last, which "a year earlier" and "the latest period" count from. */
  quarter: NamedQuarter | null;
}

/** Reads the span at its place; `from` cuts the text before it, so an anaphor finds no mention before the anchor. */
function analyze(r: Reader, s: ScanSpan, reference: When | null, from = 0): DateAnalysis {
  const near = {
    before: r.text.slice(Math.max(0, s.start - BEFORE, from), s.start),
    after: r.text.slice(s.end, s.end + AFTER),
  };
  const options = {
    reference: reference ?? r.published,
    ...(r.timeZone !== undefined ? { timeZone: r.timeZone } : {}),
  };
  const words = r.text.slice(s.start, s.end);
  // A day number after "April 24 and" is a day of that month: it is read with the month written before it.
  const month = /^\d{1,2}(?:st|nd|rd|th)?$/.test(words) ? COORDINATED.exec(near.before)?.[1] : undefined;
  if (month) return analyzeAt(`${month} ${words}`, near, options);
  // The first end of a range takes the year written once after the second: "From May to September 1940".
  const year = yearless(words) ? RANGE_YEAR.exec(near.after)?.[1] : undefined;
  if (year) return analyzeAt(/\d/.test(words) ? `${words}, ${year}` : `${words} ${year}`, near, options);
  return analyzeAt(words, near, options);
}

/** True when the expression reads the same against any reference: it names its own year. */
function selfAnchored(r: Reader, s: ScanSpan, when: When): boolean {
  const far = toWhen("1901-06-15");
  const other = far ? analyze(r, s, far).when : null;
  return other !== null && other.iso === when.iso;
}

const yearOf = (when: When): number => new Date(when.earliest).getUTCFullYear();

/**
 * The earlier date this expression should be read against, or null for the publication date. In news, only where
 * the text has moved away from the publication: words that count from the story ("three days later") after a date
 * far from it, or a month (and day) without a year after a date of another year.
 */
function anchorFor(r: Reader, s: ScanSpan, words: string): Anchor | null {
  const last = r.last;
  if (!last) return null;
  if (r.narrative) return last;
  if (s.start - last.end > NEWS_REACH) return null;
  // A year or month named in passing ("up from 1988", "since October 1988") does not move the story; a full date, a
  // season it is in ("that summer"), a point it reached by counting ("four years later"), or a date that opens its
  // sentence and sets the scene ("In 1862, the army crossed…") does.
  // A year with nothing but "on" or a comma before the date refines it: "in AD 79, on 24 August".
  const refined = last.when.precision === "year" && /^\s*,?\s*(?:on|in)?\s*$/.test(r.text.slice(last.end, s.start));
  const moved =
    last.when.precision === "day" ||
    last.when.precision === "season" ||
    last.counted === true ||
    last.fronted === true ||
    refined;
  // A month (and day) without a year after a date of another year stays in that year, unless the clause looks ahead
  // ("In December it will list its shares" is the publication's December).
  if (yearless(words) && moved && yearOf(last.when) !== yearOf(r.published)) {
    const near = {
      before: r.text.slice(Math.max(0, s.start - BEFORE), s.start),
      after: r.text.slice(s.end, s.end + AFTER),
    };
    return tenseOf(near) === "future" ? null : last;
  }
  // "The city fell on the 16th": the day of the month the text last named.
  if (/^the\s+\d{1,2}(?:st|nd|rd|th)$/i.test(words) && /^(?:day|month)$/.test(last.when.precision)) return last;
  if (!FOLLOWS_STORY.test(words)) return null;
  const gap = Math.abs(last.when.earliest - r.published.earliest);
  return gap > FAR_FROM_PUBLICATION ? last : null;
}

/** The TIMEX3 value of a date: a weekend is written as its ISO week with "-WE". */
function valueOf(when: When, words: string): string {
  const v = timexOf(when);
  // TIMEX3 writes midnight as the end of the day it closes: "midnight Friday" is Friday T24:00, not Saturday T00:00.
  const end = /midnight/i.test(words) ? /^(\d{4})-(\d{2})-(\d{2})T00:00$/.exec(v) : null;
  if (end) {
    const day = new Date(Date.UTC(Number(end[1]), Number(end[2]) - 1, Number(end[3]) - 1));
    return `${day.toISOString().slice(0, 10)}T24:00`;
  }
  // A half of a year has a TIMEX3 value of its own ("1989-H2"); the When keeps the year, qualified early or late.
  const half = when.precision === "year" ? /\b(first|second|last|latter)\s+half\b/i.exec(words) : null;
  if (half) return `${v}-H${/^first$/i.test(half[1] ?? "") ? 1 : 2}`;
  return when.precision === "week" && /weekend/i.test(words) ? `${v}-WE` : v;
}

/** A day written just before a clock time, with nothing but "at", "on" or a comma between them. */
function dayBefore(r: Reader, s: ScanSpan): Anchor | null {
  const d = r.day;
  if (!d) return null;
  const between = r.text.slice(d.end, s.start);
  if (/^\s*,?\s*(?:at|on)?\s*$/.test(between)) return d;
  // Or earlier in the same sentence, when that day opens it and so dates the whole sentence ("On the morning of 18
  // June 1815, at Waterloo, the battle began at about 11.30 a.m."); a day inside a list or a clause dates only that.
  return d.fronted && between.length <= SAME_SENTENCE && !/[.!?;]\s/.test(between) ? d : null;
}

// A day written right after a clock time, past a bracketed conversion or the bracket that holds the time:
// "10:35 a.m. (0735 GMT) Friday".
const DAY_AFTER =
  /^\s*(?:\([^()]{1,30}\)|\))\s*,?\s*(?:on\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow)\b/i;

/** The day named right after a clock time and its bracketed conversion, read where it is written. */
function dayAfter(r: Reader, s: ScanSpan): Anchor | null {
  const m = DAY_AFTER.exec(r.text.slice(s.end, s.end + 60));
  if (!m?.[1]) return null;
  const start = s.end + m[0].length - m[1].length;
  const end = s.end + m[0].length;
  const when = analyze(r, { start, end, kind: "date" }, null).when;
  return when && when.precision === "day" ? { when, start, end } : null;
}

/** The sentence around a span, as far as 80 code units each side. */
function clauseAt(text: string, s: ScanSpan): string {
  const before =
    text
      .slice(Math.max(0, s.start - 80), s.start)
      .split(/[.!?;]\s/)
      .pop() ?? "";
  return before + text.slice(s.start, s.end) + (text.slice(s.end, s.end + 80).split(/[.!?;]\s/)[0] ?? "");
}

function readDate(r: Reader, s: ScanSpan, words: string): DateMention | null {
  const span = { text: words, start: s.start, end: s.end };
  let anchor = anchorFor(r, s, words);
  // "The following day" counts from the anchor: a mention before the anchor, read again against it, could land in
  // another year. An anaphor that needs a mention ("that winter" after "the 14th") still gets the text before.
  const cut = anchor && FOLLOWS_STORY.test(words) ? anchor.start : 0;
  let a = analyze(r, s, anchor ? anchor.when : null, cut);
  if (cut > 0 && a.kind === "none") a = analyze(r, s, anchor ? anchor.when : null);
  // In a story a bare weekday moves on from the day it reached: the next such weekday, not the last one before it.
  const onward = anchor ? weekdayReference(words, anchor.when, clauseAt(r.text, s)) : null;
  if (onward) a = analyze(r, s, onward);
  const day = a.rule === "clock-time" ? (dayBefore(r, s) ?? dayAfter(r, s)) : null;
  if (day) {
    anchor = day;
    a = analyze(r, s, day.when);
  }
  if (a.kind === "duration" || a.kind === "set") return readLength(s, words, a.kind);
  const ref = referenceValue(words);
  if (ref) return { type: "reference", value: ref, ...span };
  const read = a.when ?? a.problems[0]?.candidates?.[0];
  if (!read) return null;
  const followed = r.text.slice(s.end, s.end + 10);
  const when = quarterFramed(r.quarter, words, read, s.start, r.text, r.published);
  if (when.precision === "quarter" && namesQuarter(words, followed)) r.quarter = { when, end: s.end };
  const doubts = a.problems.length > 0 ? { problems: a.problems } : {};
  if (when.precision === "day") {
    const fronted = FRONTED_DAY.test(r.text.slice(Math.max(0, s.start - 40), s.start));
    r.day = { when, start: s.start, end: s.end, ...(fronted ? { fronted } : {}) };
  }
  if (!day && selfAnchored(r, s, when)) {
    // A full date, month, season, quarter or year the text names moves the story there (a decade is too wide).
    if (/^(?:day|week|month|season|quarter|year)$/.test(when.precision)) {
      // "In the 1988 period" compares; "In 1862" or "In March 1863" sets the scene.
      const fronted =
        !/^the\s+(?!year\b)/i.test(words) && FRONTED.test(r.text.slice(Math.max(0, s.start - 40), s.start));
      r.last = { when, start: s.start, end: s.end, ...(fronted ? { fronted } : {}) };
    }
    return { type: "date", when, value: valueOf(when, words), anchor: "self", ...doubts, ...span };
  }
  if (!anchor) return { type: "date", when, value: valueOf(when, words), anchor: "published", ...doubts, ...span };
  const placed = inStoryYear(words, anchor.when, when, clauseAt(r.text, s));
  // The story moves on: the next relative date counts from this one ("four years later, on April 14").
  if (/^(?:day|week|month|season|quarter|year)$/.test(placed.precision))
    r.last = { when: placed, start: s.start, end: s.end, counted: true };
  return {
    type: "date",
    when: placed,
    value: valueOf(placed, words),
    anchor: "narrative",
    anchorSpan: [anchor.start, anchor.end],
    ...doubts,
    ...span,
  };
}

/** Whether a proposed extent reads at all (against the publication), so that a longer one that does not leaves room. */
function readable(r: Reader, s: ScanSpan): boolean {
  if (notATime(r.text, s)) return false;
  const words = r.text.slice(s.start, s.end);
  // A bare three-digit year is read in a story only: news numbers are counts.
  if (/^\d{3}$/.test(words)) return r.narrative && analyze(r, s, null).rule === "short-year";
  if (s.kind === "reference") return referenceValue(words) !== null;
  if (s.kind === "set") return setValue(words) !== null;
  if (s.kind === "duration") return durationValue(words) !== null;
  try {
    const a = analyze(r, s, null);
    if (a.kind === "duration") return durationValue(words) !== null;
    if (a.kind === "set") return setValue(words) !== null;
    return a.when !== null || (a.problems[0]?.candidates?.length ?? 0) > 0 || referenceValue(words) !== null;
  } catch {
    return false;
  }
}

function readLength(s: ScanSpan, words: string, kind: "duration" | "set"): DateMention | null {
  const span = { text: words, start: s.start, end: s.end };
  if (kind === "set") {
    const value = setValue(words);
    return value ? { type: "set", value, ...span } : null;
  }
  const value = durationValue(words);
  if (!value) return null;
  return AGE.test(words) ? { type: "duration", value, age: true, ...span } : { type: "duration", value, ...span };
}

/**
 * Finds every date and time expression in running text: calendar dates and
 * times (read to a {@link When}), durations, frequencies and references to
 * the present, past or future (typed, with TIMEX3-style values, never read
 * as calendar points). Spans are exact UTF-16 offsets into `text`. Never throws.
 *
 * @example
 * ```ts
 * const found = findDates("The siege began on March 3, 1854. On June 10 the city fell; twelve days later the garrison left.",
 *   { published: "2025-12-02", mode: "narrative" });
 * found.map((d) => d.type === "date" ? d.value : d.type); // ["1854-03-03", "1854-06-10", "1854-06-22"]
 * findDates("Talks lasted three days.", { published: "2025-12-02" })[0]; // { type: "duration", value: "P3D", text: "three days", … }
 * ```
 */
export function findDates(text: string, options: FindDatesOptions): DateMention[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const published = toWhen(options.published);
  if (!published) return [];
  const r: Reader = {
    text,
    published,
    timeZone: typeof options.timeZone === "string" ? options.timeZone : undefined,
    narrative: options.mode === "narrative",
    last: null,
    day: null,
    quarter: null,
  };
  const out: DateMention[] = [];
  for (const s of scanDates(text, (c) => readable(r, c))) {
    const words = text.slice(s.start, s.end);
    let found: DateMention | null;
    try {
      if (s.kind === "reference") {
        const value = referenceValue(words);
        found = value ? { type: "reference", value, text: words, start: s.start, end: s.end } : null;
      } else if (s.kind === "date") found = readDate(r, s, words);
      else found = readLength(s, words, s.kind);
    } catch {
      found = null;
    }
    if (found) out.push(found);
  }
  return out;
}

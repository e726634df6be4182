/**
 * The reading of one date expression: normalize the text, peel off hedges,
 * try the rules in order, cross-check weekdays and report ambiguity.
 */
import type { PartOfDay, Qualifier, When } from "../types.js";
import { isoInterval, isoWhen } from "./iso.js";
import { referenceDays, type RefDay } from "./reference.js";
import { around, clause, tenseOf, type Around } from "./tense.js";
import { anaphor, findMention, storyDate, type AnaphorReading } from "./anchor.js";
import { complete } from "./completion.js";
import type { RuleContext, RuleReading, RuleResult } from "./rules/context.js";
import { extentKind } from "./rules/extent.js";
import { applyRules } from "./rules/table.js";
import { yearWhen } from "./when.js";

/** Options of {@link parseDate} and {@link analyzeDate}. */
export interface ParseDateOptions {
  /** What relative expressions resolve against, usually the publication date; may be a span. Defaults to now. */
  reference?: string | number | Date | When;
  /** IANA zone in which clock times without a written zone are read. */
  timeZone?: string;
  /**
   * The text around the expression, containing it (the sentence, or the one before too). The
   * tense nearest the expression sets the direction of the bias; an anaphor ("that year", "then")
   * reads against the last date mentioned before it; a split fragment ("a year" | "earlier") is
   * completed from the words next to it.
   *
   * @example
   * ```ts
   * parseDate("that year", { reference: "2025-12-03", context: "The mill closed in 1987, and exports fell that year." })?.iso; // "1987"
   * parseDate("Friday", { reference: "2025-12-03", context: "Talks will resume Friday." })?.iso; // "2025-12-05"
   * ```
   */
  context?: string;
}

/** Something wrong or uncertain about a date expression. */
export interface DateProblem {
  code: "weekday-mismatch" | "ambiguous-date";
  message: string;
  candidates?: When[];
}

/** The full reading of an expression: its value, its problems and what kind of expression it is. */
export interface DateAnalysis {
  when: When | null;
  problems: DateProblem[];
  kind: "date" | "duration" | "set" | "none";
  /**
   * The rule of the date table that read it ("month-day", "count-ago", "clock-time"…), "iso" for the ISO forms,
   * "anaphor" for "then"; absent when nothing was read. For users debugging a date.
   */
  rule?: string;
}

const MAX_LENGTH = 1000;
const NONE: DateAnalysis = Object.freeze({ when: null, problems: [], kind: "none" });

const HEDGES: readonly [RegExp, Qualifier | undefined][] = [
  [/^(?:(?:about|around|approximately|roughly|circa|sometime|some time|at about|at around)\s+|(?:c|ca)\.\s*(?=\d))/, "about"],
  [
    /^(?:the\s+)?(?:early(?! hours)|beginning of|start of|first half of|first part of|dawn of|opening of)[\s-]+(?:the\s+)?/,
    "early",
  ],
  [/^(?:the\s+)?(?:mid|middle of|midst of)[\s-]+(?:the\s+)?/, "mid"],
  [
    /^(?:the\s+)?(?:late|end(?=-)|end of|close of|latter part of|second half of|last half of|final days of|waning days of)[\s-]+(?:the\s+)?/,
    "late",
  ],
  [/^(?:(?:shortly before|just before|before|until|till|prior to|ahead of)\s+|pre-)/, "before"],
  [/^(?:(?:shortly after|just after|soon after|after|since|beyond)\s+|post-)/, "after"],
  [
    /^(?:on|in|at|during|by|of|from|as of|through|throughout|for|within|earlier|later|a good part of|its|a flat|nearly|almost|just|only|some)\s+/,
    undefined,
  ],
];
const TAILS = /(?:\s+(?:or later|or earlier|and beyond|or so|and later|at the latest|at the earliest))+$/;
const FINANCIAL = /\b(?:a share|net income|profit|earnings|revenue|sales|loss|quarter|results)\b/i;
const LONG_PERIOD = /\b(?:nine|six) months\b|\bfirst half\b|\b(?:full|fiscal) year\b/i;

function clean(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s"'(,]+|[\s"),;:!?]+$/g, "")
    .replace(/(?<!\b[a-z])\.$/, "")
    .replace(/'s$/, "")
    .trim();
}

interface Reading extends RuleReading {
  /** The rule of the table that gave the reading. */
  rule?: string;
}

const isWhenResult = (r: RuleResult): r is When => r !== null && !("ambiguous" in r);

/** Reads a cleaned expression with the rule table; combining rules read their parts through it again. */
function read(s: string, ctx: RuleContext, depth = 0): Reading | null {
  if (depth > 3 || s === "") return null;
  const hit = applyRules(s, ctx, (t, c) => read(t, c, depth + 1));
  return hit ? { ...hit.reading, rule: hit.rule } : null;
}

/** An anaphor read against the last date mentioned before it; null when there is none fine enough. */
function readAnaphor(ana: AnaphorReading, before: string, ctx: RuleContext): Reading | null {
  const mention = findMention(before, ana.needs, (t) => {
    // A story's year is written out with a full date ("March 3, 1854"); a year or month named in passing ("since
    // 1980", "payable Jan. 2") places nothing.
    if (ana.inYear && !/\d{1,2}\D+\d{4}|\d{4}\D+\d{1,2}/.test(t)) return null;
    // The mention has the tense of its own clause, not the anaphor's.
    const tense = tenseOf(around(before, t));
    const r = read(clean(t), { ...ctx, future: tense === "future", past: tense === "past" });
    return r && isWhenResult(r.result) ? r.result : null;
  });
  if (!mention) return null;
  if (ana.inYear) {
    const year = new Date(mention.earliest).getUTCFullYear();
    if (year === ctx.ref.year) return null;
    return read(`${ana.text}, ${year >= 1000 ? year : year >= 1 ? `ad ${year}` : `${1 - year} bc`}`, ctx);
  }
  return ana.itself
    ? { result: mention, problems: [], rule: "anaphor" }
    : read(ana.text, { ...ctx, ref: refFields(mention) });
}

function longPeriod(near: Around): boolean {
  const c = clause(near);
  return LONG_PERIOD.test(c.before) || LONG_PERIOD.test(c.after);
}

function refFields(when: When): RefDay {
  const d = new Date(when.earliest);
  return {
    epoch: when.earliest,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

function finish(when: When, text: string, qualifier: Qualifier | undefined, partOfDay: PartOfDay | undefined): When {
  const out: When = { ...when, text };
  if (qualifier !== undefined) out.qualifier = qualifier;
  if (partOfDay !== undefined) out.partOfDay = partOfDay;
  return out;
}

const ERA_AFTER_RANGE = /^\s*(?:-|\u2013|to|and|or|until)\s*\d{1,4}\s+(b\.?c\.?(?:e\.?)?|a\.?d\.?|c\.?e\.?)(?![a-z])/i;

/** A bare year before "to 146 BC" takes that era; any other bare number is no date in prose. */
function eraRangeStart(s: string, near: Around, written: string): DateAnalysis {
  const m = ERA_AFTER_RANGE.exec(near.after);
  const n = Number(s);
  if (!m || !(n >= 1)) return { ...NONE, problems: [] };
  const when = yearWhen(/^b/i.test(m[1] ?? "") ? 1 - n : n);
  return when
    ? { when: { ...when, text: written }, problems: [], kind: "date", rule: "era-range-start" }
    : { ...NONE, problems: [] };
}

// Era and century words as historians write them; "AD" and "BC" in capitals only, as "ad" is a word.
const ERA_WORDS = /\b(?:A\.D\.|B\.C\.(?:E\.)?|AD|BCE?|CE)(?![\w.])|\bcentur(?:y|ies)\b|\b(?:circa|c\.|ca\.)\s*\d/;

/** Whether a three-digit number here is a year: hedged as one, among era words, or told from before AD 1000. */
function ancient(cleaned: string, near: Around | null, days: readonly RefDay[] | null): boolean {
  if (/^(?:(?:c|ca)\.\s*|circa\s+|the year\s+)\d{3}$/.test(cleaned)) return true;
  if (near && ERA_WORDS.test(near.before.slice(-300) + " " + near.after.slice(0, 300))) return true;
  const year = days?.[0]?.year;
  return year !== undefined && year < 1000;
}

/** Peels hedges ("about", "the late", "shortly after") and tails ("or so") off, keeping the first hedge's qualifier. */
function unhedge(text: string): { rest: string; qualifier: Qualifier | undefined } {
  let s = text;
  let qualifier: Qualifier | undefined;
  for (let i = 0; i < 4; i++) {
    const before = s;
    // "A week or so ago": the hedge sits inside the count.
    s = s.replace(TAILS, "").replace(/\s+or so(?=\s+(?:ago|earlier|later|before|after)$)/, "");
    for (const [re, q] of HEDGES) {
      const m = re.exec(s);
      if (m && m[0].length < s.length) {
        s = s.slice(m[0].length);
        if (q !== undefined && qualifier === undefined) qualifier = q;
        break;
      }
    }
    if (s === before) break;
  }
  return { rest: s, qualifier };
}

/** A bare number after a four-digit year and a dash ends a range of years: "17" in "1915-17" is 1917. */
function rangeHalf(s: string, near: Around, written: string): DateAnalysis {
  const m = /\b(\d{2})(\d{2})\s*[-\u2013]\s*$/.exec(near.before);
  if (!m || s.length !== 2) return { ...NONE, problems: [] };
  const year = Number(m[1] ?? "") * 100 + Number(s);
  const when = year > Number(`${m[1] ?? ""}${m[2] ?? ""}`) ? yearWhen(year) : null;
  return when
    ? { when: { ...when, text: written }, problems: [], kind: "date", rule: "range-half" }
    : { ...NONE, problems: [] };
}

/**
 * The ISO date after a hedge ("before 2025-11-05", "around 2025-12-02T10:00+03:00"),
 * which the rules, written for prose, do not read. `rest` is what is left of
 * `cleaned` once hedges are off; the ISO text is taken from `written` in its
 * own case ("T", "Z" and zone names), so only where cleaning changed nothing
 * but the case and the spaces.
 */
function hedgedIso(written: string, cleaned: string, rest: string, timeZone: string | undefined): When | null {
  const raw = written.trim().replace(/\s+/g, " ");
  const at = cleaned.length - rest.length;
  if (!(at > 0) || raw.toLowerCase() !== cleaned || !cleaned.endsWith(rest)) return null;
  return isoWhen(raw.slice(at), timeZone);
}

/**
 * Reads a date expression and reports what it found: the value, problems
 * (a weekday that contradicts the date, an ambiguity it would not guess) and
 * whether it is a date, a duration or a frequency.
 *
 * @example
 * ```ts
 * analyzeDate("Monday (Dec 2)", { reference: "2025-12-03" }).problems[0]?.code; // "weekday-mismatch"
 * analyzeDate("for five hours").kind; // "duration"
 * analyzeDate("02/12/2025").problems[0]?.code; // "ambiguous-date"
 * analyzeDate("the night of April 18, 1775").rule; // "part-of-day": the rule of the table that read it
 * ```
 */
export function analyzeDate(text: string, options: ParseDateOptions = {}): DateAnalysis {
  try {
    return analyze(text, options, undefined);
  } catch {
    return NONE;
  }
}

/**
 * {@link analyzeDate} for an expression found at a known place in running text: `near` is the
 * text before and after that occurrence, so an earlier occurrence of the same words cannot be
 * taken for it (as finding the expression in a context string would).
 */
export function analyzeAt(text: string, near: Around, options: ParseDateOptions = {}): DateAnalysis {
  try {
    return analyze(text, options, near);
  } catch {
    return NONE;
  }
}

function analyze(text: string, options: ParseDateOptions, given: Around | undefined): DateAnalysis {
  if (typeof text !== "string" || text.length > MAX_LENGTH * 4) return { ...NONE, problems: [] };
  const written = text.trim();
  if (written.length === 0 || written.length > MAX_LENGTH) return { ...NONE, problems: [] };
  const timeZone = typeof options.timeZone === "string" ? options.timeZone : undefined;

  const near = given ?? around(options.context, written);
  // "Wednesday's ruling" as written: a possessive date is read like one with "'s" after it.
  const tense = /['\u2019]s$/.test(written) ? undefined : tenseOf(near);
  const cleaned = clean(written);
  let s = near ? complete(cleaned, near, tense) : cleaned;
  // In running text a bare number of one or two digits is never a century: the second half of a range ("1915-17")
  // is a year, anything else ("aged 27 and 24") no date.
  if (near && /^\d{1,2}$/.test(s)) return rangeHalf(s, near, written);
  // The first year of a range whose era is written once, at its end: "264" in "from 264 to 146 BC".
  if (near && /^\d{1,4}$/.test(s) && ERA_AFTER_RANGE.test(near.after)) return eraRangeStart(s, near, written);
  // A fragment the context completed ("April 24 and 25") is no ISO century.
  const iso =
    s !== cleaned || (/^\d{3}$/.test(s) && ancient(cleaned, near, referenceDays(options.reference, timeZone)))
      ? null
      : (isoWhen(written, timeZone) ??
        (written.includes("/") && /^[\d+-]/.test(written) ? isoInterval(written, timeZone) : null));
  if (iso) return { when: { ...iso, text: written }, problems: [], kind: "date", rule: "iso" };

  const kind = extentKind(s);
  if (kind) return { when: null, problems: [], kind };

  const hedged = unhedge(s);
  s = hedged.rest;
  const qualifier = hedged.qualifier;

  const days = referenceDays(options.reference, timeZone) ?? referenceDays(undefined, undefined);
  if (!days) return { ...NONE, problems: [] };
  const future = tense === "future";
  const past = tense === "past";
  // Earnings reports compare with the same quarter a year before.
  // A clause comparing nine months or a year compares years, not quarters.
  // Only expressions of years and periods read it, so the context is scanned only for them.
  const quarterly =
    near !== null &&
    /year|quarter|period/.test(s) &&
    FINANCIAL.test(near.before + written + near.after) &&
    !longPeriod(near);
  // "may" alone is usually the verb; capitalized as written it is the month.
  const allowMay = /\bMay\b/.test(written);
  const shortYears = /^(?:the year\s+)?\d{3}$/.test(s) && ancient(cleaned, near, days);
  // With a context given, a yearless date is in the year the story last named, unless the clause looks ahead.
  const ana = near ? (anaphor(s, near.before) ?? (given === undefined && !future ? storyDate(s) : null)) : null;
  const readings = days.map((ref) => {
    const ctx: RuleContext = { ref, future, past, quarterly, timeZone, allowMay, shortYears };
    return (ana && near && readAnaphor(ana, near.before, ctx)) || read(s, ctx);
  });

  if (!readings[0]?.result) {
    const iso = hedgedIso(written, cleaned, s, timeZone);
    return iso
      ? { when: finish(iso, written, qualifier, undefined), problems: [], kind: "date", rule: "iso" }
      : { ...NONE, problems: [] };
  }
  return conclude(readings, written, qualifier);
}

/** The analysis from the readings against each day of the reference (two when it is a span). */
function conclude(readings: (Reading | null)[], written: string, qualifier: Qualifier | undefined): DateAnalysis {
  const first = readings[0];
  if (!first?.result) return { ...NONE, problems: [] };
  const rule = first.rule ?? "none";
  if ("ambiguous" in first.result) {
    const candidates = first.result.ambiguous.map((c) => finish(c, written, qualifier, first.partOfDay));
    const message = `"${written}" could be ${candidates.map((c) => c.iso).join(" or ")}`;
    return { when: null, problems: [{ code: "ambiguous-date", message, candidates }], kind: "date", rule };
  }
  const when = finish(first.result, written, qualifier, first.partOfDay);
  const other = readings[1];
  if (other && other.result && isWhenResult(other.result) && other.result.iso !== when.iso) {
    const candidates = [when, finish(other.result, written, qualifier, other.partOfDay)];
    return {
      when: null,
      problems: [
        {
          code: "ambiguous-date",
          message: `"${written}" means ${candidates[0]?.iso} or ${candidates[1]?.iso} depending on the day of the reference`,
          candidates,
        },
      ],
      kind: "date",
      rule,
    };
  }
  return { when, problems: first.problems, kind: "date", rule };
}

/**
 * Turns a date as journalists write it into an exact {@link When}, or null
 * when the text is not a date (durations and frequencies included). Never throws.
 *
 * @example
 * ```ts
 * parseDate("Tuesday (Dec 2)", { reference: "2025-12-03" })?.iso; // "2025-12-02"
 * parseDate("last week", { reference: "2025-12-03" })?.iso;       // "2025-W48"
 * parseDate("18:00 MSK", { reference: "2025-12-02" })?.iso;       // "2025-12-02T18:00+03:00"
 * parseDate("1962–64")?.iso;                                  // "1962/1964": a span of years, one interval
 * ```
 */
export function parseDate(text: string, options?: ParseDateOptions): When | null {
  return analyzeDate(text, options).when;
}

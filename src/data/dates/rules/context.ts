import type { PartOfDay, When } from "../../types.js";
import type { RefDay } from "../reference.js";

/** What every rule resolves against. */
export interface RuleContext {
  ref: RefDay;
  /** Future tense in the surrounding sentence: resolve forward instead of back. */
  future: boolean;
  /** Past tense marks the clause: a yearless date is the latest occurrence not after the reference. */
  past: boolean;
  /** The surrounding text speaks of quarters (earnings): "a year ago" then names a quarter. */
  quarterly: boolean;
  timeZone: string | undefined;
  /** The text wrote "May" capitalized, so a bare "may" is the month, not the verb. */
  allowMay: boolean;
  /**
   * A bare three-digit number is a year: the text was hedged as one ("c. 410"), names an era or a century around
   * it, or the reference itself is before AD 1000. Otherwise "410" is left to ISO, where it is a decade.
   */
  shortYears?: boolean;
}

/** A rule's answer: a When, or several candidates when the text itself is ambiguous. */
export type RuleResult = When | { ambiguous: When[] } | null;

/**
 * Picks, among yearly recurrences of a calendar position, the one nearest the
 * reference, where distance on the disfavoured side counts `BIAS` times: news
 * mostly reports the past, so "Oct. 23" in May is last October, while "Jan. 2"
 * in November is still the coming January. A future marker is written evidence,
 * the past lean only a habit, so under one the past side counts twice that:
 * "will fly in December" said in March is the coming December, while "figures
 * for February will be out Friday" said in March is still the February just past.
 */
export const BIAS = 2;

export function biasedPick<T>(
  candidates: readonly T[],
  distance: (c: T) => number,
  { future, past }: { future: boolean; past: boolean },
  bias = BIAS,
): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = distance(c);
    if (past && d > 0) continue;
    const score = d <= 0 ? (future ? -d * bias * 2 : -d) : future ? d : d * bias;
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** The parts of a reading besides its value: problems found and a part of the day. */
export interface RuleReading {
  result: RuleResult;
  problems: { code: "weekday-mismatch" | "ambiguous-date"; message: string; candidates?: When[] }[];
  partOfDay?: PartOfDay;
}

/** Reads a sub-expression with the whole table (for rules that combine a day with a time or a weekday). */
export type ReadFn = (s: string, ctx: RuleContext) => RuleReading | null;

/**
 * One rule of the date table: a name (reported by `analyzeDate(text).rule`),
 * a pattern with named groups, examples that run as tests, and how a match
 * resolves. `resolve` returns null when the match names no real date; the
 * next rule is then tried.
 */
export interface DateRule {
  name: string;
  pattern: RegExp;
  /** [text, reference, expected iso or null]; the text must be read by this rule. */
  examples: readonly (readonly [text: string, reference: string, iso: string])[];
  resolve(
    g: Readonly<Record<string, string | undefined>>,
    ctx: RuleContext,
    read: ReadFn,
    m: RegExpExecArray,
  ): RuleResult | RuleReading;
}

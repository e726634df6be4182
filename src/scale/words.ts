/**
 * The words that place a date: hedges ("before Dec 2", "c. 1990") and the
 * part of the day ("Dec 2 (evening)"). They come from the chart's labels, so
 * a translation sets them; the part of the day also has a default in every
 * locale, from Intl's `dayPeriod` ("abends", "du soir"), since Intl knows
 * those words and does not know "before" or "about".
 */
import type { PartOfDay, Qualifier } from "../data/types.js";
import type { EraWords } from "./years.js";

/** Era words and, when the caller has them (a chart's labels do), the words of hedges and parts of the day. */
export interface DateWords extends EraWords {
  /** A hedged date: "before Dec 2, 2025", "mid-1990s"; in `short` forms (marks, tooltips) "c. 1990". */
  hedge?: (date: string, qualifier: Qualifier, short: boolean) => string;
  /** A date with its part of the day; `period` is the locale's word for it ("evening", "abends"). */
  partOfDay?: (date: string, part: PartOfDay, period: string) => string;
}

/** The English hedges. */
export function hedge(date: string, qualifier: Qualifier, short: boolean): string {
  if (qualifier === "mid") return `mid-${date}`;
  if (qualifier === "about" && short) return `c. ${date}`;
  return `${qualifier} ${date}`;
}

/** The part of the day in brackets after the date. */
export const partOfDay = (date: string, _part: PartOfDay, period: string): string => `${date} (${period})`;

// An hour inside each part of the day; night tries a second hour where the locale's
// evening runs late (German says "abends" at 23:00 and "nachts" at 01:00).
const HOURS: Record<PartOfDay, readonly number[]> = { morning: [9], afternoon: [15], evening: [20], night: [23, 1] };
const periods = new Map<string, string>();

/**
 * The locale's word for a part of the day: English locales keep citeline's
 * plain words ("evening", where Intl says "in the evening"); others get
 * Intl's long `dayPeriod`.
 *
 * @example
 * ```ts
 * dayPeriod("evening", "de"); // "abends"
 * dayPeriod("evening", "en-GB"); // "evening"
 * ```
 */
export function dayPeriod(part: PartOfDay, locale: string): string {
  if (/^en(?:-|$)/i.test(locale)) return part;
  const key = `${locale}|${part}`;
  let word = periods.get(key);
  if (word === undefined) {
    word = part;
    try {
      const f = new Intl.DateTimeFormat(locale, { dayPeriod: "long", timeZone: "UTC" });
      const at = (h: number) => f.format(Date.UTC(2000, 0, 1, h));
      const evening = at(HOURS.evening[0]!);
      const hours = HOURS[part];
      word = hours.map(at).find((w, i) => part !== "night" || w !== evening || i === hours.length - 1) ?? part;
    } catch {
      // An engine without dayPeriod keeps the English word rather than failing the render.
    }
    periods.set(key, word);
  }
  return word;
}

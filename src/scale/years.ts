/**
 * Years as people write them. ISO years are astronomical (0 = 1 BC, -3499 =
 * 3500 BC); readers see "3500 BC", "AD 30", "10,000 BC" and, from 100,000
 * years back, "66 million years ago". The era words come from labels so
 * they translate; numbers go through the locale (en-US without Intl, as
 * english.ts does for dates).
 */
import { formatCount, isEnglish } from "./english.js";

/** The words a year is written with; `TimelineLabels` carries them, so a translation sets them. */
export interface EraWords {
  /** A year before AD 1: "3500 BC". `year` is already formatted. */
  bc: (year: string) => string;
  /** A year of the common era where the era is worth saying: "AD 30". */
  ad: (year: string) => string;
  /** Deep time: "66 million years ago". `years` is already formatted. */
  yearsAgo: (years: string) => string;
  /** The far future: "1 million years from now". */
  yearsFromNow: (years: string) => string;
}

export const defaultEraWords: EraWords = {
  bc: (year) => `${year} BC`,
  ad: (year) => `AD ${year}`,
  yearsAgo: (years) => `${years} years ago`,
  yearsFromNow: (years) => `${years} years from now`,
};

/**
 * The "present" that years ago count from: AD 2000, as in ice-core
 * chronologies ("b2k"). A fixed year keeps labels the same on every day;
 * at 100,000 years and more the choice moves no label by more than 2%.
 */
export const PRESENT_YEAR = 2000;
/** From this many years before (or after) the present, a year is written as years ago (from now). */
export const DEEP_YEARS = 100_000;

export interface YearFormatOptions {
  /** Write "AD" before a common-era year (an axis that crosses year 0, or early years). */
  era?: boolean;
  /** Significant digits of years ago (an axis gives as many as its step needs). Default 2 below a million, else 3. */
  digits?: number;
  /** Years ago however near (an axis that counts back from deep time keeps counting). */
  ago?: boolean;
  /** Calendar years however far (an axis that counts AD years on into the far future). */
  calendar?: boolean;
}

/**
 * An astronomical year as people write it.
 *
 * @example
 * ```ts
 * formatYear(-3499, "en-US"); // "3500 BC"
 * formatYear(30, "en-US", defaultEraWords, { era: true }); // "AD 30"
 * formatYear(-66_000_000, "en-US"); // "66 million years ago"
 * ```
 */
export function formatYear(
  year: number,
  locale: string,
  words: EraWords = defaultEraWords,
  o: YearFormatOptions = {},
): string {
  const ago = PRESENT_YEAR - year;
  if (!o.calendar && (ago >= DEEP_YEARS || (o.ago && ago > 0))) {
    return words.yearsAgo(manyYears(ago, locale, o.digits ?? digitsFor(ago)));
  }
  if (!o.calendar && -ago >= DEEP_YEARS)
    return words.yearsFromNow(manyYears(-ago, locale, o.digits ?? digitsFor(-ago)));
  if (year < 1) return words.bc(yearNumber(1 - year, locale));
  return o.era ? words.ad(yearNumber(year, locale)) : yearNumber(year, locale);
}

/**
 * Digits of a date's years ago: two below a million, so the year 300,000 BC
 * reads "300,000 years ago" rather than 302,000 (the distance from AD 2000,
 * more exact than any such date); three above ("13.8 billion").
 */
const digitsFor = (years: number): number => (years < 1e6 ? 2 : 3);

const plain = new Map<string, Intl.NumberFormat>();

/** "3500" as years are written (no grouping), "10,000" from five digits on. */
function yearNumber(n: number, locale: string): string {
  if (n >= 10_000) return formatCount(n, locale);
  if (isEnglish(locale)) return String(n);
  let f = plain.get(locale);
  if (!f) plain.set(locale, (f = new Intl.NumberFormat(locale, { useGrouping: false })));
  return f.format(n);
}

const compact = new Map<string, Intl.NumberFormat>();

/**
 * A count of years at `digits` significant digits: "300,000", "66 million",
 * "13.8 billion". Past six digits (an axis zoomed in on deep time) every
 * digit is written: "13,799,999,998".
 */
function manyYears(n: number, locale: string, digits: number): string {
  const rounded = roundTo(n, digits);
  if (rounded < 1e6 || digits > 6) return formatCount(rounded, locale);
  if (isEnglish(locale)) {
    const [unit, word] = rounded >= 1e12 ? [1e12, "trillion"] : rounded >= 1e9 ? [1e9, "billion"] : [1e6, "million"];
    // toPrecision drops the float noise of the division (13.800000000000001).
    return `${Number((rounded / unit).toPrecision(digits))} ${word}`;
  }
  const key = `${locale}|${digits}`;
  let f = compact.get(key);
  if (!f) {
    const options = { notation: "compact", compactDisplay: "long", maximumSignificantDigits: digits } as const;
    f = new Intl.NumberFormat(locale, options);
    compact.set(key, f);
  }
  return f.format(rounded);
}

/** `n` rounded to `digits` significant digits (a whole number). */
function roundTo(n: number, digits: number): number {
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(n)) - digits + 1);
  return Math.round(n / unit) * unit;
}

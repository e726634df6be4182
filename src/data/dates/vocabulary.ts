/**
 * The English words dates are written with, kept once: months, weekdays,
 * seasons, units, parts of the day, holidays, eras and number words. Every
 * regex alternation the rules use is generated here from these tables, so a
 * word added to a table is read everywhere.
 */
import type { PartOfDay } from "../types.js";

/**
 * A regex alternation of the words, longest first so that "sept" is tried before "sep". No capture group.
 * The tables below are built by calls marked `/*#__PURE__*\/` (arguments that compute go in an arrow
 * called at once), so a bundle that parses no date, one importing only `safeUrl` say, leaves them out:
 * bundlers keep every module-level statement they cannot prove free of side effects.
 */
export function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|")})`;
}

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
/** A month name or abbreviation, with its optional dot outside the alternation. */
export const MONTH = /*#__PURE__*/ alternation(Object.keys(MONTHS));
/** Month names written out in full. */
export const FULL_MONTH = /*#__PURE__*/ (() =>
  alternation(Object.keys(MONTHS).filter((m) => m.length > 4 || ["may", "june", "july"].includes(m))))();

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
};
export const WEEKDAY = /*#__PURE__*/ alternation(Object.keys(WEEKDAYS));
/** Weekday names written out in full. */
export const FULL_WEEKDAY = /*#__PURE__*/ (() => alternation(Object.keys(WEEKDAYS).filter((w) => w.endsWith("day"))))();
export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** Seasons by TIMEX3 code, Northern meteorological (see `seasonWhen`). */
export const SEASON_CODES = ["SP", "SU", "FA", "WI"] as const;
export const SEASON_WORDS: Readonly<Record<string, (typeof SEASON_CODES)[number]>> = {
  spring: "SP",
  summer: "SU",
  fall: "FA",
  autumn: "FA",
  winter: "WI",
};
export const SEASON = /*#__PURE__*/ alternation(Object.keys(SEASON_WORDS));

/** Calendar units, singular, with the plural forms the rules accept. */
export const UNITS = [
  "second",
  "minute",
  "hour",
  "day",
  "night",
  "week",
  "weekend",
  "fortnight",
  "month",
  "quarter",
  "year",
  "decade",
  "century",
  "millennium",
] as const;
export type Unit = (typeof UNITS)[number];
const PLURALS: Readonly<Record<string, Unit>> = {
  centuries: "century",
  millennia: "millennium",
  millenniums: "millennium",
};
/** A unit word, singular or plural. */
export const UNIT_WORD = /*#__PURE__*/ (() =>
  alternation([...UNITS, ...UNITS.map((u) => `${u}s`), ...Object.keys(PLURALS)]))();
/** The singular unit a unit word names ("centuries" → "century"), or undefined. */
export function unitOf(word: string): Unit | undefined {
  const w = word.toLowerCase();
  if (PLURALS[w]) return PLURALS[w];
  const one = w.endsWith("s") ? w.slice(0, -1) : w;
  return (UNITS as readonly string[]).includes(one)
    ? (one as Unit)
    : (UNITS as readonly string[]).includes(w)
      ? (w as Unit)
      : undefined;
}

/** Parts of the day, with the words news writes them with. */
export const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  morning: "morning",
  afternoon: "afternoon",
  evening: "evening",
  night: "night",
  overnight: "night",
  "early hours": "night",
  "small hours": "night",
  "wee hours": "night",
};
export const PART_OF_DAY = /*#__PURE__*/ alternation(Object.keys(PARTS_OF_DAY));

/**
 * Holidays, as data: a fixed day, the nth weekday of a month (-1: the last),
 * or a number of days from Easter Sunday.
 */
export type HolidayRule =
  { month: number; day: number } | { month: number; weekday: number; nth: number; plus?: number } | { easter: number };
export const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  "new year's day": { month: 1, day: 1 },
  "new year's": { month: 1, day: 1 },
  "new year": { month: 1, day: 1 },
  "the new year": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  "valentine's day": { month: 2, day: 14 },
  "independence day": { month: 7, day: 4 },
  "the fourth of july": { month: 7, day: 4 },
  "fourth of july": { month: 7, day: 4 },
  halloween: { month: 10, day: 31 },
  "veterans day": { month: 11, day: 11 },
  "armistice day": { month: 11, day: 11 },
  "christmas eve": { month: 12, day: 24 },
  christmas: { month: 12, day: 25 },
  "christmas day": { month: 12, day: 25 },
  "boxing day": { month: 12, day: 26 },
  thanksgiving: { month: 11, weekday: 4, nth: 4 },
  "thanksgiving day": { month: 11, weekday: 4, nth: 4 },
  "labor day": { month: 9, weekday: 1, nth: 1 },
  "memorial day": { month: 5, weekday: 1, nth: -1 },
  "martin luther king day": { month: 1, weekday: 1, nth: 3 },
  // The Tuesday after the first Monday of November.
  "election day": { month: 11, weekday: 1, nth: 1, plus: 1 },
  easter: { easter: 0 },
  "easter sunday": { easter: 0 },
  "easter monday": { easter: 1 },
  "good friday": { easter: -2 },
};
export const HOLIDAY = /*#__PURE__*/ alternation(Object.keys(HOLIDAYS));

/** Frequency words, with the period each repeats at (TIMEX3 SET values). */
export const FREQUENCIES: Readonly<Record<string, string>> = {
  hourly: "PT1H",
  daily: "P1D",
  nightly: "P1D",
  weekly: "P1W",
  biweekly: "P2W",
  fortnightly: "P2W",
  monthly: "P1M",
  quarterly: "P3M",
  annually: "P1Y",
  yearly: "P1Y",
};
export const FREQUENCY = alternation(Object.keys(FREQUENCIES));

/** Words that refer to the present, the past or the future without naming a date, with their TIMEX3 value. */
export const REFERENCES: Readonly<Record<string, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF">> = {
  now: "PRESENT_REF",
  nowadays: "PRESENT_REF",
  currently: "PRESENT_REF",
  current: "PRESENT_REF",
  presently: "PRESENT_REF",
  "these days": "PRESENT_REF",
  "at present": "PRESENT_REF",
  "the present": "PRESENT_REF",
  recently: "PAST_REF",
  recent: "PAST_REF",
  lately: "PAST_REF",
  "the past": "PAST_REF",
  "the future": "FUTURE_REF",
  "the near future": "FUTURE_REF",
  "the distant future": "FUTURE_REF",
  "the foreseeable future": "FUTURE_REF",
  "the near term": "FUTURE_REF",
  "the short term": "FUTURE_REF",
  "the long term": "FUTURE_REF",
};

/** Era markers: before (astronomical year 1 - n) or in the common era. */
export const ERAS: Readonly<Record<string, "bc" | "ad">> = {
  bc: "bc",
  "b.c.": "bc",
  bce: "bc",
  "b.c.e.": "bc",
  ad: "ad",
  "a.d.": "ad",
  ce: "ad",
  "c.e.": "ad",
};
export const ERA = /*#__PURE__*/ alternation(Object.keys(ERAS));

const ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORDINAL_ONES = [
  "zeroth",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
];
const ORDINAL_TENS = [
  "",
  "",
  "twentieth",
  "thirtieth",
  "fortieth",
  "fiftieth",
  "sixtieth",
  "seventieth",
  "eightieth",
  "ninetieth",
];

/** Number words up to 99 ("twenty-one" and "twenty one"): `ones` below 20, `tens` for the round tens. */
function numberWords(
  ones: readonly string[],
  tens: readonly string[],
  extra: readonly [string, number][],
): Map<string, number> {
  const words = new Map<string, number>(ones.map((w, i) => [w, i]));
  for (let t = 2; t < 10; t++) {
    words.set(tens[t] ?? "", t * 10);
    for (let u = 1; u < 10; u++) for (const sep of ["-", " "]) words.set(`${TENS[t]}${sep}${ones[u]}`, t * 10 + u);
  }
  for (const [w, n] of extra) words.set(w, n);
  return words;
}

const CARDINALS = /*#__PURE__*/ numberWords(ONES, TENS, [
  ["a", 1],
  ["an", 1],
  ["a couple of", 2],
  ["a couple", 2],
  ["couple of", 2],
  ["a dozen", 12],
]);
const ORDINALS = /*#__PURE__*/ numberWords(ORDINAL_ONES, ORDINAL_TENS, []);

/** Digits or any of the words (save `except`) as one alternation. No capture group. */
function digitsOrWords(digits: string, words: ReadonlyMap<string, number>, except: readonly string[]): string {
  return `(?:${digits}|${alternation([...words.keys()].filter((w) => !except.includes(w))).slice(3)}`;
}

/** Cardinal words and digits ("a", "two", "twenty-one", "14"). No capture group. */
export const NUMBER = /*#__PURE__*/ digitsOrWords("\\d{1,4}", CARDINALS, ["zero", "a couple", "couple of"]);

/** Reads a cardinal ("two", "twenty-one", "14", "a"); NaN when unknown. */
export function cardinal(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  return CARDINALS.get(word.replace(/\s+/g, " ")) ?? Number.NaN;
}

/** Ordinal words and digits ("third", "3rd", "twenty-first"). No capture group. */
export const ORDINAL = /*#__PURE__*/ digitsOrWords("\\d{1,2}(?:st|nd|rd|th)", ORDINALS, ["zeroth"]);

/** Reads an ordinal ("third", "3rd", "twenty-first"); NaN when unknown. */
export function ordinal(word: string): number {
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
  if (m) return Number(m[1]);
  return ORDINALS.get(word.replace(/\s+/g, " ")) ?? Number.NaN;
}

/** A year written in words: "nineteen ninety-six", "two thousand", "two thousand and one". */
export function spelledYear(text: string): number {
  const t = text.replace(/^the year /, "");
  const m = /^(nineteen|eighteen|seventeen|twenty) (hundred|oh [a-z]+|[a-z]+(?:[- ][a-z]+)?)$/.exec(t);
  if (m) {
    const hi = cardinal(m[1] ?? "");
    const rest = m[2] ?? "";
    const oh = rest.startsWith("oh ");
    const lo = rest === "hundred" ? 0 : oh ? cardinal(rest.slice(3)) : cardinal(rest);
    if (Number.isFinite(lo) && lo >= (oh ? 1 : 0) && lo < 100 && (oh ? lo < 10 : lo >= 10 || lo === 0))
      return hi * 100 + lo;
    return Number.NaN;
  }
  const k = /^two thousand(?: (?:and )?([a-z]+(?:-[a-z]+)?))?$/.exec(t);
  if (k) {
    const lo = k[1] === undefined ? 0 : cardinal(k[1]);
    return lo >= 0 && lo < 100 ? 2000 + lo : Number.NaN;
  }
  return Number.NaN;
}

/** Decades in words: "the nineties" → 9 (the tens digit). */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};
export const DECADE_WORD = /*#__PURE__*/ alternation(Object.keys(DECADE_WORDS));

/**
 * A year written in words, which {@link spelledYear} reads: "nineteen ninety-six", "eighteen oh five", "two
 * thousand and one". No capture group.
 */
export const SPELLED_YEAR = /*#__PURE__*/ (() => {
  const tails = [
    "hundred",
    ...ONES.slice(1, 10).map((u) => `oh ${u}`),
    ...ONES.slice(10),
    ...TENS.filter(Boolean).flatMap((t) => [t, ...ONES.slice(1, 10).flatMap((u) => [`${t} ${u}`, `${t}-${u}`])]),
  ];
  return (
    `(?:(?:seventeen|eighteen|nineteen|twenty)[\\s-]${alternation(tails)}` +
    `|two\\s+thousand(?:\\s+(?:and\\s+)?${alternation(ONES.slice(1, 20))})?)`
  );
})();

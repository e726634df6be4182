/**
 * Absolute calendar forms: "Dec. 2, 2025", "2 December", "December 2025",
 * "2025", "02/12/2025", "500 BC", "the 1990s", "the 20th century", "summer
 * 1994". Missing years follow the past bias.
 */
import {
  blockWhen,
  centuryWhen,
  dayWhen,
  decadeWhen,
  monthWhen,
  seasonWhen,
  SEASONS,
  utc,
  validDay,
  yearWhen,
  type Season,
} from "../when.js";
import {
  DECADE_WORD,
  DECADE_WORDS,
  ERA,
  ERAS,
  MONTH,
  MONTHS,
  ORDINAL,
  ordinal,
  SEASON,
  SEASON_WORDS,
  spelledYear,
} from "../vocabulary.js";
import { biasedPick, type DateRule, type RuleContext, type RuleResult } from "./context.js";

const YEAR_WORD = String.raw`\d{4}|'\d{2}`;
const DAY_NUMBER = `\\d{1,2}|${ORDINAL}`;
const G_MONTH = `(?<month>${MONTH})\\.?`;

function twoDigitYear(y: string, ctx: RuleContext): number {
  const n = Number(y.replace("'", ""));
  // A two-digit year names the century that puts it nearest the past of the reference.
  const base = Math.floor(ctx.ref.year / 100) * 100;
  return base + n > ctx.ref.year + 10 ? base - 100 + n : base + n;
}

export function readYear(text: string, ctx: RuleContext): number {
  if (/^\d{4}$/.test(text)) return Number(text);
  if (/^'\d{2}$/.test(text)) return twoDigitYear(text, ctx);
  if (text === "this year") return ctx.ref.year;
  if (text === "last year") return ctx.ref.year - 1;
  if (text === "next year") return ctx.ref.year + 1;
  return spelledYear(text);
}

/** The year of a month/day without one, by the biased distance to the reference. */
export function biasedYear(month: number, day: number, ctx: RuleContext): number | undefined {
  const y = ctx.ref.year;
  const years = [y - 1, y, y + 1].filter((c) => validDay(c, month, day));
  return biasedPick(years, (c) => utc(c, month - 1, day) - ctx.ref.epoch, ctx);
}

/** A month and day, in the year written or the biased one. */
function monthDay(month: number, day: number, year: string | number | undefined, ctx: RuleContext): RuleResult {
  if (!Number.isFinite(day)) return null;
  if (year !== undefined) {
    const y = typeof year === "number" ? year : readYear(year, ctx);
    return Number.isFinite(y) ? dayWhen(y, month, day) : null;
  }
  const y = biasedYear(month, day, ctx);
  return y === undefined ? null : dayWhen(y, month, day);
}

// A year with its era: "44 BC", "AD 9"; read as an astronomical year (44 BC is -43).
const ERA_YEAR = `(?:(?<eyear>\\d{1,4})\\s+(?<era>${ERA})|(?:ad|a\\.d\\.)\\s+(?<adyear>\\d{1,4}))`;
function eraYear(g: Readonly<Record<string, string | undefined>>): number | undefined {
  if (g["adyear"] !== undefined) return Number(g["adyear"]);
  if (g["eyear"] === undefined) return undefined;
  const n = Number(g["eyear"]);
  return ERAS[g["era"] ?? ""] === "bc" ? 1 - n : n;
}

const dayNumber = (s: string): number => (/^\d+$/.test(s) ? Number(s) : ordinal(s));
const monthNumber = (s: string | undefined): number => MONTHS[s ?? ""] ?? 0;

/** A bare month resolves to its nearest occurrence with the past bias. */
export function biasedMonth(month: number, ctx: RuleContext): number {
  const y = ctx.ref.year;
  const here = ctx.ref.year * 12 + ctx.ref.month - 1;
  return biasedPick([y - 1, y, y + 1], (c) => c * 12 + month - 1 - here, ctx) ?? y;
}

/** A bare season: the nearest one, by the biased distance between season starts. */
function biasedSeason(season: Season, ctx: RuleContext): RuleResult {
  const start = 2 + 3 * SEASONS.indexOf(season);
  const here = ctx.ref.year * 12 + ctx.ref.month - 1;
  const y = ctx.ref.year;
  const year = biasedPick([y - 1, y, y + 1], (c) => c * 12 + start - here, ctx) ?? y;
  return seasonWhen(year, season);
}

/** "The '80s": the most recent such decade not after the reference's. */
function nearestDecade(tens: number, ctx: RuleContext): number {
  const decade = Math.floor(ctx.ref.year / 100) * 10 + tens;
  return decade * 10 > ctx.ref.year ? decade - 10 : decade;
}

/** "500" and "10,000" as written before an era. */
const eraNumber = (s: string): number => Number(s.replace(/,/g, ""));

/** The calendar rules, in priority order: the first whose pattern matches and whose resolution is a date wins. */
export const CALENDAR_RULES: readonly DateRule[] = [
  {
    name: "month-day",
    pattern: new RegExp(
      `^${G_MONTH}\\s+(?<day>${DAY_NUMBER})(?:st|nd|rd|th)?(?:(?:,?\\s+|\\s+of\\s+)(?<year>${YEAR_WORD})|,?\\s+${ERA_YEAR})?$`,
    ),
    examples: [
      ["Dec. 2, 2025", "2025-12-03", "2025-12-02"],
      ["Oct. 23", "2025-12-03", "2025-10-23"],
      ["March 15, 44 BC", "2025-12-03", "-0043-03-15"],
      ["June 20 of 1792", "2025-12-03", "1792-06-20"],
    ],
    resolve: (g, ctx) => monthDay(monthNumber(g["month"]), dayNumber(g["day"] ?? ""), g["year"] ?? eraYear(g), ctx),
  },
  {
    name: "day-month",
    pattern: new RegExp(
      `^(?:the\\s+)?(?<day>${DAY_NUMBER})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${G_MONTH}(?:,?\\s+(?<year>${YEAR_WORD})|,?\\s+${ERA_YEAR})?$`,
    ),
    examples: [
      ["2 December 2025", "2025-12-03", "2025-12-02"],
      ["the 3rd of May", "2025-12-03", "2025-05-03"],
    ],
    resolve: (g, ctx) => monthDay(monthNumber(g["month"]), dayNumber(g["day"] ?? ""), g["year"] ?? eraYear(g), ctx),
  },
  {
    // "On the 14th": a day of the reference's own month (in a story, the month it has reached).
    name: "day-of-month",
    pattern: /^the\s+(?<day>\d{1,2})(?:st|nd|rd|th)$/,
    examples: [["the 14th", "1812-09-01", "1812-09-14"]],
    resolve: (g, ctx) => dayWhen(ctx.ref.year, ctx.ref.month, Number(g["day"])),
  },
  {
    name: "numeric-date",
    pattern: /^(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<year>\d{4}|\d{2})$/,
    examples: [["12/25/2025", "2025-12-03", "2025-12-25"]],
    resolve: (g, ctx) => {
      const y = g["year"] ?? "";
      const year = y.length === 2 ? twoDigitYear(y, ctx) : Number(y);
      const a = Number(g["a"]);
      const b = Number(g["b"]);
      // Month first (US) or day first: when both are real days and differ, the text does not say which.
      const us = dayWhen(year, a, b);
      const eu = dayWhen(year, b, a);
      if (us && eu && us.iso !== eu.iso) return { ambiguous: [us, eu] };
      return us ?? eu;
    },
  },
  {
    name: "year-month-day",
    pattern: /^(?<year>\d{4})[/.](?<month>\d{1,2})[/.](?<day>\d{1,2})$/,
    examples: [["2025/12/02", "2025-12-03", "2025-12-02"]],
    resolve: (g) => dayWhen(Number(g["year"]), Number(g["month"]), Number(g["day"])),
  },
  {
    name: "month-year",
    pattern: new RegExp(
      `^(?:the\\s+month\\s+of\\s+)?${G_MONTH}(?:,?\\s+(?:of\\s+)?(?:(?<year>${YEAR_WORD})|(?<rel>this|last|next) year)|\\s+(?<words>.+))?$`,
    ),
    examples: [
      ["December 2025", "2025-12-03", "2025-12"],
      ["the month of April", "2025-12-03", "2025-04"],
      ["August of last year", "2025-12-03", "2024-08"],
    ],
    resolve: (g, ctx) => {
      const month = monthNumber(g["month"]);
      if (g["year"] !== undefined) return monthWhen(readYear(g["year"], ctx), month);
      if (g["rel"] !== undefined) return monthWhen(readYear(`${g["rel"]} year`, ctx), month);
      if (g["words"] !== undefined) {
        const y = readYear(g["words"], ctx);
        return Number.isFinite(y) ? monthWhen(y, month) : null;
      }
      // "May" alone is too often the verb; it needs a year or a capital as written.
      if (g["month"] === "may" && !ctx.allowMay) return null;
      return monthWhen(biasedMonth(month, ctx), month);
    },
  },
  {
    name: "year",
    pattern:
      /^(?:(?:fiscal|calendar|the year|year|the|model year)\s+)?(?<year>\d{4})(?:\s+(?:period|fiscal year|year|season|model year))?$/,
    examples: [
      ["the year 1990", "2025-12-03", "1990"],
      ["fiscal 1989", "2025-12-03", "1989"],
    ],
    resolve: (g) => yearWhen(Number(g["year"])),
  },
  {
    // "A 2012 car crash", "the 1998 elections": a year used as an adjective dates the noun.
    name: "year-attributive",
    // Not a reporting period: "the 1998 quarter" is an earnings quarter, read by the quarter rules.
    pattern:
      /^(?:a|an|the|its|his|her|their)\s+(?<year>1\d{3}|20\d{2})\s+(?!.*\b(?:quarter|half|period|season|year)\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}$/,
    examples: [["a 2012 car crash", "2025-12-03", "2012"]],
    resolve: (g) => yearWhen(Number(g["year"])),
  },
  {
    name: "era-year",
    pattern: new RegExp(
      `^(?:(?<pre>ad|a\\.d\\.|ce|c\\.e\\.)\\s+(?<n1>\\d{1,4})|(?<n2>\\d{1,3}(?:,\\d{3})+|\\d{1,6})\\s+(?<era>${ERA}))$`,
    ),
    examples: [
      ["500 BC", "2025-12-03", "-0499"],
      ["500 BCE", "2025-12-03", "-0499"],
      ["AD 79", "2025-12-03", "0079"],
    ],
    resolve: (g) => {
      const n = eraNumber(g["n1"] ?? g["n2"] ?? "");
      if (!(n >= 1)) return null;
      // Astronomical years: 1 BC is year 0, 500 BC is year -499.
      return yearWhen(ERAS[g["era"] ?? ""] === "bc" ? 1 - n : n);
    },
  },
  {
    // "In 410" among era words, "c. 410", "the year 410": a year, where ISO alone would read a decade.
    name: "short-year",
    pattern: /^(?:the\s+year\s+)?(?<year>\d{3})$/,
    examples: [
      ["the year 410", "2025-12-03", "0410"],
      ["c. 410", "2025-12-03", "0410"],
      ["410", "0600-01-01", "0410"],
    ],
    resolve: (g, ctx) => (ctx.shortYears === true ? yearWhen(Number(g["year"])) : null),
  },
  {
    name: "decade",
    pattern: /^(?:the\s+)?(?:(?<century>\d{2})(?<tens>\d)0'?s|'?(?<short>\d)0'?s)$/,
    examples: [
      ["the 1990s", "2025-12-03", "199"],
      ["the '80s", "2025-12-03", "198"],
    ],
    resolve: (g, ctx) => {
      if (g["century"] !== undefined) return decadeWhen(Number(g["century"]) * 10 + Number(g["tens"]));
      return g["short"] === undefined ? null : decadeWhen(nearestDecade(Number(g["short"]), ctx));
    },
  },
  {
    name: "decade-words",
    pattern: new RegExp(`^(?:the\\s+)?(?:(?<hundreds>nineteen|eighteen|twenty)[- ])?(?<tens>${DECADE_WORD})$`),
    examples: [
      ["the nineties", "2025-12-03", "199"],
      ["the nineteen-sixties", "2025-12-03", "196"],
    ],
    resolve: (g, ctx) => {
      const tens = DECADE_WORDS[g["tens"] ?? ""] ?? 0;
      if (g["hundreds"] !== undefined) return decadeWhen(spelledYear(`${g["hundreds"]} hundred`) / 10 + tens);
      return decadeWhen(nearestDecade(tens, ctx));
    },
  },
  {
    name: "century",
    pattern: new RegExp(`^(?:the\\s+)?(?<n>${ORDINAL})[- ]century(?:\\s+(?<era>${ERA}))?$`),
    examples: [
      ["the 20th century", "2025-12-03", "19"],
      ["the 3rd century BC", "2025-12-03", "-03"],
    ],
    resolve: (g) => {
      const n = ordinal(g["n"] ?? "");
      if (!(n >= 1 && n <= 99)) return null;
      return centuryWhen(ERAS[g["era"] ?? ""] === "bc" ? -n : n - 1);
    },
  },
  {
    name: "millennium",
    pattern: new RegExp(`^(?:the\\s+)?(?<n>${ORDINAL})[- ]millennium(?:\\s+(?<era>${ERA}))?$`),
    examples: [
      ["the first millennium BCE", "2025-12-03", "-1000"],
      ["the second millennium", "2025-12-03", "1000"],
    ],
    resolve: (g) => {
      const n = ordinal(g["n"] ?? "");
      if (!(n >= 1 && n <= 99)) return null;
      // Blocks are aligned on astronomical year 0, as centuries are (see blockWhen).
      return blockWhen("millennium", ERAS[g["era"] ?? ""] === "bc" ? -n : n - 1);
    },
  },
  {
    name: "year-season",
    pattern: new RegExp(`^(?<year>\\d{4})\\s+(?<season>${SEASON})$`),
    examples: [["1994 summer", "2025-12-03", "1994-SU"]],
    resolve: (g) => seasonWhen(Number(g["year"]), SEASON_WORDS[g["season"] ?? ""] ?? "SU"),
  },
  {
    name: "season",
    pattern: new RegExp(`^(?:the\\s+)?(?<season>${SEASON})(?:\\s+(?:of\\s+)?(?<year>\\d{4}|'\\d{2}|.+))?$`),
    examples: [
      ["summer 1994", "2025-12-03", "1994-SU"],
      ["the spring", "2025-07-01", "2025-SP"],
    ],
    resolve: (g, ctx) => {
      const season = SEASON_WORDS[g["season"] ?? ""] ?? "SU";
      if (g["year"] === undefined) return biasedSeason(season, ctx);
      const y = readYear(g["year"], ctx);
      return Number.isFinite(y) ? seasonWhen(y, season) : null;
    },
  },
  {
    name: "spelled-year",
    pattern: /^(?:the year )?(?:nineteen|eighteen|seventeen|twenty|two thousand)(?:[ -][a-z]+)*$/,
    examples: [
      ["nineteen ninety-six", "2025-12-03", "1996"],
      ["two thousand and one", "2025-12-03", "2001"],
    ],
    resolve: (_g, _ctx, _read, m) => {
      const y = spelledYear(m[0]);
      return Number.isFinite(y) ? yearWhen(y) : null;
    },
  },
];

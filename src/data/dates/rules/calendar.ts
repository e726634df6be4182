/**
 * Absolute calendar forms: "Dec. 2, 2025", "2 December", "December 2025",
 * "2025", "02/12/2025", "the 1990s", "the 20th century", "summer 1994",
 * "the third quarter of 2025", "Q3 2025". Missing years follow the past bias.
 */
import {
  centuryWhen,
  dayWhen,
  decadeWhen,
  monthWhen,
  quarterWhen,
  seasonWhen,
  SEASONS,
  utc,
  validDay,
  yearWhen,
  type Season,
} from "../when.js";
import { biasedPick, type RuleContext, type RuleResult } from "./context.js";
import { DECADE_WORDS, MONTH, MONTHS, ORDINAL, ordinal, spelledYear } from "./words.js";

const YEAR_WORD = String.raw`(\d{4}|'\d{2})`;
const RE_MONTH_DAY = new RegExp(`^${MONTH}\\s+(\\d{1,2}|${ORDINAL.slice(1, -1)})(?:st|nd|rd|th)?(?:,?\\s+${YEAR_WORD})?$`);
const RE_DAY_MONTH = new RegExp(`^(?:the\\s+)?(\\d{1,2}|${ORDINAL.slice(1, -1)})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR_WORD})?$`);
const RE_MONTH_YEAR = new RegExp(`^${MONTH}(?:,?\\s+(?:of\\s+)?(?:${YEAR_WORD}|(this|last|next) year)|\\s+(.+))?$`);
const RE_NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})$/;
const RE_YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const RE_YEAR = /^(?:(?:fiscal|calendar|the year|year|the|model year)\s+)?(\d{4})(?:\s+(?:period|fiscal year|year|season|model year))?$/;
const RE_ERA = /^(?:(?:ad|a\.d\.|ce)\s+(\d{1,4})|(\d{1,4})\s+(ad|a\.d\.|ce|bc|b\.c\.|bce|b\.c\.e\.))$/;
const RE_DECADE = /^(?:the\s+)?(?:(\d{2})(\d)0'?s|'?(\d)0'?s)$/;
const RE_DECADE_WORD = /^(?:the\s+)?(?:(nineteen|eighteen|twenty)[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/;
const RE_CENTURY = new RegExp(`^(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL.slice(1, -1)})[- ]century(?:\\s+(bc|bce|b\\.c\\.))?$`);
const RE_SEASON = /^(?:the\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4}|'\d{2}|.+))?$/;
const RE_YEAR_SEASON = /^(\d{4})\s+(spring|summer|fall|autumn|winter)$/;

const SEASON_OF: Readonly<Record<string, Season>> = { spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI" };

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

function dayOf(month: number, day: number, year: string | undefined, ctx: RuleContext): RuleResult {
  if (!Number.isFinite(day)) return null;
  if (year !== undefined) {
    const y = readYear(year, ctx);
    return Number.isFinite(y) ? dayWhen(y, month, day) : null;
  }
  const y = biasedYear(month, day, ctx);
  return y === undefined ? null : dayWhen(y, month, day);
}

const dayNumber = (s: string): number => (/^\d+$/.test(s) ? Number(s) : ordinal(s));

/** A bare month resolves to its nearest occurrence with the past bias. */
export function biasedMonth(month: number, ctx: RuleContext): number {
  const y = ctx.ref.year;
  const here = ctx.ref.year * 12 + ctx.ref.month - 1;
  return biasedPick([y - 1, y, y + 1], (c) => c * 12 + month - 1 - here, ctx) ?? y;
}

function numericDate(a: number, b: number, yText: string, ctx: RuleContext): RuleResult {
  const year = yText.length === 2 ? twoDigitYear(yText, ctx) : Number(yText);
  const us = dayWhen(year, a, b);
  const eu = dayWhen(year, b, a);
  if (us && eu && us.iso !== eu.iso) return { ambiguous: [us, eu] };
  return us ?? eu;
}

export function calendarRule(s: string, ctx: RuleContext): RuleResult {
  let m: RegExpExecArray | null;
  if ((m = RE_MONTH_DAY.exec(s))) return dayOf(MONTHS[m[1] ?? ""] ?? 0, dayNumber(m[2] ?? ""), m[3], ctx);
  if ((m = RE_DAY_MONTH.exec(s))) return dayOf(MONTHS[m[2] ?? ""] ?? 0, dayNumber(m[1] ?? ""), m[3], ctx);
  if ((m = RE_NUMERIC.exec(s))) return numericDate(Number(m[1]), Number(m[2]), m[3] ?? "", ctx);
  if ((m = RE_YMD.exec(s))) return dayWhen(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = RE_MONTH_YEAR.exec(s))) {
    const month = MONTHS[m[1] ?? ""] ?? 0;
    if (m[2] !== undefined) return monthWhen(readYear(m[2], ctx), month);
    if (m[3] !== undefined) return monthWhen(readYear(`${m[3]} year`, ctx), month);
    if (m[4] !== undefined) {
      const y = readYear(m[4], ctx);
      return Number.isFinite(y) ? monthWhen(y, month) : null;
    }
    // "May" alone is too often the verb; it needs a year or a preposition before it.
    if (s === "may" && !ctx.allowMay) return null;
    return monthWhen(biasedMonth(month, ctx), month);
  }
  if ((m = RE_YEAR.exec(s))) return yearWhen(Number(m[1]));
  if ((m = RE_ERA.exec(s))) {
    const n = Number(m[1] ?? m[2]);
    const bc = m[3] !== undefined && m[3].startsWith("b");
    if (n === 0) return null;
    return yearWhen(bc ? 1 - n : n);
  }
  if ((m = RE_DECADE.exec(s))) {
    if (m[1] !== undefined) return decadeWhen(Number(m[1]) * 10 + Number(m[2]));
    if (m[3] === undefined) return null;
    return decadeWhen(nearestDecade(Number(m[3]), ctx));
  }
  if ((m = RE_DECADE_WORD.exec(s))) {
    const tens = DECADE_WORDS[m[2] ?? ""] ?? 0;
    if (m[1] !== undefined) return decadeWhen(spelledYear(`${m[1]} hundred`) / 10 + tens);
    return decadeWhen(nearestDecade(tens, ctx));
  }
  if ((m = RE_CENTURY.exec(s))) {
    const n = ordinal(m[1] ?? "");
    if (!(n >= 1 && n <= 99)) return null;
    return centuryWhen(m[2] !== undefined ? -n : n - 1);
  }
  if ((m = RE_YEAR_SEASON.exec(s))) return seasonWhen(Number(m[1]), SEASON_OF[m[2] ?? ""] ?? "SU");
  if ((m = RE_SEASON.exec(s))) {
    const season = SEASON_OF[m[1] ?? ""] ?? "SU";
    if (m[2] === undefined) return biasedSeason(season, ctx);
    const y = readYear(m[2], ctx);
    return Number.isFinite(y) ? seasonWhen(y, season) : null;
  }
  const spelled = spelledYear(s);
  if (Number.isFinite(spelled)) return yearWhen(spelled);
  return null;
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
  const century = Math.floor(ctx.ref.year / 100);
  const decade = century * 10 + tens;
  return decade * 10 > ctx.ref.year ? decade - 10 : decade;
}

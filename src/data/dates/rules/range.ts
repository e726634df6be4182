/**
 * Spans written as one expression: years ("1678-1680", "between 1678 and
 * 1680", "1962–64", "27 BC-AD 14", "264-146 BC") and days of one month
 * ("July 1–3, 1863", "1-3 July 1863"). The result is a When interval
 * ("1678/1680") from the first one's start to the last one's end.
 */
import type { When } from "../../types.js";
import { ERA, ERAS, MONTH } from "../vocabulary.js";
import { yearWhen } from "../when.js";
import type { DateRule, ReadFn, RuleContext, RuleResult } from "./context.js";

const ERA_AT = `(?:(?<pre1>ad|a\\.d\\.)\\s+)?(?<a>\\d{1,4})(?:\\s*(?<era1>${ERA}))?`;
const ERA_TO = `(?:(?<pre2>ad|a\\.d\\.)\\s+)?(?<b>\\d{1,4})(?:\\s*(?<era2>${ERA}))?`;

/** Astronomical year of a written year and its era (1 BC is year 0). */
function astronomical(n: number, era: string | undefined): number {
  return era !== undefined && ERAS[era] === "bc" ? 1 - n : n;
}

/** The years of a range from its two written ends; null when they do not make one. */
export function yearRange(
  a: string,
  b: string,
  eraA: string | undefined,
  eraB: string | undefined,
  written: boolean,
): When | null {
  // An era written once, at the end, holds for both ends: "264-146 BC".
  const firstEra = eraA ?? eraB;
  let end = Number(b);
  // "1962-64", "1915-17": a short end keeps the first year's leading digits (only in the common era).
  if (b.length < a.length && eraB === undefined && firstEra === undefined) {
    const scale = 10 ** b.length;
    end = Math.floor(Number(a) / scale) * scale + end;
  }
  // Without any era, both ends must look like years of their own (three or four digits), so "10-12" is no range.
  if (!written && (a.length < 3 || b.length < 2)) return null;
  const from = astronomical(Number(a), firstEra);
  const to = astronomical(end, eraB ?? (b.length < a.length ? undefined : firstEra));
  if (!(Number(a) >= 1 && end >= 1) || !(from < to) || to - from > 5000) return null;
  const first = yearWhen(from);
  const last = yearWhen(to);
  if (!first || !last) return null;
  return { iso: `${first.iso}/${last.iso}`, precision: "year", earliest: first.earliest, latest: last.latest };
}

const TO = String.raw`\s*(?:-|to|and|until|through|till)\s*`;

/** Days `d1` to `d2` of a month, each read as the table reads "July 1, 1863", so the year follows the usual bias. */
function dayRange(month: string, d1: string, d2: string, year: string | undefined, ctx: RuleContext, read: ReadFn): RuleResult {
  const tail = year !== undefined ? `, ${year}` : "";
  const a = read(`${month} ${d1}${tail}`, ctx)?.result;
  const b = read(`${month} ${d2}${tail}`, ctx)?.result;
  if (!a || !b || "ambiguous" in a || "ambiguous" in b || a.precision !== "day" || !(a.earliest < b.earliest)) return null;
  return { iso: `${a.iso}/${b.iso}`, precision: "day", earliest: a.earliest, latest: b.latest };
}

export const RANGE_RULES: readonly DateRule[] = [
  {
    name: "year-range",
    pattern: new RegExp(
      `^(?:between\\s+|from\\s+)?${ERA_AT}\\s*(?:-|to|and|until|through|till)\\s*${ERA_TO}$`,
    ),
    examples: [
      ["Between 1678-1680", "2025-12-03", "1678/1680"],
      ["between 1678 and 1680", "2025-12-03", "1678/1680"],
      ["1962\u201364", "2025-12-03", "1962/1964"],
      ["27 BC-AD 14", "2025-12-03", "-0026/0014"],
      ["264-146 BC", "2025-12-03", "-0263/-0145"],
    ],
    resolve: (g) => {
      const eraA = g["era1"] ?? (g["pre1"] !== undefined ? "ad" : undefined);
      const eraB = g["era2"] ?? (g["pre2"] !== undefined ? "ad" : undefined);
      return yearRange(g["a"] ?? "", g["b"] ?? "", eraA, eraB, eraA !== undefined || eraB !== undefined);
    },
  },
  {
    name: "day-range",
    pattern: new RegExp(
      `^(?:between\\s+|from\\s+)?(?:(?<m1>${MONTH})\\.?\\s+(?<a1>\\d{1,2})${TO}(?<b1>\\d{1,2})|` +
        `(?<a2>\\d{1,2})(?:${TO}|\\/)(?<b2>\\d{1,2})\\s+(?<m2>${MONTH})\\.?)(?:,?\\s+(?<year>\\d{4}))?$`,
    ),
    examples: [
      ["July 1\u20133, 1863", "2025-12-03", "1863-07-01/1863-07-03"],
      ["1-3 July 1863", "2025-12-03", "1863-07-01/1863-07-03"],
      // The night of "5/6 June" runs from one day into the next.
      ["5/6 June 1944", "2025-12-03", "1944-06-05/1944-06-06"],
    ],
    resolve: (g, ctx, read) =>
      dayRange(g["m1"] ?? g["m2"] ?? "", g["a1"] ?? g["a2"] ?? "", g["b1"] ?? g["b2"] ?? "", g["year"], ctx, read),
  },
];

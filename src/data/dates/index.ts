/**
 * Dates as journalists write them, turned into exact {@link When} values.
 */
import type { When } from "../types.js";
import { analyzeDate, parseDate, type DateAnalysis, type DateProblem, type ParseDateOptions } from "./analyze.js";
import { instantWhen, isoInterval, isoWhen, whenFromIso } from "./iso.js";
import { isWhen } from "./when.js";

export { analyzeDate, parseDate, isWhen, whenFromIso };
export type { DateAnalysis, DateProblem, ParseDateOptions };

/**
 * Coerces any loose date to a {@link When}: a When (validated and copied),
 * epoch ms, a `Date`, an ISO string, an ISO interval ("2025-12-02/2025-12-03"
 * becomes one When spanning both days) or a natural-language expression.
 *
 * @example
 * ```ts
 * toWhen("2025-12-02/2025-12-03")?.iso; // "2025-12-02/2025-12-03"
 * toWhen(Date.UTC(2025, 11, 2))?.precision; // "second"
 * toWhen("Dec 2", { reference: "2025-12-03" })?.iso; // "2025-12-02"
 * ```
 */
export function toWhen(value: string | number | Date | When, options: ParseDateOptions = {}): When | null {
  try {
    if (typeof value === "number") return instantWhen(value);
    if (value instanceof Date) return instantWhen(value.getTime());
    if (typeof value === "string") {
      const s = value.trim();
      if (s.length > 1000) return null;
      return isoWhen(s, options.timeZone) ?? isoInterval(s, options.timeZone) ?? parseDate(s, options);
    }
    return isWhen(value) ? { ...value } : null;
  } catch {
    return null;
  }
}

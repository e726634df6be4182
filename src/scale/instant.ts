/**
 * Turns the loose dates of the renderer's API (`zoomTo`, `initialRange`)
 * into a span of epoch ms. Full date expressions are the data module's job;
 * the API takes ISO strings, numbers, Dates and Whens.
 */
import { DATE_MS, isoYear, utc, yearOf } from "../data/dates/when.js";
import type { DateInput } from "../data/types.js";

/**
 * [earliest, latest) for a loose date: an ISO year/month/day covers its
 * whole span, so `zoomTo("2025-12", "2025-12")` shows all of December.
 *
 * @example
 * ```ts
 * toSpan("2025-12"); // [Date.UTC(2025, 11, 1), Date.UTC(2026, 0, 1)]
 * toSpan(new Date(0)); // [0, 0]
 * ```
 */
export function toSpan(input: DateInput): [number, number] | null {
  if (typeof input === "number") return Number.isFinite(input) ? [input, input] : null;
  if (input instanceof Date) return Number.isFinite(+input) ? [+input, +input] : null;
  if (typeof input === "object" && input !== null && typeof input.earliest === "number")
    return [input.earliest, input.latest];
  if (typeof input !== "string") return null;
  const s = input.trim();
  let m: RegExpExecArray | null;
  // Years reach deep time ("-13800000000"), with ISO's expanded sign; months and days stay near.
  if ((m = /^([+-]\d{4,12}|\d{4})$/.exec(s))) return [utc(+m[1]!, 0), utc(+m[1]! + 1, 0)];
  if ((m = /^(-?\d{4})-(\d{2})$/.exec(s))) return [utc(+m[1]!, +m[2]! - 1), utc(+m[1]!, +m[2]!)];
  if ((m = /^(-?\d{4})-(\d{2})-(\d{2})$/.exec(s)))
    return [utc(+m[1]!, +m[2]! - 1, +m[3]!), utc(+m[1]!, +m[2]! - 1, +m[3]! + 1)];
  const t = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(s) || !/T/.test(s) ? s : `${s}Z`);
  return Number.isFinite(t) ? [t, t] : null;
}

/**
 * An instant as ISO 8601 text for attributes and keys: `toISOString()`
 * within `Date`'s range, else its year in expanded form ("-13800000000"),
 * where `toISOString` would throw.
 *
 * @example
 * ```ts
 * instantIso(0); // "1970-01-01T00:00:00.000Z"
 * ```
 */
export function instantIso(t: number): string {
  if (Math.abs(t) <= DATE_MS) return new Date(t).toISOString();
  return Number.isFinite(t) ? isoYear(yearOf(t)) : String(t);
}

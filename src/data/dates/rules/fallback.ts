/**
 * chrono-node as the last resort, after the fast rules: only the components
 * chrono marks as certain are used, and a missing year follows our past bias.
 */
import * as chrono from "chrono-node/en";
import type { When } from "../../types.js";
import { dayWhen, monthWhen, yearWhen } from "../when.js";
import { biasedYear } from "./calendar.js";
import type { RuleContext } from "./context.js";

export function chronoRule(s: string, ctx: RuleContext): When | null {
  let results: chrono.ParsedResult[];
  try {
    results = chrono.strict.parse(s, { instant: new Date(ctx.ref.epoch + 43_200_000), timezone: 0 });
  } catch {
    return null;
  }
  const r = results[0];
  // Only a parse of (nearly) the whole text counts; a date found inside other words is not this text's date.
  if (!r || results.length > 1 || r.text.length < s.length * 0.8) return null;
  const c = r.start;
  const month = c.get("month");
  const day = c.get("day");
  const year = c.get("year");
  if (c.isCertain("month") && c.isCertain("day") && month !== null && day !== null) {
    const y = c.isCertain("year") && year !== null ? year : biasedYear(month, day, ctx);
    return y === undefined ? null : dayWhen(y, month, day);
  }
  if (c.isCertain("month") && c.isCertain("year") && month !== null && year !== null) return monthWhen(year, month);
  if (c.isCertain("year") && year !== null) return yearWhen(year);
  return null;
}

/**
 * Words the context adds to a fragment: annotators and writers split "a year
 * earlier" or "10:35 a.m. (0735 GMT) Friday", and a clause may elide the unit
 * ("this year as last"). The fragment is completed from the words right next
 * to it, never from further away.
 */
import { extractClock } from "./rules/clock.js";
import { FULL_WEEKDAY, MONTH, ordinal } from "./vocabulary.js";
import type { Around, Tense } from "./tense.js";

const DIRECTION_AFTER = /^\s*(ago|earlier|later)\b/i;
const IN_BEFORE = /\bin\s+$/i;
const COUNT = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:day|week|month|quarter|year)s?$/;
// A weekday just after a bare clock time, maybe past or inside a parenthesis:
// "at 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. EDT Thursday)".
const WD = `(${FULL_WEEKDAY.replace(/\b[a-z]/g, (c) => c.toUpperCase())})`;
const DAY_AFTER = new RegExp(String.raw`^\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:on\s+)?${WD}\b|^\s*\([^()]{0,30}\b${WD}\)`);
const ELIDED = /\bthis (year|month|week|quarter)\b[^.;]*$/i;
// "April 24 and 25": a bare day number shares the month written just before it.
const MONTH_BEFORE = new RegExp(`\\b(${MONTH})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:,|and|or|to|through|-)\\s*$`, "i");
// "Today is the eighth day of the strike": an ordinal day equated with the present is the reference day.
const ORDINAL_DAY = /^(?:the\s+)?[a-z0-9-]+\s+day$/;
const IS_TODAY = /\b(?:is|it's|it is|marks?)\s+(?:the\s+)?$/i;

/** The expression completed by the words next to it in the context. */
export function complete(s: string, near: Around, tense: Tense): string {
  if (COUNT.test(s)) {
    const m = DIRECTION_AFTER.exec(near.after);
    if (m) return `${s} ${(m[1] ?? "").toLowerCase()}`;
    // "Redeemed in five years": a point ahead, but only when the clause speaks of the future.
    if (tense === "future" && IN_BEFORE.test(near.before)) return `${s} from now`;
    return s;
  }
  if (/^\d{1,2}$/.test(s)) {
    const m = MONTH_BEFORE.exec(near.before);
    return m ? `${(m[1] ?? "").toLowerCase()} ${s}` : s;
  }
  if (ORDINAL_DAY.test(s) && IS_TODAY.test(near.before) && Number.isFinite(ordinal(s.replace(/^the\s+|\s+day$/g, "")))) return "today";
  if (s === "last" || s === "the previous") {
    const m = ELIDED.exec(near.before);
    return m ? `last ${(m[1] ?? "").toLowerCase()}` : s;
  }
  const clock = /\d|noon|midday|midnight/.test(s) ? extractClock(s) : null;
  if (clock && clock.rest === "") {
    const m = DAY_AFTER.exec(near.after);
    if (m) return `${s} ${(m[1] ?? m[2] ?? "").toLowerCase()}`;
  }
  return s;
}

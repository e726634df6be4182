/**
 * The date rules as one ordered table. Priority is the table's order: the
 * calendar rules (an explicit date says what it is), then the rules relative
 * to the reference, then the rules that combine a day with a weekday, a
 * clock time, a part of the day or a bracketed date. The first rule whose
 * pattern matches and whose resolution is not null gives the reading, and
 * its name is reported by `analyzeDate(text).rule`.
 */
import { CALENDAR_RULES } from "./calendar.js";
import { COMPOSE_RULES } from "./compose.js";
import type { DateRule, ReadFn, RuleContext, RuleReading } from "./context.js";
import { RANGE_RULES } from "./range.js";
import { RELATIVE_RULES } from "./relative.js";

export const DATE_RULES: readonly DateRule[] = [...CALENDAR_RULES, ...RANGE_RULES, ...RELATIVE_RULES, ...COMPOSE_RULES];

/** A reading and the name of the rule that gave it. */
export interface RuleHit {
  reading: RuleReading;
  rule: string;
}

const isReading = (r: unknown): r is RuleReading =>
  typeof r === "object" && r !== null && "result" in r && "problems" in r;

/** Tries the rules in order on a cleaned expression. `read` reads sub-expressions with the same table. */
export function applyRules(s: string, ctx: RuleContext, read: ReadFn): RuleHit | null {
  for (const rule of DATE_RULES) {
    const m = rule.pattern.exec(s);
    if (!m) continue;
    const out = rule.resolve(m.groups ?? {}, ctx, read, m);
    const reading = isReading(out) ? out : { result: out, problems: [] };
    if (reading.result !== null) return { reading, rule: rule.name };
  }
  return null;
}

/**
 * Earnings reports name a quarter, then compare with "a year earlier" or
 * speak of "the latest period": both count from the quarter just named, not
 * from the calendar quarter last closed before the publication.
 */
import { analyzeDate } from "../data/dates/analyze.js";
import type { When } from "../data/types.js";

/** A quarter the text named, and where its mention ends. */
export interface NamedQuarter {
  when: When;
  end: number;
}

// The same quarter a year before: "a year earlier", "a year ago", "last year", "the year-ago quarter".
const YEAR_AGO = /\b(?:a\s+year\s+(?:ago|earlier)|year[\s-](?:ago|earlier)|last\s+year(?:'s)?)\b/i;
// The quarter itself, named again: "the latest period", "the quarter" (not one with its own end, "the quarter ended").
const SAME = /^the\s+(?:latest\s+|most\s+recent\s+|same\s+)?(?:quarter|period)$/i;
// A year's period in a quarter's report is that quarter of the year ("the 1988 period" after "the first quarter").
const YEAR_PERIOD = /^the\s+(\d{4})\s+(?:period|quarter)$/i;
// A longer stretch named since the quarter ("In the first nine months, …") is what the period then compares.
const LONGER = /\b(?:nine|six)\s+months\b|\bfirst\s+half\b|\b(?:fiscal\s+)?year\s+(?:ended|ending)\b/i;
// How far back, in characters, a named quarter still frames the comparison: a paragraph.
const REACH = 400;

const ENDED = /^\s+(?:ended|ending)\b/;

/**
 * Whether a quarter-valued mention names a quarter of its own, which later comparisons count from: not one that
 * compares ("a year earlier", "the 1988 period") or names the last one again ("the latest period"); "the quarter
 * ended Sept. 30" does.
 */
export const namesQuarter = (words: string, followed: string): boolean =>
  !YEAR_AGO.test(words) && !YEAR_PERIOD.test(words) && (!SAME.test(words) || ENDED.test(followed));

/**
 * The quarter a comparison means: the quarter named last (within a paragraph), a year back for "a year earlier",
 * itself for "the latest period"; `when` unchanged when no quarter frames it or the words name their own.
 */
export function quarterFramed(
  named: NamedQuarter | null,
  words: string,
  when: When,
  start: number,
  text: string,
  published: When,
): When {
  const period = YEAR_PERIOD.exec(words);
  if ((when.precision !== "quarter" && !period) || !named || start - named.end > REACH) return when;
  // Only a quarter already closed is reported on; one ahead ("expects a loss in the fourth quarter") frames nothing.
  if (named.when.latest > published.latest) return when;
  const m = /^(-?\d{4})-Q([1-4])$/.exec(named.when.iso);
  if (!m) return when;
  const year = Number(m[1]);
  if (period) return LONGER.test(text.slice(named.end, start)) ? when : reread(`Q${m[2]} ${period[1]}`, when);
  const followed = text.slice(start + words.length, start + words.length + 10);
  if (YEAR_AGO.test(words)) return reread(`Q${m[2]} ${year - 1}`, when);
  return SAME.test(words) && !ENDED.test(followed) ? { ...named.when, text: when.text ?? words } : when;
}

function reread(text: string, when: When): When {
  const moved = analyzeDate(text, { reference: when }).when;
  return moved && moved.precision === "quarter" ? { ...moved, text: when.text ?? "" } : when;
}

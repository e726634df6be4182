/**
 * The tense of the clause around a date expression, which decides the
 * direction of the past bias, and the text before the expression, where an
 * anaphor ("that year") finds what it refers to.
 */

const MAX_CONTEXT = 2000;
const WINDOW_BEFORE = 100;
// A date opening its sentence ("On Tuesday, the … league plans to …") has its verb past the subject.
const WINDOW_AFTER = 80;
// A sentence ends at . ! ? or ; (closing quotes may follow), not after a lone initial ("U.S.").
// A quotation mark also ends the clause: "…will leave Thursday," Castro said" is future inside.
const SENTENCE_END = /(?<!\b[A-Za-z])[.!?;]['"\u201d]*\s+|''|``|["\u201c\u201d]/g;

/** What the clause says of time: "future", "past", or undefined when no marker decides. */
export type Tense = "past" | "future" | undefined;

/** The context split around the expression: the text before it and after it, as written. */
export interface Around {
  before: string;
  after: string;
}

/** Finds the expression in its context; without it, the whole context counts as "before". */
export function around(context: string | undefined, text: string): Around | null {
  if (!context) return null;
  const c = context.length > MAX_CONTEXT ? context.slice(0, MAX_CONTEXT) : context;
  // The expression as written first, so "May" is not found in "the vote may come in May".
  let at = text ? c.indexOf(text) : -1;
  if (at < 0 && text) at = c.toLowerCase().indexOf(text.toLowerCase());
  if (at < 0) return { before: c, after: "" };
  return { before: c.slice(0, at), after: c.slice(at + text.length) };
}

/** The clause around the expression: cut at the sentence ends nearest it on either side. */
export function clause({ before, after }: Around): Around {
  let b = before.slice(-WINDOW_BEFORE);
  let cut = -1;
  let m: RegExpExecArray | null;
  SENTENCE_END.lastIndex = 0;
  while ((m = SENTENCE_END.exec(b))) cut = m.index + m[0].length;
  if (cut >= 0) b = b.slice(cut);
  let a = after.slice(0, WINDOW_AFTER);
  SENTENCE_END.lastIndex = 0;
  const stop = SENTENCE_END.exec(a);
  if (stop) a = a.slice(0, stop.index);
  return { before: b, after: a };
}

// Future tense or scheduling; "will be held" is one marker, so its participle is no past verb. "Planned"
// alone tells nothing ("as previously planned", "a hastily planned trip"); "planned to/for" schedules.
const FUTURE = /\b(?:(?:will|won't|shall|'ll|would)(?:\s+(?:not|be|have|been))*(?:\s+[a-z]+\b)?|(?:is|are|was|were) (?:scheduled|set|due|expected|planned|planning|preparing|slated|to)|(?:is|are) (?:going|about)|set to|scheduled|plans? to|planned (?:to|for)|planning|intends? to|(?:expects?|expected|supposed|hopes?|aims?) to|to be [a-z]+ed(?=\s+(?:by|on|in|at|around|before|until)\b|\s*$)|going to|upcoming|payable|expires?|effective|as (?:soon|early) as)\b/gi;
// Past tense: reporting verbs, auxiliaries, frequent irregular verbs and regular past forms, matched in lowercase only so
// that names ("United", "Ted") are not verbs. A participle that schedules ("planned") is not past.
const PAST = /\b(?:said|told|announced|reported|had|was|were|did|fell|rose|began|came|went|took|made|met|left|won|lost|gave|held|saw|sent|spoke|wrote|became|ran|paid|sold|bought|broke|flew|grew|brought|thought|found|kept|led|struck|stood|chose|drew|drove|fought|knew|meant|sought|spent|taught|threw|withdrew|got|built|felt|heard|sank|shot|stole|swore|woke|wore|froze|forgot|rang|rode|overtook|undertook|arose|fled|slid|hung|bore|beat|(?!(?:scheduled|planned|expected|slated|postponed|delayed|deferred|rescheduled|extended|adjourned|proposed|needed|indeed|hundred)\b)[a-z]{3,}ed)\b/g;
// How close a past verb must be to rule out the coming occurrence, and a deadline's reading.
const PAST_REACH = 12;
const PAST_FAR = 60;
// Past verbs that govern no date further on: auxiliaries (their participle decides) and verbs of saying.
const NOT_GOVERNING = /^(?:was|were|had|did|said|told|announced|reported|added|noted|warned)$/;
const PRESENT = /\b(?:is|are|has|have|does|says|say|can|must|may)\b|\bto\s+(?!(?:the|an?|his|her|its|their)\b)[a-z]/;
// A participle after "is", "be" or "been" is passive, not past: "when the case is heard in May", "must be returned".
const PASSIVE = /(?<=\b(?:is|are|be|been|being)\s+(?:[a-z]+ly\s+)?)[a-z]+/g;
const DEADLINE_REACH = 25;
const TAIL = 40;
const DEADLINE = /\b(?:by|until|till)\s+$/i;
const SINCE = /\bsince\s+$/i;
const POSSESSIVE = /^\s?['\u2019]s\b/;
// The present tense of a scheduling verb right before the date announces it: "talks resume Monday".
const SCHEDULE = /(?<!\bto )\b(?:meets?|resumes?|begins?|starts?|opens?|leaves?|arrives?|returns?|votes?|holds?|visits?|travels?|ends?|expires?|hears?|decides?|rules?|faces?)\s+(?:[a-z]+ly\s+)?(?:(?:on|at)\s+)?$/;
// Only a preposition between the sentence's start and the date: the date is fronted.
const FRONTED = /^\s*(?:(?:in|on|at|by|during|early|late|then|but|and)\s+)*$/i;
const FRONTED_REACH = 45;
// Past perfect frames the clause as over before the telling ("it had been due to expire Friday").
const PAST_PERFECT = /\bhad (?:been|already)\b/;

/** Distances in characters from the expression back to the nearest match of `re`, and on to the next. */
function nearest(re: RegExp, { before, after }: Around): [number, number] {
  let back = Infinity;
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while ((m = re.exec(before))) back = before.length - m.index - m[0].length;
  re.lastIndex = 0;
  const next = re.exec(after);
  return [back, next ? next.index : Infinity];
}

/**
 * The tense of the clause around the expression: "future" or "past" when a
 * marker says so, undefined when none does. Only a window around the
 * expression counts, cut at sentence ends and quotation marks, so a verb in a
 * neighbouring sentence does not decide; and the marker nearest the
 * expression wins, so "officials said Monday they will appeal" dates the
 * saying, in the past.
 */
export function tenseOf(found: Around | null): Tense {
  if (!found) return undefined;
  // A date in the possessive names an event already reported ("Wednesday's ruling"): the verb of
  // the clause is about what follows it, not about the date.
  if (POSSESSIVE.test(found.after)) return undefined;
  const near = clause(found);
  // The patterns anchored at the expression only need the last words (and scan faster so).
  const tail = near.before.slice(-TAIL);
  // "Since March" is a start behind.
  if (SINCE.test(tail)) return "past";
  // Past perfect rules out the future reading but not a deadline still ahead of the reference; in a relative clause
  // further back ("the sale, which had been expected, is part of a plan to repay it by February") it says nothing.
  if (PAST_PERFECT.test(tail)) return undefined;
  if (SCHEDULE.test(tail)) return "future";
  const future = Math.min(...nearest(FUTURE, near));
  // "were planning to" is future: the words a future marker covers are no past marker.
  const spaces = (w: string): string => " ".repeat(w.length);
  const blank = (s: string): string => (future === Infinity ? s : s.replace(FUTURE, spaces)).replace(PASSIVE, spaces);
  const [pastBack, pastOn] = nearest(PAST, { before: blank(near.before), after: blank(near.after) });
  const past = Math.min(pastBack, pastOn);
  // "By March", "until Tuesday" set a deadline ahead, unless a past verb tells of one met or
  // of a state that lasted ("had filed by Monday", "stayed closed until Tuesday").
  if (DEADLINE.test(tail) && pastBack > DEADLINE_REACH && pastOn > DEADLINE_REACH) return "future";
  if (future <= past) return future === Infinity ? undefined : "future";
  // Only a past verb right at the expression, with no future marker in the clause, is trusted
  // to rule out the coming occurrence: "fell on Jan. 15", not "payable to holders of record Jan. 15".
  if (future !== Infinity) return undefined;
  // A date fronting its sentence ("In January, the company hired…") takes the tense of the main verb after it.
  if (FRONTED.test(near.before) && pastOn <= FRONTED_REACH) return "past";
  if (past <= PAST_REACH) return "past";
  // A past verb further back still governs the date it is modified by ("changed to a calendar year in December"),
  // unless it reports ("said" dates the saying, not what is said), or a verb in the present or an infinitive comes
  // between ("decided to admit them in March").
  // A deadline ("gave them until mid-November") and an auxiliary whose participle points ahead ("was extended to
  // Nov. 16") are not read so.
  const verb = DEADLINE.test(tail) ? null : lastMatch(PAST, blank(near.before));
  if (!verb || NOT_GOVERNING.test(verb[0]) || near.before.length - verb.index > PAST_FAR) return undefined;
  return PRESENT.test(near.before.slice(verb.index + verb[0].length)) ? undefined : "past";
}

function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while ((m = re.exec(s))) last = m;
  return last;
}

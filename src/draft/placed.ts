// Where an undated happening goes: its hedged date (against the story's
// last date or the publication), the words it is matched by, and the event
// another article places "after the talks" that it joins.
import { toWhen } from "../data/dates/index.js";
import type { DateInput, When } from "../data/types.js";
import type { DatePointMention } from "./dates.js";
import { contentWords, samePerson, type Candidate, type Merged } from "./merge.js";
import type { Quote } from "./quotes.js";
import type { Relative, RelativeGroup } from "./relative.js";
import { titleOf } from "./happening.js";
import type { Actorless } from "./passive.js";
import type { Span } from "./text.js";
import type { Undated } from "./undated.js";

/**
 * Undated happenings that another article places "after the talks" join
 * that event rather than stand beside it: a group of them whose hedge fits
 * the relation ("about" or "after" for `after`), that shares who acts and
 * at least two words with one of its members. Returns the groups left.
 */
export function joinRelatives<G extends { merged: Merged }>(groups: readonly G[], relatives: RelativeGroup[]): G[] {
  return groups.filter(({ merged }) => {
    if (merged.members.some((m) => !m.note || !m.actor)) return true;
    const hedges = new Set(merged.members.map((m) => m.when.qualifier));
    // Matched against what the articles place themselves, not against tellings joined before (no chains): in its
    // own article the same actor is enough; else the relative happening that shares most words.
    let target: RelativeGroup | undefined;
    let best = 0;
    for (const r of relatives) {
      if (hedges.has(r.relation === "after" ? "before" : "after")) continue;
      for (const rel of r.members) {
        if (placedBy(rel)) continue;
        for (const m of merged.members) {
          const score = likeness(m, rel);
          if (score > best) [target, best] = [r, score];
        }
      }
    }
    if (!target) return true;
    for (const m of merged.members) {
      if (target.members.some((r) => r.source === m.source)) continue;
      target.members.push({ ...m, relation: target.relation, against: target.members[0]!.against });
    }
    return false;
  });
}

/** Whether a member of a relative group was joined to it by `joinRelatives` rather than placed by its article. */
const placedBy = (rel: Relative): boolean => !!(rel as Relative & { note?: string }).note;

/**
 * How alike a relative happening and an undated one are: 0 unless they share who acts; then, in one article, more
 * than any words can give; else the words they share, from three up.
 */
function likeness(m: Candidate, rel: Relative): number {
  const who = [...(rel.speaker ? [rel.speaker] : []), ...rel.people];
  const acting = [...(m.actor ? [m.actor] : []), ...(m.speaker ? [m.speaker] : [])];
  if (!acting.some((a) => who.some((b) => samePerson(a, b)))) return 0;
  if (m.source === rel.source) return Infinity;
  // The relative happening's words leave its quotation out; the same words quoted are the surest match.
  const theirs = new Set([...rel.words, ...contentWords(rel.quote ?? "")]);
  let shared = 0;
  for (const w of m.words) if (theirs.has(w)) shared++;
  return shared >= 3 ? shared : 0;
}

/**
 * What an undated happening says, to match it with other articles' tellings: its sentence, quotations included (the
 * same words quoted are the surest sign of one statement), and the next sentence when it quotes the same actor;
 * not the words that name the actor.
 */
export function saidWords(
  text: string,
  sentence: Span,
  next: Span | undefined,
  quotes: readonly Quote[],
  u: Undated,
): Set<string> {
  const quote = next && quotes.find((q) => q.speaker === u.actor && q.start >= next.start && q.start < next.end);
  const all = contentWords(text.slice(sentence.start, quote ? Math.max(next.end, quote.end) : sentence.end));
  // Who acts is matched as a name, not as words: "Port director Sven Aalto" shares "port" with any port story.
  const subject = contentWords(text.slice(u.subject.start, u.subject.end));
  return new Set([...all].filter((w) => !subject.has(w)));
}

const DAY = 86_400_000;

/** A day as a floating date, hedged: "about 2025-12-02". */
function hedgedDay(iso: string, hedge: Undated["hedge"]): When | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const earliest = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const day = m[0];
  return { iso: day, precision: "day", earliest, latest: earliest + DAY, qualifier: hedge, text: `${hedge} ${day}` };
}

/**
 * The hedged date of an undated happening: against the story's latest day before it ("later" than Tuesday's
 * talks), or, for plans and reports in the present perfect or when the story names no day, the publication: its
 * first day, or its last for "before" when it is a span.
 */
export function hedged(
  u: Pick<Undated, "cue" | "anchor" | "hedge">,
  narrative: DatePointMention | undefined,
  published: DateInput,
): { when: When; note: string } | null {
  const told = u.cue ? `"${u.cue}"` : "no date";
  const pub = toWhen(published);
  // A date the story looks forward to ("will visit on Thursday") is no anchor for what has happened.
  const ahead = !!narrative && !!pub && narrative.when.earliest >= pub.latest;
  if (u.anchor === "narrative" && narrative && !ahead) {
    const when = hedgedDay(narrative.when.iso, u.hedge);
    const note = `${told} in the text: drafted as ${when?.text}, against the article's last date before it ("${narrative.text}")`;
    return when ? { when, note } : null;
  }
  if (!pub) return null;
  const day = u.hedge === "before" && /\//.test(pub.iso) ? new Date(pub.latest - DAY).toISOString() : pub.iso;
  const when = hedgedDay(day, u.hedge);
  return when
    ? { when, note: `${told} in the text: drafted as ${when.text}, against the article's publication` }
    : null;
}

/**
 * The candidate of a happening told without an actor: titled by its clause, matched by that clause's words only (the
 * rest of its sentence is often another happening), dated like an undated one.
 */
export function actorlessCandidate(
  text: string,
  a: Actorless,
  source: string,
  narrative: DatePointMention | undefined,
  published: DateInput,
): Candidate | null {
  const when = hedged(a, narrative, published);
  if (!when) return null;
  const clause = text.slice(a.clause.start, a.clause.end).replace(/[“"«‘][^”"»’]*[”"»’]/g, " ");
  return {
    source,
    when: when.when,
    dateText: a.cue,
    note: when.note,
    title: titleOf(text, a.clause),
    words: contentWords(clause),
    people: [],
    confidence: a.confidence,
    at: a.clause.start,
    actorless: { rule: a.rule, head: a.head },
  };
}

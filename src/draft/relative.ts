// Happenings dated only against another one: "After the talks, Ushakov
// said…", "Ahead of the meeting, Putin accused…". They become events with
// `after`/`before` pointing at the drafted event the article dates, never a
// date of their own.
import type { Merged } from "./merge.js";
import type { Span } from "./text.js";

// Only "the talks": "these talks" and "that meeting" point back at whatever the text named last,
// which may be another, later happening ("…will brief leaders ahead of these talks").

/** Nouns of a happening another can be placed against; a class each, so "the talks" finds "the meeting". */
const HAPPENINGS: Record<string, string> = {
  talks: "talk",
  talk: "talk",
  meeting: "talk",
  meetings: "talk",
  negotiations: "talk",
  discussions: "talk",
  summit: "talk",
  session: "talk",
  visit: "visit",
  trip: "visit",
  vote: "vote",
  election: "vote",
  ballot: "vote",
  signing: "signing",
  hearing: "hearing",
  conference: "talk",
};
const RELATION = new RegExp(
  `\\b(after|before|ahead of|following|prior to|in the run-up to)\\s+the\\s+` +
    `(?:[\\p{L}-]+\\s+){0,2}?(${Object.keys(HAPPENINGS).join("|")})\\b`,
  "iu",
);

/** A happening one article places after or before another. */
export interface Relative {
  source: string;
  relation: "after" | "before";
  /** The class of the happening it is placed against ("talk"). */
  against: string;
  /** The words that place it, as written: "After the talks". */
  dateText: string;
  title: string;
  words: Set<string>;
  quote?: string;
  speaker?: string;
  people: string[];
  at: number;
}

/** The "after the talks" of a sentence (outside quotations): where, which way, against what. */
export function relationIn(
  text: string,
  sentence: Span,
  quoted: readonly Span[],
): (Span & { relation: "after" | "before"; against: string }) | null {
  const body = text.slice(sentence.start, sentence.end);
  const m = RELATION.exec(body);
  if (!m) return null;
  const start = sentence.start + m.index;
  const span = { start, end: start + m[0].length };
  if (quoted.some((q) => q.start < span.end && span.start < q.end)) return null;
  const way = m[1]!.toLowerCase();
  const relation = way === "after" || way === "following" ? "after" : "before";
  // "will brief them before the talks" is a plan, not a happening the article reports.
  if (/\bwill\b|\bis to\b|\bare to\b/i.test(body)) return null;
  return { ...span, relation, against: HAPPENINGS[m[2]!.toLowerCase()]! };
}

/**
 * The drafted event a relative happening is placed against: of the events
 * its own article dates, the one whose words name that kind of happening
 * ("talks", "meeting"), with the most articles behind it. None, and the
 * happening is left out: a relation to nothing would be invented.
 */
export function anchorOf(rel: Relative, groups: readonly { id: string; merged: Merged }[]): string | undefined {
  let best: { id: string; n: number } | undefined;
  for (const { id, merged } of groups) {
    const own = merged.members.filter((m) => m.source === rel.source);
    const names = own.some((m) => [...m.words].some((w) => kindOf(w) === rel.against));
    if (names && (!best || merged.members.length > best.n)) best = { id, n: merged.members.length };
  }
  return best?.id;
}

/** The happening a content word stem names: "talk", "meet" (meeting), "vot" (vote, voted). */
function kindOf(stem: string): string | undefined {
  return HAPPENINGS[stem] ?? HAPPENINGS[`${stem}s`] ?? HAPPENINGS[`${stem}e`] ?? HAPPENINGS[`${stem}ing`];
}

/**
 * Relative happenings merged: one per anchor and direction whose words overlap (the same speaker, the same subject).
 */
export interface RelativeGroup {
  anchor: string;
  relation: "after" | "before";
  members: Relative[];
}

/**
 * Groups relative happenings placed the same way against the same event
 * when they share a person (speaker or named) and at least a third of the
 * shorter one's words: stricter than for dated events, as many things
 * happen "after the talks".
 */
export function mergeRelatives(placed: readonly { rel: Relative; anchor: string }[]): RelativeGroup[] {
  const groups: RelativeGroup[] = [];
  for (const { rel, anchor } of placed) {
    const group = groups.find(
      (g) => g.anchor === anchor && g.relation === rel.relation && g.members.some((m) => alike(m, rel)),
    );
    if (!group) groups.push({ anchor, relation: rel.relation, members: [rel] });
    else if (!group.members.some((m) => m.source === rel.source)) group.members.push(rel);
  }
  return groups;
}

function alike(a: Relative, b: Relative): boolean {
  const people = new Set([...a.people, ...(a.speaker ? [a.speaker] : [])]);
  if (![...b.people, ...(b.speaker ? [b.speaker] : [])].some((p) => people.has(p))) return false;
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared++;
  return shared >= 3 && shared >= Math.min(a.words.size, b.words.size) / 3;
}

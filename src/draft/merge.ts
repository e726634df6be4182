// Several articles report one happening: their candidate events become one
// event with one citation per article. The rule is deliberately plain so
// an editor can predict it (see {@link mergeCandidates}).
import type { When } from "../data/types.js";
import { NATIONALITIES } from "./lexicon.js";

/** A dated happening as one article tells it, before merging. */
export interface Candidate {
  /** Source id of the article. */
  source: string;
  when: When;
  /** The date as the article wrote it; "" when it wrote none (see `note`). */
  dateText: string;
  /** How an undated happening was dated: "no date in the text: about …, the article's last date before it". */
  note?: string;
  /** Who acts in a happening told without a date ("Yuri Ushakov", "European leaders"); see `undatedIn`. */
  actor?: string;
  /** The clause, word for word. */
  title: string;
  /** Content words of the sentence outside quotations, reduced to stems. */
  words: Set<string>;
  /** A dated candidate's words of its own sentence, when `words` also takes in the next. */
  own?: Set<string>;
  quote?: string;
  speaker?: string;
  people: string[];
  confidence: number;
  /** Problems the date's reading found ("weekday-mismatch"): the editor should check the date. */
  doubts?: string[];
  /** Offset of the date in the article: merged events keep the first article's order. */
  at: number;
  /** How a happening told without an actor was read ("passive") and its word ("leaked"); see `actorlessIn`. */
  actorless?: { rule: string; head: string };
  /** A group's deed, as a class of verbs ("criticise" for "accused" too): what two articles' groups can share. */
  deed?: string;
}

/** Candidates found to tell of one happening, and the words they share. */
export interface Merged {
  members: Candidate[];
  shared: string[];
}

const STOP = new Set(
  (
    "the and for with that this from into over after before about than then them they their there were was are " +
    "has have " +
    "had not but also its his her our who which what when while will would could should been being said says told " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july august " +
    "september october november december today yesterday tomorrow week month year earlier later last next"
  ).split(" "),
);

/** The content words of a text, lower-cased and stripped of common endings ("talks" and "talk"; "met" stays "met"). */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{L}[\p{L}\p{N}'’-]*/gu)) {
    // "perfect'" closes a single-quoted fragment; "Putin's" is Putin.
    const w = m[0]
      .toLowerCase()
      .replace(/['’]+$/, "")
      .replace(/['’]s$/, "");
    if (w.length < 3 || STOP.has(w)) continue;
    // Names are kept whole ("Jared", not "jar").
    if (/^\p{Lu}/u.test(m[0]) && !/^\p{Lu}+$/u.test(m[0])) {
      out.add(w);
      continue;
    }
    // "voted" and "vote", "talks" and "talk" meet at "vot", "talk".
    out.add(w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/, "").replace(/e$/, "") : w.replace(/s$/, ""));
  }
  return out;
}

const DAY = 86_400_000;

/** The instants a hedged date allows: a day either side of "about", anything before "before" or after "after". */
function allowed(w: When): [number, number] {
  if (w.qualifier === "about") return [w.earliest - DAY, w.latest + DAY];
  if (w.qualifier === "before") return [-Infinity, w.latest];
  if (w.qualifier === "after") return [w.earliest, Infinity];
  return [w.earliest, w.latest];
}
const HEDGES = new Set(["about", "before", "after"]);

/**
 * Calendar dates agree when both name the same day, or, coarser than a day, the same period at the same precision.
 * A hedged date ("about", "before", "after" a day) agrees with every date it allows.
 */
export function datesAgree(a: When, b: When): boolean {
  if (HEDGES.has(a.qualifier ?? "") || HEDGES.has(b.qualifier ?? "")) {
    const [a0, a1] = allowed(a);
    const [b0, b1] = allowed(b);
    return a0 < b1 && b0 < a1;
  }
  const fine = (w: When): boolean => ["day", "hour", "minute", "second"].includes(w.precision);
  if (fine(a) && fine(b)) return a.iso.slice(0, 10) === b.iso.slice(0, 10) && a.iso.slice(0, 1) !== "-";
  return a.precision === b.precision && a.iso === b.iso;
}

function shared(a: Set<string>, b: Set<string>): string[] {
  const out: string[] = [];
  for (const w of a) if (b.has(w)) out.push(w);
  return out;
}

/** Two names of one person: the same, or one the other's surname ("Aalto" and "Sven Aalto"). */
export const samePerson = (a: string, b: string): boolean => a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);

/** Who a candidate names: its actor, its speaker, its people. */
const whoOf = (c: Candidate): string[] => [
  ...(c.actor ? [c.actor] : []),
  ...(c.speaker ? [c.speaker] : []),
  ...c.people,
];

/**
 * Whether two candidates whose dates agree tell of one happening, given the words they share. An undated one (an
 * `actor`, no date of its own) must also share who acts: in one article that is enough, as it is when two people
 * are shared; else it also needs three words besides names and nationalities ("Zelensky stressed…" and
 * "Zelensky has stated…" share his name and title only), or, for two groups, four words and more: "about Tuesday"
 * fits every happening of Tuesday.
 */
function alike(m: Candidate, c: Candidate, both: readonly string[]): boolean {
  const least = Math.min(m.words.size, c.words.size);
  const enough = both.length >= 2 && both.length >= 0.2 * least;
  // A happening without an actor ("the plan was revised") is matched only with another told so: a dated event's
  // words take in the next sentence, which is often where the article mentions it in passing.
  if (!!m.actorless !== !!c.actorless) return false;
  if (m.actorless) {
    // Two happenings to one thing ("leaked", "revised") share their words but not their verb: the verb must match.
    const same =
      contentWords(m.actorless.head).values().next().value === contentWords(c.actorless!.head).values().next().value;
    return same && m.source !== c.source && both.length >= 3 && both.length >= 0.3 * least;
  }
  if (!m.actor && !c.actor) return enough;
  const who = new Set(whoOf(m));
  // Who acts in an undated happening is its actor; people it merely mentions ("an adviser to Putin") are not.
  const acting = (x: Candidate): string[] => (x.actor ? [x.actor, ...(x.speaker ? [x.speaker] : [])] : []);
  const within = (p: string, names: readonly string[]): boolean => names.some((n) => samePerson(p, n));
  const common = new Set([
    ...acting(c).filter((p) => within(p, whoOf(m))),
    ...acting(m).filter((p) => within(p, whoOf(c))),
  ]);
  // The same actor in the same article at dates that agree: one happening ("Ushakov said… Ushakov noted…"), unless
  // the article dates one telling and words set them apart ("Ferreira declared mourning" and "will speak on Monday").
  const names = contentWords([...whoOf(m), ...whoOf(c)].join(" "));
  const said = both.filter((w) => !names.has(w) && !TITLE_WORDS.has(w) && !NATIONALITIES.has(w));
  if (common.size && m.source === c.source) {
    // Two undated tellings merge when placed alike: "later ordered" and "wrote" are two happenings in a narrative.
    if (!!m.actor && !!c.actor && m.when.qualifier === c.when.qualifier) return true;
    // A dated telling's words take in the next sentence, which in its own article is often this one: its own
    // sentence's words must do ("Putin met the envoys on Tuesday." is not "…, as Putin accused European leaders").
    const own = shared(m.own ?? m.words, c.own ?? c.words);
    return own.filter((w) => said.includes(w)).length >= 2;
  }
  // Two people besides the actor, named in the other's words: a meeting ("Putin met Kushner and Witkoff").
  const surname = (p: string): string => p.split(" ").pop()!.toLowerCase();
  const met = c.people.filter((p) => p !== c.actor && (who.has(p) || m.words.has(surname(p))));
  if (new Set(met.map(surname)).size >= 2 && !met.some((p) => c.actor && surname(p) === surname(c.actor))) return true;
  // Groups ("European leaders", "European and Ukrainian officials") are seldom named alike: a shared place and the
  // same kind of deed ("criticised", "accused") make one reaction.
  if (m.deed && m.deed === c.deed && m.source !== c.source && sharedPlace(m.actor, c.actor)) return true;
  // Else one article tells two happenings: a dated one's words take in the next sentence, which may be this one.
  if (!enough || m.source === c.source) return false;
  if (common.size) return said.length >= 3;
  // Other groups: words must do.
  return !!m.actor && !!c.actor && both.length >= 4 && both.length >= 0.3 * least;
}
/** Whether two groups share a proper word: "European leaders" and "European and Ukrainian officials". */
function sharedPlace(a = "", b = ""): boolean {
  const proper = (s: string): string[] => (s.match(/\p{Lu}[\p{L}.]*/gu) ?? []).map((w) => w.toLowerCase());
  const theirs = new Set(proper(b));
  return proper(a).some((w) => theirs.has(w));
}

// Words of a name's title, which any two mentions of one person share.
const TITLE_WORDS = new Set([
  "president",
  "minister",
  "prime",
  "secretary",
  "aide",
  "spokesman",
  "envoy",
  "senior",
  "top",
]);

/**
 * Groups candidates that tell of one happening. Two candidates are one
 * happening when **their dates agree** (the same day; or the same month,
 * year… at the same precision) **and their words overlap**: they share at
 * least two content words (names included, dates and function words not),
 * and the shared words are at least a fifth of the shorter sentence's.
 * A hedged date ("about Tuesday", "after Dec 2") agrees with the dates it
 * allows, and an undated happening also needs the same actor (see `alike`).
 * Each candidate joins the group whose closest member it overlaps most, in
 * the articles' order; a group takes at most one candidate per article
 * (an article that tells the happening twice is cited once, at its first
 * telling, and its later tellings join as nothing new).
 *
 * @example
 * ```ts
 * mergeCandidates(candidates).map((m) => m.members.length); // [3, 1, 1]
 * ```
 */
export function mergeCandidates(candidates: readonly Candidate[]): Merged[] {
  const groups: Merged[] = [];
  for (const c of candidates) {
    let best: { group: Merged; words: string[] } | null = null;
    for (const group of groups) {
      for (const m of group.members) {
        if (!datesAgree(m.when, c.when)) continue;
        const both = shared(m.words, c.words);
        // One article telling one actor twice without a date tells one happening ("Ushakov said… Ushakov noted…").
        if (m.source === c.source && m.actor && m.actor === c.actor && m.when.qualifier === c.when.qualifier) {
          best ??= { group, words: both };
          continue;
        }
        if (!alike(m, c, both)) continue;
        if (!best || both.length > best.words.length) best = { group, words: both };
      }
    }
    if (!best) {
      groups.push({ members: [c], shared: [] });
      continue;
    }
    if (!best.group.members.some((m) => m.source === c.source)) best.group.members.push(c);
    best.group.shared = [...new Set([...best.group.shared, ...best.words])];
  }
  return groups;
}

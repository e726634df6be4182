// Several articles report one happening: their candidate events become one
// event with one citation per article. The rule is deliberately plain so
// an editor can predict it (see {@link mergeCandidates}).
import type { When } from "../data/types.js";

/** A dated happening as one article tells it, before merging. */
export interface Candidate {
  /** Source id of the article. */
  source: string;
  when: When;
  /** The date as the article wrote it. */
  dateText: string;
  /** The clause, word for word. */
  title: string;
  /** Content words of the sentence outside quotations, reduced to stems. */
  words: Set<string>;
  quote?: string;
  speaker?: string;
  people: string[];
  confidence: number;
  /** Problems the date's reading found ("weekday-mismatch"): the editor should check the date. */
  doubts?: string[];
  /** Offset of the date in the article: merged events keep the first article's order. */
  at: number;
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
    const w = m[0].toLowerCase().replace(/['’]s$/, "");
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

/** Calendar dates agree when both name the same day, or, coarser than a day, the same period at the same precision. */
export function datesAgree(a: When, b: When): boolean {
  const fine = (w: When): boolean => ["day", "hour", "minute", "second"].includes(w.precision);
  if (fine(a) && fine(b)) return a.iso.slice(0, 10) === b.iso.slice(0, 10) && a.iso.slice(0, 1) !== "-";
  return a.precision === b.precision && a.iso === b.iso;
}

function shared(a: Set<string>, b: Set<string>): string[] {
  const out: string[] = [];
  for (const w of a) if (b.has(w)) out.push(w);
  return out;
}

/**
 * Groups candidates that tell of one happening. Two candidates are one
 * happening when **their dates agree** (the same day; or the same month,
 * year… at the same precision) **and their words overlap**: they share at
 * least two content words (names included, dates and function words not),
 * and the shared words are at least a fifth of the shorter sentence's.
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
        if (both.length < 2 || both.length < 0.2 * Math.min(m.words.size, c.words.size)) continue;
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

// Groups that act in news without a name: "European leaders", "Western
// governments", "the allies", "some European and Ukrainian officials". A
// group is a plural noun of people or organisations, read with the
// adjectives and determiners before it; who in it acted stays unnamed.
import { isPastForm } from "./happening.js";
import { NATIONALITIES, VERBS } from "./lexicon.js";
import type { SpeakerPhrase } from "./speakers.js";
import { words, type Span, type Word } from "./text.js";

/** Plural nouns of people or organisations that act as one in news copy. */
const GROUP_NOUNS = new Set(
  (
    "officials leaders governments allies ministers diplomats lawmakers legislators senators negotiators envoys " +
    "states countries nations members parties authorities regulators prosecutors investigators police troops " +
    "forces soldiers rebels militants insurgents protesters demonstrators campaigners activists workers unions " +
    "teachers doctors nurses farmers residents villagers voters shareholders creditors donors partners " +
    "companies firms banks airlines lenders producers opposition delegates delegations mediators monitors " +
    "inspectors judges courts councils ministries agencies commanders generals"
  ).split(" "),
);

/** Groups whose verbs are commentary on the news rather than happenings of it. */
const COMMENTATORS = new Set(
  "analysts experts observers commentators critics economists pundits scholars academics sources".split(" "),
);

/** Words that open a group's phrase: "the allies", "some officials", "several governments". */
const OPENERS = new Set(
  "the some many several most other both all two three four five dozens hundreds thousands".split(" "),
);

/** Lower-case words that never sit inside a group's name. */
const STOPS = new Set(
  "of in on at to for with by from about as than and or but not no is are was were has have had will would that this these those there it".split(
    " ",
  ),
);

/** Lower-case adjectives of a group ("western governments" written lower case is rare; "senior officials"). */
const GROUP_ADJECTIVES = new Set(
  "western eastern european senior top local regional federal foreign military government state allied rival".split(
    " ",
  ),
);

/** A group subject read at the head of a stretch of text, and the verb after it. */
export interface GroupSubject {
  phrase: SpeakerPhrase;
  verb: Word;
  /** Whether a proper adjective places it ("European leaders", not "officials"). */
  placed: boolean;
  /** Whether its members comment rather than act ("analysts", "observers"). */
  commentators: boolean;
}

/**
 * The group that opens `span` (after an opening phrase closed by a comma: "In a public reaction, …"), if its words
 * are an optional determiner, adjectives (proper ones joined by "and" or commas) and a plural noun of people or
 * organisations, and a verb follows.
 *
 * @example
 * ```ts
 * const t = "In a public reaction, some European and Ukrainian officials accused Russia of stalling.";
 * groupSubject(t, { start: 0, end: t.length })?.phrase.text; // "some European and Ukrainian officials"
 * ```
 */
export function groupSubject(text: string, span: Span): GroupSubject | null {
  const ws = words(text, span.start, span.end).slice(0, 24);
  let from = 0;
  const comma = ws.findIndex((w, n) => n < 10 && n + 1 < ws.length && /,/.test(text.slice(w.end, ws[n + 1]!.start)));
  if (comma >= 0 && !ws.slice(0, comma + 1).some((w) => VERBS.has(w.text) || isPastForm(w.text))) from = comma + 1;
  const head = ws.findIndex((w, n) => n >= from && n < from + 8 && GROUP_HEADS.has(w.text.toLowerCase()));
  if (head < 0) return null;
  const before = ws.slice(from, head);
  if (!before.every((w, n) => fits(w, n, before))) return null;
  const verb = ws[head + 1];
  if (!verb || verb.text !== verb.text.toLowerCase() || !/^\s+$/.test(text.slice(ws[head]!.end, verb.start)))
    return null;
  const phrase: SpeakerPhrase = {
    start: ws[from]!.start,
    end: ws[head]!.end,
    text: text.slice(ws[from]!.start, ws[head]!.end),
    kind: "unnamed",
    roles: [],
  };
  // A capital past the sentence's first word, or a nationality however placed: "European leaders", "the EU states".
  const placed = before.some(
    (w) => /^\p{Lu}/u.test(w.text) && (w.start !== span.start || NATIONALITIES.has(w.text.toLowerCase())),
  );
  const commentators = COMMENTATORS.has(ws[head]!.text.toLowerCase());
  return { phrase, verb, placed, commentators };
}

const GROUP_HEADS = new Set([...GROUP_NOUNS, ...COMMENTATORS]);

/** Whether word `n` of the words before a group's noun can belong to its phrase. */
function fits(w: Word, n: number, before: readonly Word[]): boolean {
  const l = w.text.toLowerCase();
  if (n === 0 && OPENERS.has(l)) return true;
  if (/^\p{Lu}/u.test(w.text) && !VERBS.has(l)) return true;
  if (GROUP_ADJECTIVES.has(l)) return true;
  // A noun before the noun: "safety regulators", "opposition lawmakers", "union leaders".
  if (w.text === l && n > 0 && !VERBS.has(l) && !isPastForm(l) && !STOPS.has(l) && !/ly$/.test(l)) return true;
  // "European and Ukrainian officials": "and" only between two capitals.
  return l === "and" && n > 0 && n + 1 < before.length && /^\p{Lu}/u.test(before[n + 1]!.text);
}

// Verbs news uses for one kind of deed, by their stems: "criticised Putin" and "accused Russia" are one reaction.
const DEED_CLASSES: readonly (readonly string[])[] = [
  ["critici", "accus", "condemn", "denounc", "blam", "slam", "rebuk", "attack", "lambast", "castigat"],
  ["welcom", "prais", "hail", "applaud", "back", "support", "endors"],
  ["reject", "dismiss", "refus", "rebuff", "spurn"],
  ["warn", "caution", "threaten"],
  ["protest", "march", "rall", "demonstrat"],
];

/** The class of a group's verb ("accused" → "critici"), or its own stem when it has none. */
export function deedOf(verb: string): string {
  const v = verb.toLowerCase();
  for (const group of DEED_CLASSES) if (group.some((stem) => v.startsWith(stem))) return group[0]!;
  return v.replace(/(?:ed|es|s|d)$/, "");
}

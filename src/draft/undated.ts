// Happenings a report tells without a date of its own: "Rubio later said…",
// "Kremlin spokesman Dmitry Peskov announced…", "Umerov will inform…". News
// dates them by the report itself or by the story's last date, so the draft
// does too, with a hedge ("about", "before" or "after" that anchor) and a
// lower confidence than a happening the text dates.
import { sentenceSubject, subjectBefore } from "./attribution.js";
import { groupSubject, type GroupSubject } from "./groups.js";
import { isPastForm, verbsIn } from "./happening.js";
import { VERBS } from "./lexicon.js";
import { samePerson } from "./merge.js";
import { resolve } from "./resolve.js";
import { phraseBefore, type Mention, type SpeakerPhrase } from "./speakers.js";
import { words, type Span, type Word } from "./text.js";

/** How an undated happening stands to its anchor. */
export type Hedge = "about" | "before" | "after";

/** A happening told without a date, as one sentence tells it. */
export interface Undated {
  /** Who acts: a resolved name ("Yuri Ushakov", "the Kremlin") or a group as written ("European leaders"). */
  actor: string;
  /** Whether `actor` names one person or organisation, rather than a group. */
  named: boolean;
  hedge: Hedge;
  /** What to anchor on: the article's latest date before the sentence, or its publication. */
  anchor: "narrative" | "published";
  /** The words that place it in time, as written ("later", "will", "is due to"); "" when the text says nothing. */
  cue: string;
  /** The actor's words and the verb: the clause to title the event from. */
  subject: Span;
  verb: Word;
  confidence: number;
}

// Adverbs between the subject and its verb; some place the happening against the story's time.
export const CUES: Record<string, Hedge | null> = {
  later: "after",
  subsequently: "after",
  afterwards: "after",
  then: "after",
  earlier: "before",
  previously: "before",
  already: "before",
  recently: "before",
  initially: "before",
  also: null,
  again: null,
  separately: null,
  reportedly: null,
  publicly: null,
  openly: null,
  bluntly: null,
  flatly: null,
  further: null,
  however: null,
  once: null,
  first: null,
  finally: null,
};
// Plans: "is due to", "are set to", "plans to": after the report.
const PLAN =
  /^(?:is|are|was|were)\s+(?:due|set|expected|scheduled|preparing|planning|poised|going)\s+to\b|^plans?\s+to\b/;
// A sentence that opens with a subordinate clause ("While Russian officials described…, they…") has its
// happening in the main clause, whose subject is seldom named again.
const SUBORDINATE = /^(?:while|although|though|as|if|when|whereas|because|since|despite|unless|once)\s/i;
// "has repeatedly said", "has long argued": a stance held over time, not a happening to date.
const HABITUAL = new Set([
  "repeatedly",
  "long",
  "often",
  "always",
  "frequently",
  "consistently",
  "usually",
  "routinely",
]);
const NEGATION = new Set(["not", "never", "n't", "no"]);

/**
 * How sure an undated happening is, by who acts: a named person is surest; an organisation ("the Kremlin signalled")
 * is as often the article's summary of a happening it dates elsewhere; a group ("European leaders") or an analyst
 * ("Ana Ruiz, an economist at…") least.
 */
const ACTOR_TRUST = {
  named: 0.6,
  role: 0.55,
  org: 0.5,
  acting: 0.6,
  doing: 0.55,
  group: 0.45,
  vague: 0.4,
  commentator: 0.45,
} as const;

/**
 * Who acts when a group does: a group a reader can place ("European leaders", "the allies") is trusted as a group;
 * one that cannot be placed ("officials") less; commentators ("analysts", "observers") make none. A group's act on someone
 * named ("criticised Putin") or a deed ("blocked the road") can raise it (see `acts`).
 */
function groupActor(group: GroupSubject): { actor: string; trust: keyof typeof ACTOR_TRUST } | null {
  const actor = group.phrase.text.replace(/^(?:the|some)\s+/i, "");
  const definite = /^the\s/i.test(group.phrase.text);
  if (group.commentators) return null;
  return { actor, trust: group.placed || definite ? "group" : "vague" };
}

/**
 * Whether a group's verb is a deed rather than talk: a verb that is no verb of saying ("marched", "imposed"), or one
 * aimed at someone named ("accused Russia", "criticised Putin"). "Officials maintained that…" is talk.
 */
function acts(text: string, verb: Word, sentence: Span): boolean {
  const next = words(text, verb.end, Math.min(sentence.end, verb.end + 40))[0];
  const named = !!next && /^\p{Lu}/u.test(next.text) && /^\s+$/.test(text.slice(verb.end, next.start));
  return named || !VERBS.has(verb.text);
}

/**
 * The undated happening of a sentence, if the sentence opens (after any
 * "In a statement," lead) with an actor (a named person or organisation,
 * a role that refers back to one, or a group with a proper adjective:
 * "European leaders") and a verb in the past, the present perfect or the
 * future. Present tense ("Putin demands…") is background, and negated
 * verbs ("did not comment") tell of nothing happening: neither is kept.
 * Pronoun subjects continue the happening before them and make none. In
 * news, a statement without a time word ("Brunner said…") is anchored on
 * the publication, other happenings on the story's latest date before them.
 */
export function undatedIn(
  text: string,
  sentence: Span,
  quoted: readonly Span[],
  mentions: readonly Mention[],
  index: number,
  how: { mode?: "news" | "narrative" | undefined; entry?: boolean } = {},
): Undated | null {
  if (SUBORDINATE.test(text.slice(sentence.start, sentence.end))) return null;
  const firstQuote = quoted.find((q) => q.start >= sentence.start && q.start < sentence.end);
  const until = firstQuote ? firstQuote.start : sentence.end;
  const opening = sentenceSubject(text, sentence, until);
  const named = opening && opening.phrase.kind !== "unnamed" ? opening : appositive(text, sentence, until);
  const group = named ? null : groupSubject(text, { start: sentence.start, end: until });
  const found = named ?? (group ? { phrase: group.phrase, verb: group.verb } : null);
  if (!found) return null;
  const who = group ? groupActor(group) : actorOf(text, sentence, found.phrase, mentions, index);
  if (!who) return null;
  const first = words(text, sentence.start, sentence.start + 16)[0];
  const lead = first && first.start < found.phrase.start ? first : undefined;
  const tense = tenseAt(text, found.verb, sentence, lead, !!how.entry);
  if (!tense) return null;
  // A deed raises a group one step: "European leaders criticised Putin" is news, "officials maintained that…" is not.
  // Told as background ("had previously rejected"), a group's deed stays where it was.
  if (group && tense.hedge !== "before" && acts(text, tense.verb, sentence)) {
    if (who.trust === "group") who.trust = "acting";
    else if (who.trust === "vague") who.trust = "doing";
  }
  // News reports what was said at the time of the report: "Brunner said" is not of the flood the story last dated.
  // A live blog's entry is of its own time stamp.
  const news = (how.mode ?? "news") === "news" && !how.entry;
  if (news && tense.anchor === "narrative" && !tense.cue && VERBS.has(tense.verb.text)) tense.anchor = "published";
  const trust = ACTOR_TRUST[who.trust] * tense.trust;
  return {
    actor: who.actor,
    named: !["group", "acting", "doing", "vague"].includes(who.trust),
    hedge: tense.hedge,
    anchor: tense.anchor,
    cue: tense.cue,
    subject: { start: found.phrase.start, end: found.phrase.end },
    verb: tense.verb,
    confidence: trust,
  };
}

const FINITE = new Set(["has", "have", "had", "will", "is", "are", "was", "were"]);

/**
 * "Yuri Ushakov, a foreign policy adviser to Putin, described…", "The head of the team, Rustem Umerov, will…":
 * the subject before or inside an appositive, and the verb right after its closing comma.
 */
function appositive(text: string, sentence: Span, until: number): { phrase: SpeakerPhrase; verb: Word } | null {
  const ws = words(text, sentence.start, until).slice(0, 24);
  for (let i = 2; i < ws.length; i++) {
    const w = ws[i]!;
    if (!text.slice(ws[i - 1]!.end, w.start).includes(",") || !(isPastForm(w.text) || FINITE.has(w.text))) continue;
    const phrase = subjectBefore(text, ws, i) ?? enclosed(text, ws, i);
    return phrase ? { phrase, verb: w } : null;
  }
  return null;
}

/** The name between the last two commas before word `i` ("…, Rustem Umerov, will"). */
function enclosed(text: string, ws: readonly Word[], i: number): SpeakerPhrase | null {
  for (let k = i - 2; k >= 0; k--) {
    if (!text.slice(ws[k]!.end, ws[k + 1]!.start).includes(",")) continue;
    const phrase = phraseBefore(text, ws.slice(k + 1, i));
    return phrase && (phrase.kind === "person" || phrase.kind === "org") ? phrase : null;
  }
  return null;
}

/**
 * The lead of a news story tells its main happening, often with no date and a subject no rule names ("Teachers in
 * Northvale have voted to strike…"): its first verb in the past, the present perfect or the future dates it against
 * the publication, at a lower confidence than a named actor's.
 */
export function ledeIn(text: string, sentence: Span, quoted: readonly Span[]): Undated | null {
  const body = text.slice(sentence.start, sentence.end);
  if (SUBORDINATE.test(body) || words(body).some((w) => HABITUAL.has(w.text))) return null;
  for (const verb of verbsIn(text, sentence, quoted)) {
    const tense = tenseAt(text, verb, sentence, undefined, false);
    if (!tense) continue;
    const at = { start: sentence.start, end: sentence.start };
    const base = { actor: "", named: false, anchor: "published" as const, cue: tense.cue, subject: at };
    return { ...base, hedge: tense.hedge, verb: tense.verb, confidence: LEDE_TRUST * tense.trust };
  }
  return null;
}
const LEDE_TRUST = 0.55;

function actorOf(
  text: string,
  sentence: Span,
  phrase: SpeakerPhrase,
  mentions: readonly Mention[],
  index: number,
): { actor: string; trust: keyof typeof ACTOR_TRUST } | null {
  if (phrase.kind === "pronoun" || phrase.kind === "unnamed") return null;
  // "Parents have criticised…": a capital that only opens the sentence, and names nobody named before ("General
  // Ortega… Ortega wrote" names him).
  const single = phrase.kind === "person" && phrase.text === phrase.name && !phrase.text.includes(" ");
  if (single && phrase.start === sentence.start) {
    const name = phrase.name!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const full = new RegExp(`\\p{Lu}[\\p{L}.]*\\s+${name}\\b`, "u");
    const named = mentions.some((m) => m.start < phrase.start && samePerson(m.name, phrase.name!));
    if (!named && !full.test(text.slice(0, sentence.start))) return null;
  }
  const resolved = resolve(phrase, mentions, index);
  if (!resolved.speaker) return null;
  // "One parent, Sarah Lin, told…": a voice from the street comments on the news.
  if (/^(?:one|a|an|another)\s/i.test(text.slice(sentence.start, phrase.start))) {
    return { actor: resolved.speaker, trust: "commentator" };
  }
  // An analyst's or a professor's view comments on the news; it is seldom a happening of its own.
  const roles = [...phrase.roles, ...mentions.filter((m) => m.name === resolved.speaker).flatMap((m) => m.roles)];
  if (roles.includes("analyst")) return { actor: resolved.speaker, trust: "commentator" };
  return { actor: resolved.speaker, trust: phrase.kind === "role" ? "role" : phrase.kind === "org" ? "org" : "named" };
}

interface Tense {
  hedge: Hedge;
  anchor: "narrative" | "published";
  cue: string;
  verb: Word;
  trust: number;
}

/**
 * The tense of the verb phrase starting at `first`, past the adverbs between subject and verb; `opening` is the
 * sentence's first word when it comes before the subject ("Earlier, Holt thanked…"). In a live blog's entry the
 * present of a verb of saying ("Aalto says") is news of the entry's time.
 */
function tenseAt(text: string, first: Word, sentence: Span, opening: Word | undefined, entry: boolean): Tense | null {
  const ws = words(text, first.start, sentence.end).slice(0, 8);
  let i = 0;
  const cues: Word[] = [];
  let hedge: Hedge | null = null;
  const lead = opening ? CUES[opening.text.toLowerCase()] : undefined;
  if (opening && lead) {
    hedge = lead;
    cues.push(opening);
  }
  if (ws.slice(0, 4).some((w) => HABITUAL.has(w.text))) return null;
  for (; i < ws.length && ws[i]!.text in CUES; i++) {
    const h = CUES[ws[i]!.text];
    if (h) {
      hedge = h;
      cues.push(ws[i]!);
    }
  }
  const w = ws[i];
  if (!w) return null;
  // "had previously rejected", "will then meet": adverbs between the auxiliary and its verb.
  let j = i + 1;
  for (; FINITE.has(w.text) && j < ws.length && ws[j]!.text in CUES; j++) {
    const h = CUES[ws[j]!.text];
    if (h) {
      hedge = h;
      cues.push(ws[j]!);
    }
  }
  const next = ws[j];
  if (next && NEGATION.has(next.text)) return null;
  const rest = text.slice(w.start, sentence.end);
  const cue = (extra?: Span): string =>
    [...cues, ...(extra ? [extra] : [])].map((c) => text.slice(c.start, c.end)).join(" … ");
  if (w.text === "will") {
    return next ? { hedge: "after", anchor: "published", cue: cue(w), verb: next, trust: 0.9 } : null;
  }
  const plan = PLAN.exec(rest);
  if (plan) {
    const span = { start: w.start, end: w.start + plan[0].length };
    return { hedge: "after", anchor: "published", cue: cue(span), verb: w, trust: 0.9 };
  }
  if ((w.text === "has" || w.text === "have") && next && isPastForm(next.text)) {
    // "has stated": done by the time of the report.
    return { hedge: hedge ?? "about", anchor: "published", cue: cue(), verb: next, trust: 0.9 };
  }
  if (w.text === "had" && next && isPastForm(next.text)) {
    return { hedge: "before", anchor: "narrative", cue: cue(), verb: next, trust: 0.85 };
  }
  if ((w.text === "was" || w.text === "were") && next && isPastForm(next.text)) {
    return { hedge: hedge ?? "about", anchor: "narrative", cue: cue(), verb: next, trust: 0.85 };
  }
  if (entry && VERBS.has(w.text) && /s$/.test(w.text) && !isPastForm(w.text)) {
    return { hedge: hedge ?? "about", anchor: "narrative", cue: cue(), verb: w, trust: 0.9 };
  }
  if (!isPastForm(w.text)) return null;
  return { hedge: hedge ?? "about", anchor: "narrative", cue: cue(), verb: w, trust: cues.length ? 1 : 0.95 };
}

// Where a sentence whose own subject does nothing tells a happening in a clause: "The meeting came after Putin
// earlier signalled…", "Tensions rose, as Putin accused European leaders…".
const SUB_CLAUSE = /\b(?:came after|followed|, as|, after|, when)\s+/g;

/** The happening of a clause after "came after", ", as"…, a little less sure than a sentence's own. */
export function subClause(
  text: string,
  sentence: Span,
  quoted: readonly Span[],
  known: readonly Mention[],
  index: number,
  how: Parameters<typeof undatedIn>[5],
): Undated | null {
  SUB_CLAUSE.lastIndex = 0;
  const body = text.slice(sentence.start, sentence.end);
  for (let m = SUB_CLAUSE.exec(body); m; m = SUB_CLAUSE.exec(body)) {
    const start = sentence.start + m.index + m[0].length;
    if (quoted.some((q) => start >= q.start && start < q.end)) continue;
    const u = undatedIn(text, { start, end: sentence.end }, quoted, known, index, how);
    if (u?.named) return { ...u, confidence: u.confidence * 0.9 };
  }
  return null;
}

// Which words of a sentence attribute a quotation: the verb ("said",
// "according to", "telling") and the phrase naming who speaks, found after
// the quotation ("…,” she said", "…,” said Ushakov") or before it
// ("Ushakov said the talks were “useful”").
import { isPastForm, verbsIn } from "./happening.js";
import { ADVERBS, DETERMINERS, MODIFIERS, OBJECT_VERBS, PLURAL_ROLES, ROLE, VERBS } from "./lexicon.js";
import type { Marked } from "./marks.js";
import { phraseAfter, phraseBefore, type SpeakerPhrase } from "./speakers.js";
import { words, type Span, type Word } from "./text.js";

/** The attribution of one quotation, as written. */
export interface Attribution {
  verb: string;
  verbSpan: Span;
  phrase: SpeakerPhrase;
  /**
   * Where it was found: after the quotation, before it, or the subject of the sentence (for "…, telling reporters:
   * “…”").
   */
  rule: "after" | "inverted" | "before" | "according-to" | "subject";
}

const isVerb = (w: Word): boolean => w.text === w.text.toLowerCase() && VERBS.has(w.text);
const MAX_APPOSITIVE = 12;

/** The attribution of quotation `k` of a sentence, from the words outside quotations around it; null when none. */
export function attribute(text: string, sentence: Span, quotes: readonly Marked[], k: number): Attribution | null {
  const q = quotes[k]!;
  const right: Span = { start: q.end, end: quotes[k + 1]?.start ?? sentence.end };
  const left: Span = { start: quotes[k - 1]?.end ?? sentence.start, end: q.start };
  // A fragment belongs to the writer's clause, whose speaker comes first ("…, adding that the talks were “useful,”
  // Russia…").
  if (isFragment(text, sentence, q)) return before(text, left, sentence) ?? after(text, right);
  return after(text, right) ?? before(text, left, sentence);
}

/** A fragment: lower case at its start, or inside the writer's sentence without a colon or comma leading in. */
export function isFragment(text: string, sentence: Span, q: Marked): boolean {
  if (/\p{Ll}/u.test(text[q.inner.start] ?? "")) return true;
  const lead = text.slice(sentence.start, q.start).trimEnd();
  return lead !== "" && !/[:,]$/.test(lead);
}

/**
 * "…,” she said" / "…,” said Ushakov" / "…,” according to the Kremlin": the attribution opens the text after the
 * quotation.
 */
function after(text: string, region: Span): Attribution | null {
  const ws = words(text, region.start, region.end);
  if (!ws.length) return null;
  // "…“within hours” of each reading, according to Marco Bellini": later in the sentence, unless another clause
  // with its own verb comes between (then X is the source of that clause, not of the words quoted: "…,” Chizhov
  // told Russia-24, according to Interfax" is Chizhov's).
  for (let i = 0; i < ws.length; i++) {
    const according = accordingTo(text, ws, i);
    if (!according) continue;
    if (!verbsIn(text, { start: region.start, end: ws[i]!.start }, []).length) return according;
    break;
  }
  if (!/^[\s,.;:!?—–-]*$/.test(text.slice(region.start, ws[0]!.start))) return null;
  if (isVerb(ws[0]!) && !OBJECT_VERBS.has(ws[0]!.text)) {
    const phrase = phraseAfter(text, ws.slice(1));
    if (phrase && phrase.kind !== "pronoun") return { verb: ws[0]!.text, verbSpan: ws[0]!, phrase, rule: "inverted" };
  }
  // The subject and verb come within a few words, or after an appositive ("Ushakov, a Kremlin aide, said").
  for (let i = 1; i < Math.min(ws.length, MAX_APPOSITIVE + 2); i++) {
    if (!isVerb(ws[i]!)) continue;
    const phrase = subjectBefore(text, ws, i);
    if (phrase && opensWith(text, ws, phrase)) return { verb: ws[i]!.text, verbSpan: ws[i]!, phrase, rule: "after" };
    // "…,” local media quoted the minister as saying.
    const quoting = quotedAs(text, ws, i);
    return quoting ? { ...quoting, rule: "after" } : null;
  }
  return null;
}

/**
 * Whether the speaker phrase opens the words after a quotation, or follows only a job title the lexicon does not
 * know ("…,” harbour master Ola Brekke said"): a few lower-case words, no verb, no punctuation.
 */
function opensWith(text: string, ws: readonly Word[], phrase: SpeakerPhrase): boolean {
  if (phrase.start === ws[0]!.start) return true;
  const lead = ws.filter((w) => w.end <= phrase.start);
  return (
    lead.length <= 3 &&
    (phrase.kind === "person" || phrase.kind === "org") &&
    /^[\p{Ll}\s-]+$/u.test(text.slice(ws[0]!.start, phrase.start)) &&
    !lead.some((w) => VERBS.has(w.text) || isPastForm(w.text) || DETERMINERS.has(w.text))
  );
}

/** "Ushakov said the talks were “useful”": the last verb before the quotation with a speaker for subject. */
function before(text: string, region: Span, sentence: Span): Attribution | null {
  const ws = words(text, region.start, region.end);
  for (let i = ws.length - 1; i >= 0; i--) {
    const according = accordingTo(text, ws, i);
    if (according) return according;
    if (!isVerb(ws[i]!)) continue;
    const quoting = quotedAs(text, ws, i);
    if (quoting) return quoting;
    const phrase = subjectBefore(text, ws, i);
    if (phrase) return { verb: ws[i]!.text, verbSpan: ws[i]!, phrase, rule: "before" };
    // "…, telling a cabinet meeting: “…”": a participle after a comma speaks for the sentence's subject.
    if (i > 0 && ws[i]!.text.endsWith("ing") && text.slice(ws[i - 1]!.end, ws[i]!.start).includes(",")) {
      const subject = sentenceSubject(text, sentence, ws[i]!.start);
      if (subject) return { verb: ws[i]!.text, verbSpan: ws[i]!, phrase: subject.phrase, rule: "subject" };
    }
  }
  return null;
}

/**
 * "Interfax quoted Vladimir Chizhov as telling…", "local media quoted the minister as saying…": the speaker is the one
 * quoted, named between "quoted" and "as", not the subject who quotes.
 */
function quotedAs(text: string, ws: readonly Word[], i: number): Attribution | null {
  if (i < 3 || ws[i - 1]!.text.toLowerCase() !== "as") return null;
  for (let k = i - 2; k >= Math.max(0, i - 2 - MAX_APPOSITIVE * 2); k--) {
    if (!/^quot(?:ed|es|ing)$/i.test(ws[k]!.text)) continue;
    const phrase = phraseBefore(text, ws.slice(k + 1, i - 1));
    return phrase && phrase.kind !== "pronoun" ? { verb: ws[i]!.text, verbSpan: ws[i]!, phrase, rule: "before" } : null;
  }
  return null;
}

/** "according to X" at word `i`, with X read after it. */
function accordingTo(text: string, ws: readonly Word[], i: number): Attribution | null {
  if (ws[i]?.text.toLowerCase() !== "according" || ws[i + 1]?.text !== "to") return null;
  const phrase = phraseAfter(text, ws.slice(i + 2));
  if (!phrase || phrase.kind === "pronoun") return null;
  const verbSpan = { start: ws[i].start, end: ws[i + 1]!.end };
  return { verb: "according to", verbSpan, phrase, rule: "according-to" };
}

/**
 * The subject of the verb at word `i`: the phrase just before it (past any
 * "also", "later", "has"), or, when a comma separates them, the phrase
 * before an appositive ("Yuri Ushakov, a foreign policy adviser to Putin,
 * described…"), which also lends its roles; or the name in the appositive
 * when a role comes first ("The minister, Ida Berg, said").
 */
export function subjectBefore(text: string, ws: readonly Word[], i: number): SpeakerPhrase | null {
  let j = i - 1;
  while (j >= 0 && ADVERBS.has(ws[j]!.text) && /^\s+$/.test(text.slice(ws[j]!.end, ws[j + 1]!.start))) j--;
  if (j < 0) return null;
  const gap = text.slice(ws[j]!.end, ws[j + 1]!.start);
  if (/^\s+$/.test(gap)) return phraseBefore(text, ws.slice(0, j + 1));
  if (!/^\s*,\s*$/.test(gap)) return null;
  for (let k = j - 1; k >= Math.max(0, j - MAX_APPOSITIVE); k--) {
    if (!/,/.test(text.slice(ws[k]!.end, ws[k + 1]!.start))) continue;
    const head = phraseBefore(text, ws.slice(0, k + 1));
    if (!head || head.kind === "pronoun") return null;
    const appositive = phraseBefore(text, ws.slice(k + 1, j + 1));
    // "The minister, Ida Berg, said": the name is in the appositive, the role before it.
    if (appositive?.kind === "person" && (head.kind === "role" || head.kind === "unnamed")) {
      return { ...appositive, roles: [...new Set([...appositive.roles, ...head.roles])] };
    }
    const lent = appositive ? appositive.roles : [];
    return { ...head, roles: [...new Set([...head.roles, ...lent])] };
  }
  return null;
}

/**
 * The speaker phrase at the head of a sentence ("Trump acknowledged the
 * difficulty…, telling a cabinet meeting: “…”"): before the sentence's
 * first verb, attribution verb or not.
 */
export function sentenceSubject(
  text: string,
  sentence: Span,
  until: number,
): { phrase: SpeakerPhrase; verb: Word } | null {
  const ws = words(text, sentence.start, until);
  // Past an opening phrase ("After the talks, …", "In a social media post, …").
  let from = 0;
  // An opening participle's phrase runs to a dozen words ("Speaking to reporters during one of his daily calls, he…").
  const reach = /^\p{Lu}\p{Ll}+ing$/u.test(ws[0]?.text ?? "") ? 12 : 8;
  const comma = ws.findIndex(
    (w, n) => n < reach && n + 1 < ws.length && text.slice(w.end, ws[n + 1]!.start).includes(","),
  );
  if (comma >= 0 && !ws.slice(0, comma + 1).some(isVerb)) from = comma + 1;
  for (let i = from + 1; i < Math.min(ws.length, from + 10); i++) {
    const w = ws[i]!.text;
    const phraseWord = ROLE.has(w) || PLURAL_ROLES.has(w) || MODIFIERS.has(w) || DETERMINERS.has(w) || w === "of";
    if (!/^\p{Ll}/u.test(w) || phraseWord) continue;
    const phrase = subjectBefore(text, ws.slice(from), i - from);
    return phrase ? { phrase, verb: ws[i]! } : null;
  }
  return null;
}

/**
 * The last attribution verb in `region` ("…, but added, “…”"): a quotation whose speaker the sentence's subject
 * gives.
 */
export function lastVerb(text: string, region: Span): Word | undefined {
  const ws = words(text, region.start, region.end);
  for (let i = ws.length - 1; i >= 0; i--) if (isVerb(ws[i]!)) return ws[i];
  return undefined;
}

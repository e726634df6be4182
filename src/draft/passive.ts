// Happenings told without an actor: "the plan was leaked", "consultations
// were held in Florida", "a plan, which had been adjusted after objections",
// "a previously leaked proposal", "the meeting followed consultations in
// Florida". News tells much of what happened this way; what happened is the
// verb and its subject (or the noun it qualifies), and the title is the
// clause that says so, in the article's words.
import { isPastForm } from "./happening.js";
import { VERBS } from "./lexicon.js";
import { words, type Span, type Word } from "./text.js";
import { CUES, type Hedge } from "./undated.js";

/** A happening without an actor, as one sentence tells it. */
export interface Actorless {
  /** The words to title it from: subject and verb phrase, or the noun phrase the happening qualifies. */
  clause: Span;
  hedge: Hedge;
  anchor: "narrative" | "published";
  /** The words that place it in time ("previously", "had been", "later"); "" when none. */
  cue: string;
  confidence: number;
  /** How it was read, for the event's draft rule. */
  rule: string;
  /** The word that says what happened: the participle ("leaked") or the happening noun ("consultations"). */
  head: string;
}

// Participles that describe a state or an expectation, not something that happened: "was based on", "were expected to".
const STATIVE = new Set(
  (
    "based expected seen known considered believed thought aimed designed intended supposed meant located concerned " +
    "involved interested required allowed used called named entitled related linked connected tied committed " +
    "prepared pleased surprised disappointed encouraged divided unchanged unable scheduled set due slated poised " +
    "accused estimated reported said told described regarded viewed deemed composed made framed focused centered " +
    "centred determined convinced worried alarmed bound obliged forced needed owned controlled occupied held"
  ).split(" "),
);
// "held" is stative after "is/are" ("territory held by Russia") but a happening after "was/were" ("talks were held").
const HAPPENED_HELD = new Set(["held"]);
const SUBORDINATORS = new Set(
  "as when while after before if because since although though once until unless whereas".split(" "),
);
const WATCHERS = /(?:ers|ists|ians|people|fans|millions|thousands)$/;
const PARTICLES = new Set(["out", "off", "up", "down", "back"]);
const PRONOUN_SUBJECTS = new Set("it they he she we i this that these those there which what who you".split(" "));
const NEGATIONS = new Set(["not", "never", "n't", "no"]);
const MANNER = new Set(
  "also later then quickly swiftly formally officially finally eventually reportedly previously already recently first again subsequently initially".split(
    " ",
  ),
);
const PREPOSITIONS = new Set(
  (
    "on in at to for with by about against into over under after before than as during since until between " +
    "through among despite toward towards onto upon without within across behind beyond like"
  ).split(" "),
);
const FINITE = new Set(
  "is are was were has have had will would could should may might must can did does do".split(" "),
);
// "newly" describes more than it tells ("a newly renovated bridge"); "previously leaked" tells a happening.
const MODIFYING_ADVERBS = new Set(["previously", "recently"]);
// A count of people opening a passive tells who a happening touched ("Many of those injured were taken to
// hospitals", "Around 500 people had been given tickets"): detail of a happening, seldom one of its own.
const COUNTS = new Set(
  "many some most several hundreds thousands dozens scores around about nearly almost more fewer few all none both each".split(
    " ",
  ),
);
const NUMBER =
  /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b|\p{L}+teen$)/iu;
// Something done again and again ("has been repaired several times", "over the years") is no one happening.
const HABITUAL = /\b(?:times|repeatedly|often|regularly|routinely|usually|over the years|in the past|for years)\b/i;
/** Nouns of a happening a sentence can say another followed: "followed consultations in Florida". */
const HAPPENING_NOUNS = new Set(
  (
    "talks consultations meeting meetings negotiations discussions summit visit visits trip call calls vote votes " +
    "election elections protest protests attack attacks strike strikes clashes raid raids announcement decision " +
    "resignation ruling verdict referendum ceasefire deal agreement exchange exchanges round session sessions " +
    "conference hearing hearings invasion offensive crackdown arrest arrests collapse crash explosion"
  ).split(" "),
);

const lower = (w: Word): string => w.text.toLowerCase();
const gap = (text: string, a: Word, b: Word): string => text.slice(a.end, b.start);

/**
 * The happenings without an actor in one sentence (words inside `quoted` left out): a passive main clause, a
 * passive relative clause ("…, which had been adjusted after…"), a participle after a noun with a time word after it
 * ("…, adjusted after criticism…"), a participle marked earlier ("a previously leaked proposal"), and a happening a
 * sentence says came first ("…followed consultations in Florida…"). Each is hedged against the story's time:
 * "had been" and "previously" before it, "will be" after the publication.
 *
 * @example
 * ```ts
 * const t = "The 28-point plan was leaked to reporters in Kyiv.";
 * actorlessIn(t, { start: 0, end: t.length }, [])[0]?.rule; // "passive"
 * ```
 */
export function actorlessIn(text: string, sentence: Span, quoted: readonly Span[]): Actorless[] {
  const ws = words(text, sentence.start, sentence.end).filter(
    (w) => !quoted.some((q) => w.start >= q.start && w.end <= q.end),
  );
  const out: Actorless[] = [];
  if (HABITUAL.test(text.slice(sentence.start, sentence.end))) return out;
  const main = mainPassive(text, sentence, ws);
  if (main) out.push(main);
  for (let i = 1; i < ws.length; i++) {
    const found =
      relativePassive(text, sentence, ws, i) ??
      reducedRelative(text, sentence, ws, i) ??
      markedParticiple(text, sentence, ws, i) ??
      followed(text, sentence, ws, i);
    if (found && !out.some((o) => o.clause.start === found.clause.start)) out.push(found);
  }
  return out;
}

/** The verb group of a passive at word `i`: "was leaked", "had been revised", "will be held"; null when none. */
function passiveAt(
  ws: readonly Word[],
  i: number,
): { verb: Word; hedge: Hedge; anchor: Actorless["anchor"]; cue: Word[]; trust: number } | null {
  const a = lower(ws[i]!);
  let j = i + 1;
  let hedge: Hedge = "about";
  let anchor: Actorless["anchor"] = "narrative";
  let trust = 0.9;
  if (a === "had" || a === "has" || a === "have") {
    if (lower(ws[j] ?? ws[i]!) !== "been") return null;
    j++;
    if (a === "had") [hedge, trust] = ["before", 0.85];
    else anchor = "published";
  } else if (a === "will") {
    if (lower(ws[j] ?? ws[i]!) !== "be") return null;
    j++;
    [hedge, anchor, trust] = ["after", "published", 0.85];
  } else if (a === "is" || a === "are") {
    if (lower(ws[j] ?? ws[i]!) !== "being") return null;
    j++;
    anchor = "published";
  } else if (a !== "was" && a !== "were") return null;
  // "had been", "will be": the words of the tense are what the text says of the time.
  const aux = { text: `${ws[i]!.text} ${ws[i + 1]?.text ?? ""}`, start: ws[i]!.start, end: ws[i + 1]?.end ?? 0 };
  const cue: Word[] = a === "was" || a === "were" ? [] : [aux];
  for (; j < ws.length && MANNER.has(lower(ws[j]!)); j++) {
    const h = CUES[lower(ws[j]!)];
    if (h) [hedge, cue[0]] = [h, ws[j]!];
  }
  const verb = ws[j];
  if (!verb || NEGATIONS.has(lower(verb)) || verb.text !== lower(verb) || !isPastForm(verb.text)) return null;
  // "was called out", "were set up": a particle makes a state's participle a deed.
  const phrasal = PARTICLES.has(lower(ws[j + 1] ?? verb));
  if (STATIVE.has(verb.text) && !phrasal && !(HAPPENED_HELD.has(verb.text) && (a === "was" || a === "were"))) {
    return null;
  }
  return { verb, hedge, anchor, cue, trust };
}

/** "The plan was leaked…", "Later the army was called out…": a passive whose subject opens the sentence. */
function mainPassive(text: string, sentence: Span, ws: readonly Word[]): Actorless | null {
  let from = 0;
  const opening = CUES[lower(ws[0] ?? { text: "", start: 0, end: 0 })];
  if (opening && ws[0]!.text !== lower(ws[0]!)) from = 1;
  const comma = ws.findIndex((w, n) => n < 8 && n + 1 < ws.length && gap(text, w, ws[n + 1]!).includes(","));
  if (comma >= from && !ws.slice(0, comma + 1).some((w) => FINITE.has(lower(w)) || VERBS.has(w.text))) from = comma + 1;
  const first = ws[from];
  // "…, as the Bill was moved, Singh raised…": a subordinate clause's passive is the setting of another happening.
  if (!first || PRONOUN_SUBJECTS.has(lower(first)) || SUBORDINATORS.has(lower(first))) return null;
  for (let i = from + 1; i < Math.min(ws.length, from + 10); i++) {
    if (/[,;:—–]/.test(gap(text, ws[i - 1]!, ws[i]!))) return null;
    const w = ws[i]!;
    if (!FINITE.has(lower(w))) {
      if (w.text === lower(w) && (VERBS.has(w.text) || (isPastForm(w.text) && !isModifier(ws, i)))) return null;
      continue;
    }
    const p = passiveAt(ws, i);
    if (!p) return null;
    const cue = opening && from === 1 ? [ws[0]!, ...p.cue] : p.cue;
    const hedge = opening && from === 1 ? opening : p.hedge;
    const clause = { start: first.start, end: clauseEnd(text, sentence, p.verb) };
    const said = cue.map((c) => c.text).join(" … ");
    const counted = COUNTS.has(lower(first)) || NUMBER.test(first.text) ? 0.75 : 1;
    const confidence = 0.6 * p.trust * counted;
    return { clause, hedge, anchor: p.anchor, cue: said, confidence, rule: "passive", head: p.verb.text };
  }
  return null;
}

/** "…a revised plan, which had been adjusted after…": the noun phrase before the comma, and its relative clause. */
function relativePassive(text: string, sentence: Span, ws: readonly Word[], i: number): Actorless | null {
  const w = lower(ws[i]!);
  if ((w !== "which" && w !== "that") || !gap(text, ws[i - 1]!, ws[i]!).includes(",")) return null;
  const p = ws[i + 1] ? passiveAt(ws, i + 1) : null;
  if (!p) return null;
  const start = nounPhraseStart(text, ws, i - 1);
  if (start === null) return null;
  const clause = { start: ws[start]!.start, end: clauseEnd(text, sentence, p.verb) };
  const cue = p.cue.map((c) => c.text).join(" … ");
  return {
    clause,
    hedge: p.hedge,
    anchor: p.anchor,
    cue,
    confidence: 0.55,
    rule: "passive relative clause",
    head: p.verb.text,
  };
}

/** "…a proposal from Washington, adjusted after criticism from Kyiv…": a participle, then a time word. */
function reducedRelative(text: string, sentence: Span, ws: readonly Word[], i: number): Actorless | null {
  const verb = ws[i]!;
  const next = ws[i + 1];
  if (!next || !/^\s*,\s*$/.test(gap(text, ws[i - 1]!, verb)) || verb.text !== lower(verb)) return null;
  if (!isPastForm(verb.text) || STATIVE.has(verb.text) || !/^(?:after|following|amid)$/.test(lower(next))) return null;
  const start = nounPhraseStart(text, ws, i - 1);
  if (start === null) return null;
  const clause = { start: ws[start]!.start, end: clauseEnd(text, sentence, verb) };
  const rule = "participle after a noun";
  return { clause, hedge: "before", anchor: "narrative", cue: "", confidence: 0.5, rule, head: verb.text };
}

/** "a previously leaked 28-point proposal": the participle and the noun phrase it qualifies. */
function markedParticiple(text: string, sentence: Span, ws: readonly Word[], i: number): Actorless | null {
  const adverb = ws[i - 1]!;
  const verb = ws[i]!;
  if (!MODIFYING_ADVERBS.has(adverb.text) || !isPastForm(verb.text) || STATIVE.has(verb.text)) return null;
  if (!/^\s+$/.test(gap(text, adverb, verb)) || FINITE.has(lower(ws[i - 2] ?? verb))) return null;
  let end = i;
  while (end + 1 < ws.length && end - i < 10 && /^\s+$/.test(gap(text, ws[end]!, ws[end + 1]!))) {
    const n = lower(ws[end + 1]!);
    if ((PREPOSITIONS.has(n) && n !== "from" && n !== "of") || FINITE.has(n) || VERBS.has(n)) break;
    end++;
  }
  if (end === i) return null;
  const clause = { start: adverb.start, end: Math.min(ws[end]!.end, sentence.end) };
  const rule = "marked participle";
  return { clause, hedge: "before", anchor: "narrative", cue: adverb.text, confidence: 0.5, rule, head: verb.text };
}

/** "…followed consultations with Ukrainian officials in Florida…": a happening named as what came before. */
function followed(text: string, sentence: Span, ws: readonly Word[], i: number): Actorless | null {
  const w = lower(ws[i]!);
  const came = w === "came" && /^(?:after|before)$/.test(lower(ws[i + 1] ?? ws[i]!));
  if (w !== "followed" && w !== "preceded" && !came) return null;
  // "Smith followed the talks", "viewers followed the debate": people follow as watchers; happenings follow others.
  const by = ws[i - 1]!.text;
  if (/^\p{Lu}/u.test(by) ? !/^(?:It|This|That|Which|And)$/.test(by) : WATCHERS.test(by)) return null;
  let k = i + (came ? 2 : 1);
  while (k < ws.length && k < i + 5 && !HAPPENING_NOUNS.has(lower(ws[k]!))) {
    if (
      !/^(?:a|an|the|two|three|several|weeks|days|of|lengthy|brief|earlier|recent|previous|new|fresh|[\p{Lu}].*)$/u.test(
        ws[k]!.text,
      )
    )
      return null;
    k++;
  }
  if (k >= ws.length || !HAPPENING_NOUNS.has(lower(ws[k]!))) return null;
  const start = ws[i + (came ? 2 : 1)]!;
  const clause = { start: start.start, end: clauseEnd(text, sentence, ws[k]!) };
  const before = w === "preceded" || (came && lower(ws[i + 1]!) === "before");
  const hedge: Hedge = before ? "after" : "before";
  const rule = `"${w}" a happening`;
  return { clause, hedge, anchor: "narrative", cue: "", confidence: 0.5, rule, head: lower(ws[k]!) };
}

/** Whether the past form at `i` qualifies a noun ("the revised plan", "a previously leaked memo"). */
function isModifier(ws: readonly Word[], i: number): boolean {
  const prev = lower(ws[i - 1] ?? ws[i]!);
  return /^(?:a|an|the|its|their|his|her|this|that|these|those)$/.test(prev) || MODIFYING_ADVERBS.has(prev);
}

/** The first word of the noun phrase ending at word `k`, back to a preposition, a verb or a comma; null if none. */
function nounPhraseStart(text: string, ws: readonly Word[], k: number): number | null {
  let s = k;
  while (s > 0 && k - s < 16 && /^\s+$/.test(gap(text, ws[s - 1]!, ws[s]!))) {
    const p = ws[s - 1]!;
    const l = lower(p);
    if (PREPOSITIONS.has(l) || FINITE.has(l) || VERBS.has(l)) break;
    if (p.text === l && isPastForm(l) && !isModifier(ws, s - 1)) break;
    s--;
  }
  const words_ = ws.slice(s, k + 1);
  // "…, which": a noun phrase names a thing: two words at least, or a name.
  if (words_.length < 2 && !/^\p{Lu}/u.test(ws[k]!.text)) return null;
  if (PRONOUN_SUBJECTS.has(lower(ws[s]!))) return null;
  return s;
}

const CLAUSE_END =
  /;|\s[—–]\s|--|,\s+(?:but|while|whereas|and|as|saying|adding|with|which|who|although|though|says|said|according)\b/g;

/** Where the clause with `verb` ends: the next clause boundary after it, or the end of the sentence. */
function clauseEnd(text: string, sentence: Span, verb: Span): number {
  CLAUSE_END.lastIndex = 0;
  const rest = text.slice(verb.end, sentence.end);
  const m = CLAUSE_END.exec(rest);
  return m ? verb.end + m.index : sentence.end;
}

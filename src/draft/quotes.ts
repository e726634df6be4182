/**
 * findQuotes: every quotation in running text, who said it and how the
 * text says so.
 */
import { attribute, isFragment, lastVerb, sentenceSubject, type Attribution } from "./attribution.js";
import { quotedSpans, type Marked } from "./marks.js";
import { resolve } from "./resolve.js";
import { mentionsIn, type Mention, type SpeakerPhrase } from "./speakers.js";
import { paragraphs, sentences, words, type Span } from "./text.js";

/** One stretch of a quotation: `text === source.slice(start, end)` is the quoted words, without the marks. */
export interface QuotePart {
  text: string;
  start: number;
  end: number;
}

/** A quotation found by {@link findQuotes}. */
export interface Quote {
  /** The quoted words; the parts of a quotation broken by its attribution are joined with " … ". */
  text: string;
  /** From the opening mark of the first part to the closing mark of the last (UTF-16 offsets). */
  start: number;
  end: number;
  /** The quoted stretches, without their marks: two for "“We are not there yet,” she said. “The work goes on.”" */
  parts: QuotePart[];
  /** A named person or organisation ("Yuri Ushakov", "the Kremlin"), or null when the text names nobody. */
  speaker: string | null;
  /** The words that attribute it here: "he", "the aide", "senior Kremlin aide Yuri Ushakov". */
  speakerText?: string;
  /** Where those words are. */
  speakerSpan?: [number, number];
  /** The attribution verb as written ("said", "told", "according to"), or null. */
  verb: string | null;
  /** How sure the rules are of `speaker`, from 0 to 1 (0 when `speaker` is null). */
  confidence: number;
  /** Why `speaker` is null, or how it was reached when not named on the spot ("‘he’ refers to Yuri Ushakov"). */
  reason?: string;
  /** A fragment inside the writer's own sentence ("called the talks “useful”") rather than whole sentences. */
  partial: boolean;
}

/** A quotation on its way: where it is, and what attributes it. */
interface Found {
  mark: Marked;
  parts: Span[];
  sentence: Span;
  index: number;
  paragraph: number;
  attribution: Attribution | null;
  /** How the attribution was come by when it is not the quotation's own. */
  borrowed?: "sentence" | "continues";
}

/**
 * Every quotation in `text`, in order, with its speaker.
 *
 * Quotation marks: straight and curly doubles, guillemets, „low-high“, and
 * single marks (‘BBC style’) outside double ones. The attribution is read
 * after the quotation ("…,” she said", "…,” said Ushakov"), then before it
 * ("Ushakov said the talks were “useful”", "according to the Kremlin");
 * a quotation broken by its attribution is one quotation of several parts.
 * "He", "she" and "the aide" resolve to the latest fitting person named
 * before, with a lower confidence; nobody is invented: an unnamed speaker
 * ("a Kremlin spokesman") is null with the reason.
 *
 * @example
 * ```ts
 * const [q] = findQuotes("“We are not there yet,” Ushakov said. “The work goes on.”");
 * q.speaker; // "Ushakov"
 * q.parts.length; // 2
 * q.text; // "We are not there yet … The work goes on."
 * ```
 */
export function findQuotes(text: string): Quote[] {
  if (typeof text !== "string") throw new TypeError(`invalid text: ${typeof text}`);
  const mentions: Mention[] = [];
  const found: Found[] = [];
  let index = 0;
  paragraphs(text).forEach((para, paragraph) => {
    const marks = quotedSpans(text, para);
    for (const sentence of sentences(text, para, marks)) {
      const inside = marks.filter((m) => m.start >= sentence.start && m.start < sentence.end);
      const quoted = (w: Span): boolean => inside.some((m) => w.start >= m.start && w.end <= m.end);
      const outside = words(text, sentence.start, sentence.end).filter((w) => !quoted(w));
      mentions.push(...mentionsIn(text, outside, index, mentions));
      const here = inside.map((mark, k): Found => ({
        mark,
        parts: [mark.inner],
        sentence,
        index,
        paragraph,
        attribution: attribute(text, sentence, inside, k),
      }));
      fillFromSentence(text, here);
      found.push(...here);
      index++;
    }
  });
  return joinBroken(text, found).map((f) => finish(text, f, mentions));
}

/**
 * A quotation of a sentence with no attribution of its own takes that of another in the sentence, or the sentence's
 * subject.
 */
function fillFromSentence(text: string, here: Found[]): void {
  for (const [k, f] of here.entries()) {
    if (f.attribution) continue;
    const near = [...here.slice(0, k).reverse(), ...here.slice(k + 1)].find((g) => g.attribution && !g.borrowed);
    if (near) {
      f.attribution = near.attribution;
      f.borrowed = "sentence";
      continue;
    }
    const verb = lastVerb(text, { start: f.sentence.start, end: f.mark.start });
    const subject = verb ? sentenceSubject(text, clauseOf(text, f.sentence, verb), f.mark.start) : null;
    if (verb && subject) f.attribution = { verb: verb.text, verbSpan: verb, phrase: subject.phrase, rule: "subject" };
  }
}

/**
 * The clause of `sentence` that holds `verb`: "Guterres had flown in…, and Vice President Mike Pence phoned to urge
 * them to “…”" gives the quotation's verb to the clause after ", and", whose subject speaks.
 */
function clauseOf(text: string, sentence: Span, verb: Span): Span {
  const before = text.slice(sentence.start, verb.start);
  let start = sentence.start;
  for (const m of before.matchAll(/(?:,\s+(?:and|but|while|whereas)|;)\s+/g))
    start = sentence.start + m.index + m[0].length;
  return { start, end: sentence.end };
}

/**
 * Quotations that are one: the part after an attribution that ends a
 * quoted sentence ("“…,” she said. “…”"), and the paragraph a wire
 * quotation runs on into (left open, and the next paragraph opens quoted).
 * A quotation with no attribution that opens the sentence after an
 * attributed one continues it.
 */
function joinBroken(text: string, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    // "“…,” he says, “and then the crash.”": the second part finds the same "he says" before it.
    const same = !f.attribution || f.attribution.verbSpan.start === prev?.attribution?.verbSpan.start;
    if (prev && same && (onlyAttributionBetween(text, prev, f) || runsOn(prev, f))) {
      prev.parts.push(f.mark.inner);
      prev.mark = { ...prev.mark, end: f.mark.end, open: f.mark.open };
      continue;
    }
    if (prev?.attribution && !f.attribution && f.index === prev.index + 1 && f.mark.start === f.sentence.start) {
      out.push({ ...f, attribution: prev.attribution, borrowed: "continues" });
      continue;
    }
    out.push(f);
  }
  return out;
}

/**
 * "“…,” she said. “…”" and "“…,” she said, “…”": the attribution follows a
 * whole quoted sentence, and the next quotation comes right after it, in
 * the same sentence or opening the next one ("…,” Keller said after the
 * signing. “The work goes on.”").
 */
function onlyAttributionBetween(text: string, prev: Found, f: Found): boolean {
  const a = prev.attribution;
  if (!a || (a.rule !== "after" && a.rule !== "inverted")) return false;
  if (f.paragraph !== prev.paragraph || prev.borrowed || isFragment(text, prev.sentence, prev.mark)) return false;
  if (a.verbSpan.start < prev.mark.end || a.verbSpan.end > f.mark.start) return false;
  const from = Math.min(a.phrase.start, a.verbSpan.start);
  const to = Math.max(a.phrase.end, a.verbSpan.end);
  // "…,” harbour master Ola Brekke said": a job title the lexicon does not know may come first.
  if (!/^[\s,.;:—–-]*[\p{Ll}\s-]*$/u.test(text.slice(prev.mark.end, from))) return false;
  if (f.index === prev.index) return /^[\s,.;:—–-]*$/.test(text.slice(to, f.mark.start));
  return f.index === prev.index + 1 && f.mark.start === f.sentence.start;
}

const runsOn = (prev: Found, f: Found): boolean =>
  prev.mark.open && f.paragraph === prev.paragraph + 1 && f.mark.start === f.sentence.start;

function finish(text: string, f: Found, mentions: readonly Mention[]): Quote {
  const partial = isFragment(text, f.sentence, f.mark);
  const parts = f.parts.map((p) => ({ text: text.slice(p.start, p.end), start: p.start, end: p.end }));
  const quote: Quote = {
    text: parts.map((p, i) => tidy(p.text, partial || i < parts.length - 1)).join(" … "),
    start: f.mark.start,
    end: f.mark.end,
    parts,
    speaker: null,
    verb: f.attribution?.verb ?? null,
    confidence: 0,
    partial,
  };
  if (!f.attribution) return { ...quote, reason: "no attribution in its sentence" };
  const { phrase } = f.attribution;
  const who = resolve(subjectPronoun(text, f.sentence, phrase) ?? phrase, mentions, f.index);
  const base = { after: 0.95, inverted: 0.95, "according-to": 0.9, before: 0.85, subject: 0.7 }[f.attribution.rule];
  const lent = f.borrowed === "continues" ? 0.7 : f.borrowed === "sentence" ? 0.9 : 1;
  quote.speakerText = phrase.text;
  quote.speakerSpan = [phrase.start, phrase.end];
  quote.speaker = who.speaker;
  quote.confidence = who.speaker ? round(base * lent * who.confidence) : 0;
  const continues = f.borrowed === "continues" ? "continues the quotation before it" : undefined;
  const why = [who.reason, continues].filter(Boolean);
  if (why.length) quote.reason = why.join("; ");
  return quote;
}

/**
 * "He also said there were no plans for Trump and Putin to speak, although he added…": a pronoun after the
 * sentence's own pronoun subject stands for whom that subject does, not for the names between them.
 */
function subjectPronoun(text: string, sentence: Span, phrase: SpeakerPhrase): SpeakerPhrase | null {
  if (phrase.kind !== "pronoun") return null;
  const subject = sentenceSubject(text, sentence, phrase.start)?.phrase;
  const same = subject?.kind === "pronoun" && subject.refers === phrase.refers && subject.start < phrase.start;
  return same ? subject : null;
}

/** A comma (and, in a fragment, a period) inside the closing mark belongs to the writer's sentence. */
function tidy(s: string, fragment: boolean): string {
  return s.replace(fragment ? /[,.;]+$/ : /,+$/, "").trim();
}

const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * draft: from articles to a draft timeline an editor reviews.
 */
import { toWhen } from "../data/dates/index.js";
import type { DateInput, Diagnostic, EventInput, SourceInput, TimelineInput } from "../data/types.js";
import { findDates, type DatePointMention } from "./dates.js";
import { toEvent, toRelativeEvent, uniqueId } from "./events.js";
import { clauseAround, titleOf, verbsIn } from "./happening.js";
import { contentWords, mergeCandidates, type Candidate } from "./merge.js";
import { findQuotes, type Quote } from "./quotes.js";
import { anchorOf, mergeRelatives, relationIn, type Relative } from "./relative.js";
import { mentionsIn, type Mention } from "./speakers.js";
import { overlaps, paragraphs, sentences, words, type Span } from "./text.js";
import { actorlessCandidate, hedged, joinRelatives, saidWords } from "./placed.js";
import { deedOf } from "./groups.js";
import { actorlessIn } from "./passive.js";
import { ledeIn, subClause, undatedIn, type Undated } from "./undated.js";

/** One article to draft from. */
export interface Article {
  /** The article as plain text; one paragraph a line. */
  text: string;
  /** When it was published: a date, a date-time, or a span ("2025-12-02/2025-12-03") when only known roughly. */
  published: DateInput;
  title?: string;
  publisher?: string;
  url?: string;
  /** Source id to use; "src-1", "src-2"… by position otherwise. */
  id?: string;
}

/** Options of {@link draft}. */
export interface DraftOptions {
  /** IANA zone in which clock times without a written zone are read. */
  timeZone?: string;
  /** "news" (the default) or "narrative"; see `findDates`. */
  mode?: "news" | "narrative";
  /**
   * Events less sure than this (0 to 1; default 0.5) are left out of `input.events` and kept, surest first, in
   * `belowThreshold`. A happening the text dates scores about 0.8; one it tells without a date 0.45 to 0.6, more
   * when several articles tell it.
   */
  minConfidence?: number;
}

/** What {@link draft} returns: timeline input for `normalize`, and what it could not use. */
export interface DraftResult {
  /** The sources, and the events at or above `minConfidence`, surest first. */
  input: TimelineInput;
  diagnostics: Diagnostic[];
  /** The events under `minConfidence`, surest first: what an editor sees on lowering it. */
  belowThreshold: EventInput[];
}

/** How much a date's anchor is trusted: its own words, the publication date, an earlier date of the story. */
const ANCHOR_TRUST = { self: 0.9, published: 0.8, narrative: 0.65 } as const;
const COARSE = new Set(["century", "decade", "year", "season", "quarter"]);
const MAX_QUOTE = 280;

/**
 * Drafts a timeline from articles. Each sentence in which a date
 * (`findDates`) sits next to a verb of something happening becomes a
 * candidate event: its title is the clause around the date, in the
 * article's words; its citation names the article, the date as written
 * (`dateText`) and the quotation of that sentence with its speaker
 * (`findQuotes`). Candidates from several articles that tell of one
 * happening are merged into one event with a citation per article (the
 * rule: see `mergeCandidates`). Every event carries `draft: { confidence,
 * rule }`; nothing is written that the articles do not say. Dates inside
 * quotations, durations, frequencies and "now" are not events, nor are
 * years counted from the publication ("this year", "last year"), which news
 * uses for tallies ("his sixth trip this year") rather than happenings.
 *
 * @example
 * ```ts
 * const { input } = draft([
 *   { text: "Putin met Witkoff in the Kremlin on Tuesday (Dec 2).", published: "2025-12-03", publisher: "Wire" },
 *   { text: "The envoys met Putin on Tuesday in the Kremlin.", published: "2025-12-03", publisher: "Broadcaster" },
 * ]);
 * input.events.length; // 1
 * input.events[0].citations?.length; // 2
 * normalize(input).diagnostics.filter((d) => d.severity === "error"); // []
 * ```
 */
export function draft(articles: Article | readonly Article[], options: DraftOptions = {}): DraftResult {
  const list = Array.isArray(articles) ? (articles as readonly Article[]) : [articles as Article];
  const diagnostics: Diagnostic[] = [];
  const sources: SourceInput[] = [];
  const candidates: Candidate[] = [];
  const relatives: Relative[] = [];
  const undated: Candidate[] = [];
  list.forEach((article, i) => {
    const source = readSource(article, i, diagnostics);
    if (!source) return;
    sources.push(source.input);
    const found = candidatesOf(article.text, source.input.id!, source.published, options);
    if (!found.dated.length && !found.undated.length) {
      const message = "no dated happening found in this article";
      diagnostics.push({ severity: "warning", code: "no-events", path: `articles[${i}]`, message });
    }
    candidates.push(...found.dated);
    relatives.push(...found.relative);
    undated.push(...found.undated);
  });
  const ids = new Set<string>();
  const groups = mergeCandidates([...candidates, ...undated]).map((merged) => {
    const first = merged.members.find((m) => !m.note) ?? merged.members[0]!;
    const prefix = first.when.qualifier && first.note ? `${first.when.qualifier}-${first.when.iso}` : first.when.iso;
    return { merged, id: uniqueId(prefix, first.title, ids) };
  });
  // Only happenings the articles date can anchor "after the talks".
  const dated = groups.filter((g) => g.merged.members.some((m) => !m.note));
  const placed = relatives.flatMap((rel) => {
    const anchor = anchorOf(rel, dated);
    return anchor ? [{ rel, anchor }] : [];
  });
  const relativeGroups = mergeRelatives(placed);
  const rest = joinRelatives(groups, relativeGroups);
  const all = [...rest.map(toEvent), ...relativeGroups.map((g) => toRelativeEvent(g, ids))];
  const ranked = all.sort((a, b) => (b.draft?.confidence ?? 0) - (a.draft?.confidence ?? 0));
  const min = options.minConfidence ?? 0.5;
  const events = ranked.filter((e) => (e.draft?.confidence ?? 0) >= min);
  const belowThreshold = ranked.filter((e) => (e.draft?.confidence ?? 0) < min);
  return { input: { sources, events }, diagnostics, belowThreshold };
}

function readSource(
  article: Article,
  i: number,
  diagnostics: Diagnostic[],
): { input: SourceInput; published: DateInput } | null {
  const path = `articles[${i}]`;
  if (article === null || typeof article !== "object" || typeof article.text !== "string") {
    const message = "expected { text, published }; this article is left out";
    diagnostics.push({ severity: "error", code: "invalid-article", path, message });
    return null;
  }
  const published = article.published;
  if (published === undefined || !toWhen(published)) {
    const message = `cannot read ${JSON.stringify(published)} as a publication date; this article is left out`;
    diagnostics.push({ severity: "error", code: "invalid-published", path: `${path}.published`, message });
    return null;
  }
  const id = typeof article.id === "string" && article.id.trim() ? article.id.trim() : `src-${i + 1}`;
  const title = article.title?.trim() || headline(article.text) || `Article ${i + 1}`;
  const input: SourceInput = { id, title, published: typeof published === "string" ? published : toWhen(published)! };
  if (article.publisher) input.publisher = article.publisher;
  if (article.url) input.url = article.url;
  return { input, published };
}

/** A first line short and without a final period reads as the article's headline. */
function headline(text: string): string | undefined {
  const first = paragraphs(text)[0];
  const line = first ? text.slice(first.start, first.end) : "";
  return line && line.length <= 140 && !/[.!?”"]$/.test(line) && paragraphs(text).length > 1 ? line : undefined;
}

/** The candidate events of one article: dated ones, and ones placed only after or before another. */
function candidatesOf(
  text: string,
  source: string,
  published: DateInput,
  options: DraftOptions,
): { dated: Candidate[]; relative: Relative[]; undated: Candidate[] } {
  const dateOptions = {
    published,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(options.mode ? { mode: options.mode } : {}),
  };
  const found = findDates(text, dateOptions).filter((d): d is DatePointMention => d.type === "date");
  const dates = withBrackets(text, found);
  const quotes = findQuotes(text);
  const quoted: Span[] = quotes.flatMap((q) => q.parts.map((p) => ({ start: p.start - 1, end: p.end + 1 })));
  const out: Candidate[] = [];
  const relative: Relative[] = [];
  const undated: Candidate[] = [];
  const known: Mention[] = [];
  // The story's latest day so far: what "later", "earlier" and an undated "said" are told against.
  let narrative: DatePointMention | undefined;
  let entry = false;
  const all = paragraphs(text).flatMap((para) => sentences(text, para, quoted));
  // The story's first sentence after its headline: its lead.
  const head = headline(text) ? paragraphs(text)[1] : paragraphs(text)[0];
  const ledeAt = head ? all.findIndex((s) => s.start >= head.start) : -1;
  all.forEach((sentence, index) => {
    const outside = words(text, sentence.start, sentence.end).filter((w) => !quoted.some((q) => overlaps(q, w)));
    const people = mentionsIn(text, outside, index, known);
    known.push(...people);
    const inSentence = dates.filter(
      (d) => d.start >= sentence.start && d.end <= sentence.end && !quoted.some((q) => overlaps(q, d)),
    );
    // A coarser date around a finer one of the same sentence only repeats it ("the 2031 budget" beside "March 4").
    const here = inSentence.filter((d) => !inSentence.some((f) => f !== d && containsFiner(d, f)));
    const before = out.length;
    // A line that is only a date or time heads a live blog's entry: what follows is of that time.
    const stamp = here.length === 1 && here[0]!.end - here[0]!.start >= (sentence.end - sentence.start) * 0.8;
    const stamped = !stamp && entry;
    entry = stamp || (entry && !here.length);
    const lastDay = here.filter((d) => FINE.has(d.when.precision)).pop();
    const anchor = narrative;
    if (lastDay) narrative = lastDay;
    for (const date of here) {
      const c = candidate(text, sentence, date, quoted, quotes, people);
      // The words of the event: its sentence and the next, which news uses to say who
      // and where ("…ended on Tuesday. Putin met…").
      const words = contentWords(unquoted(text, sentence, all[index + 1]));
      if (c) out.push({ ...c, words, own: contentWords(unquoted(text, sentence, undefined)), source });
    }
    if (out.length > before) return;
    const bare = actorlessIn(text, sentence, quoted).flatMap((a) => {
      const c = actorlessCandidate(text, a, source, anchor, published);
      return c ? [c] : [];
    });
    const rel = relativeIn(text, sentence, quoted, quotes, people);
    const sentenceWords = contentWords(unquoted(text, sentence, undefined));
    if (rel) {
      relative.push({ ...rel, words: sentenceWords, source });
      return void undated.push(...bare);
    }
    const next = all[index + 1];
    const lede = index === ledeAt && (options.mode ?? "news") === "news";
    const how = { mode: options.mode, entry: stamped };
    const found =
      undatedIn(text, sentence, quoted, known, index, how) ??
      (lede ? ledeIn(text, sentence, quoted) : null) ??
      subClause(text, sentence, quoted, known, index, how);
    // "The Bill was passed", "Later the army was called out": the subject of a passive does not act; unless it names
    // a person, the passive tells the happening. A person's passive ("Putin was briefed") stays that person's.
    const passive = !!found && /\b(?:was|were|been)\s+$/.test(text.slice(found.subject.end, found.verb.start));
    const person = people.some((p) => p.kind === "person" && found && overlaps(p, found.subject));
    const u = passive && !person && bare.some((b) => b.actorless?.rule === "passive") ? null : found;
    undated.push(...bare.filter((b) => !u || b.actorless?.rule !== "passive"));
    if (!u) return;
    const c = undatedCandidate(text, { sentence, next, u, quoted, quotes, people }, source, anchor, published);
    if (c) undated.push(c);
  });
  return { dated: out, relative, undated };
}

/** The candidate of a happening a sentence tells without a date (see `undatedIn`), hedged against `anchor`. */
function undatedCandidate(
  text: string,
  at: { sentence: Span; next: Span | undefined; u: Undated; quoted: Span[]; quotes: Quote[]; people: Mention[] },
  source: string,
  anchor: DatePointMention | undefined,
  published: DateInput,
): Candidate | null {
  const { sentence, next, u, quoted, quotes, people } = at;
  const when = hedged(u, anchor, published);
  if (!when) return null;
  const title = titleOf(text, clauseAround(text, sentence, u.subject, u.verb, quoted));
  const persons = [...new Set(people.filter((p) => p.kind === "person" && !p.possessive).map((p) => p.name))];
  const c: Candidate = {
    source,
    when: when.when,
    dateText: u.cue,
    note: when.note,
    ...(u.actor ? { actor: u.actor } : {}),
    ...(u.actor && !u.named ? { deed: deedOf(u.verb.text) } : {}),
    title,
    words: saidWords(text, sentence, next, quotes, u),
    people: persons,
    confidence: u.confidence,
    at: sentence.start,
  };
  // "Trump, speaking in Washington, warned… “Not an easy situation,” he said.": the actor's words come next.
  const own = quoteOf(sentence, quotes);
  const quote = own ?? (next ? quoteOf(next, quotes) : undefined);
  if (quote && (own || quote.speaker === u.actor)) {
    c.quote = quote.text;
    if (quote.speaker) c.speaker = quote.speaker;
  }
  return c;
}

const FINE = new Set(["day", "hour", "minute", "second"]);

/** A happening placed "after the talks" in this sentence, if its verb is there too. */
function relativeIn(
  text: string,
  sentence: Span,
  quoted: Span[],
  quotes: Quote[],
  people: Mention[],
): Omit<Relative, "source" | "words"> | null {
  const rel = relationIn(text, sentence, quoted);
  if (!rel) return null;
  const verbs = verbsIn(text, sentence, [...quoted, rel]);
  if (!verbs.length) return null;
  const verb = verbs.reduce((a, b) => (Math.abs(b.start - rel.end) < Math.abs(a.start - rel.end) ? b : a));
  let clause = clauseAround(text, sentence, rel, verb, quoted);
  // "After the talks, Ushakov said…" is titled "Ushakov said…": the relation is the event's place, not its name.
  const lead = /^[\s,]*/.exec(text.slice(rel.end, clause.end))![0].length;
  if (rel.start === clause.start && rel.end + lead < clause.end) clause = { start: rel.end + lead, end: clause.end };
  const r: Omit<Relative, "source" | "words"> = {
    relation: rel.relation,
    against: rel.against,
    dateText: text.slice(rel.start, rel.end),
    title: titleOf(text, clause),
    people: [...new Set(people.filter((p) => p.kind === "person" && !p.possessive).map((p) => p.name))],
    at: rel.start,
  };
  const quote = quoteOf(sentence, quotes);
  if (quote?.text) r.quote = quote.text;
  if (quote?.speaker) r.speaker = quote.speaker;
  return r;
}

/** The quotation of a sentence to cite (one with a speaker first), shortened at a word when long. */
function quoteOf(sentence: Span, quotes: Quote[]): { text: string; speaker?: string } | undefined {
  const inSentence = quotes.filter((q) => q.parts.some((p) => p.start >= sentence.start && p.end <= sentence.end));
  const q = inSentence.find((x) => x.speaker) ?? inSentence[0];
  if (!q) return undefined;
  const text = q.text.length > MAX_QUOTE ? `${q.text.slice(0, q.text.lastIndexOf(" ", MAX_QUOTE))} …` : q.text;
  return q.speaker ? { text, speaker: q.speaker } : { text };
}

/**
 * "Tuesday (Dec 2)" is one expression as the article wrote it, even when
 * found as two that agree: the citation's `dateText` keeps both, so
 * normalize can check the weekday against the date.
 */
function withBrackets(text: string, dates: DatePointMention[]): DatePointMention[] {
  const out: DatePointMention[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1];
    const close = b ? text[b.end] : undefined;
    const bracketed = b && /^\s*[([]\s*$/.test(text.slice(a.end, b.start)) && (close === ")" || close === "]");
    if (b && bracketed && a.when.iso === b.when.iso) {
      const written = text.slice(a.start, b.end + 1);
      out.push({ ...a, when: { ...a.when, text: written }, text: written, end: b.end + 1 });
      i++;
    } else out.push(a);
  }
  return out;
}

function containsFiner(coarse: DatePointMention, fine: DatePointMention): boolean {
  const c = coarse.when,
    f = fine.when;
  return c.latest - c.earliest > f.latest - f.earliest && c.earliest <= f.earliest && f.latest <= c.latest;
}

/** The text of a sentence and the one after it, quotations blanked out. */
function unquoted(text: string, sentence: Span, next: Span | undefined): string {
  return text.slice(sentence.start, next?.end ?? sentence.end).replace(/[“"«‘][^”"»’]*[”"»’]/g, " ");
}

function candidate(
  text: string,
  sentence: Span,
  date: DatePointMention,
  quoted: Span[],
  quotes: Quote[],
  people: Mention[],
): Omit<Candidate, "source"> | null {
  // "Witkoff's sixth trip to Moscow this year": a year or longer counted back from the publication
  // dates a tally or a trend in news, not a happening. Years the text names itself ("in 1987") stay.
  if (COARSE.has(date.when.precision) && date.anchor === "published") return null;
  const verbs = verbsIn(text, sentence, [...quoted, date]);
  if (!verbs.length) return null;
  const near = (v: Span): number => Math.min(Math.abs(v.start - date.end), Math.abs(date.start - v.end));
  const verb = verbs.reduce((a, b) => (near(b) < near(a) ? b : a));
  const clause = clauseAround(text, sentence, date, verb, quoted);
  const quote = quoteOf(sentence, quotes);
  let confidence = ANCHOR_TRUST[date.anchor] * (COARSE.has(date.when.precision) ? 0.6 : 1);
  if (near(verb) > 80) confidence *= 0.8;
  // "Tuesday (Dec 3)" when Dec 3 is a Wednesday: one of the two is wrong, and only the editor can say which.
  const doubts = (date.problems ?? []).map((p) => p.code);
  if (doubts.length) confidence *= 0.7;
  const c: Omit<Candidate, "source"> = {
    when: date.when,
    dateText: date.text,
    title: titleOf(text, clause),
    words: new Set(),
    people: [...new Set(people.filter((p) => p.kind === "person" && !p.possessive).map((p) => p.name))],
    confidence,
    at: date.start,
  };
  if (doubts.length) c.doubts = doubts;
  if (quote) c.quote = quote.text;
  if (quote?.speaker) c.speaker = quote.speaker;
  return c;
}

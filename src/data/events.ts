import { analyzeDate, toWhen, type DateAnalysis, type ParseDateOptions } from "./dates/index.js";
import { isoInterval, isoWhen } from "./dates/iso.js";
import { diagnostic, show, type DiagnosticCode } from "./diagnostics.js";
import { durationMs, endAfter } from "./duration.js";
import { checkKeys, isRecord, maybeText, maybeTextList, pathTo, type Path, type Sink } from "./fields.js";
import { readMedia } from "./media.js";
import type { Citation, Diagnostic, Source, TimelineEvent, When } from "./types.js";

const KNOWN_EVENT = new Set([
  "id", "title", "headline", "summary", "start", "end", "duration", "after", "before",
  "group", "tags", "people", "place", "timeZone", "citations", "flags", "draft",
  "media", "extra",
]);
const KNOWN_CITATION = new Set(["source", "quote", "speaker", "dateText", "note", "date"]);

/** An event as read, before its date, id and flags are settled: output fields are set only when present. */
export type DraftEvent = Omit<TimelineEvent, "id" | "start" | "flags"> & {
  id: string | undefined;
  start: When | undefined;
};

/**
 * An event on its way to the output. Its `event` is the output object
 * itself, made once: a draft that held every field until a copy was made
 * for the output was the costliest allocation of normalize (a 17-field
 * object per event that lives to the end, so the garbage collector copies
 * it), with 100,000 events.
 */
export interface Draft {
  event: DraftEvent;
  /** Position in the input's `events`: diagnostics name `events[index]`. */
  index: number;
  /**
   * Input position of each kept citation, parallel to `citations`; made only
   * when a citation was dropped (otherwise position k is input k). Paths are
   * built only for messages: with 100,000 events, strings and arrays kept
   * for every draft cost more garbage collection than the rest of normalize.
   */
  citationIndex?: number[];
  /** Diagnostic codes raised on the event; made on the first one. */
  flags?: Set<string>;
}

/** The input path of a draft: `events[3]`. */
export const eventPath = (draft: Draft): string => `events[${draft.index}]`;

/** The input path of the draft's `k`th kept citation: `events[3].citations[1]`. */
export const citationPath = (draft: Draft, k: number): string => `${eventPath(draft)}.citations[${draft.citationIndex?.[k] ?? k}]`;

export interface EventContext {
  sources: ReadonlyMap<string, Source>;
  reference: When | undefined;
  timeZone: string | undefined;
  /** Date options of events without their own `timeZone`: one object for all of them. */
  dateOptions: ParseDateOptions;
  sink: Sink;
  /**
   * Readings of date text already made in this normalize call. One article
   * writes "on Tuesday" for many events, and each reading depends only on
   * the text, the reference and the zone.
   */
  readings: Map<When | undefined, Map<string, DateAnalysis>>;
  /** The data's own URL: relative media URLs resolve against it. */
  baseUrl?: string | undefined;
}

/** Reads one input event. Returns null (with an error in the sink) when it cannot be kept. */
export function readEvent(raw: unknown, index: number, ctx: EventContext): Draft | null {
  // Built for messages only (see Draft.citationIndex).
  const path = (): string => `events[${index}]`;
  const { sink } = ctx;
  if (!isRecord(raw)) {
    sink.push(diagnostic("invalid-event", path(), `expected an object, got ${show(raw)}`));
    return null;
  }
  checkKeys(raw, KNOWN_EVENT, path, sink);
  const title = maybeText(raw, "title", path, sink) ?? maybeText(raw, "headline", path, sink);
  if (title === undefined) {
    sink.push(diagnostic("missing-title", `${path()}.title`, "an event needs a title; this one is left out"));
    return null;
  }
  const ownZone = maybeText(raw, "timeZone", path, sink);
  const timeZone = ownZone ?? ctx.timeZone;
  const dateOptions: ParseDateOptions = ownZone === undefined ? ctx.dateOptions : { ...ctx.dateOptions, timeZone: ownZone };

  // Read in this order (it is the order of their diagnostics); the event's
  // keys follow the order of TimelineEvent, optional ones only when present.
  const id = maybeText(raw, "id", path, sink);
  const summary = maybeText(raw, "summary", path, sink);
  const start = readDate(raw, "start", path, dateOptions, sink);
  const end = readDate(raw, "end", path, dateOptions, sink);
  const after = maybeText(raw, "after", path, sink);
  const before = maybeText(raw, "before", path, sink);
  const group = maybeText(raw, "group", path, sink);
  const tags = maybeTextList(raw, "tags", path, sink);
  const people = maybeTextList(raw, "people", path, sink);
  const place = maybeText(raw, "place", path, sink);
  let duration = maybeText(raw, "duration", path, sink);
  if (duration !== undefined) {
    if (durationMs(duration) === null) {
      sink.push(diagnostic("invalid-duration", `${path()}.duration`,
        `cannot read ${show(duration)} as an ISO 8601 duration such as "PT5H"`));
      duration = undefined;
    } else duration = duration.toUpperCase();
  }
  const event: DraftEvent = { id, title, start, tags, people, citations: [] };
  if (summary !== undefined) event.summary = summary;
  if (end) event.end = end;
  if (duration !== undefined) event.duration = duration;
  if (group !== undefined) event.group = group;
  if (place !== undefined) event.place = place;
  if (after !== undefined) event.after = after;
  if (before !== undefined) event.before = before;
  const mark = readDraftMark(raw["draft"], path, sink);
  if (mark) event.draft = mark;
  const draft: Draft = { event, index };
  readCitations(raw["citations"], draft, ctx, timeZone);
  const media = readMedia(raw["media"], path, { sources: ctx.sources, sink, ...(ctx.baseUrl ? { base: ctx.baseUrl } : {}) });
  if (media) event.media = media;
  const extra = readExtra(raw["extra"], path, sink);
  if (extra) event.extra = extra;
  return draft;
}

/** A copy of `extra`, which must be an object of JSON values; never read by citeline, only carried. */
export function readExtra(value: unknown, path: Path, sink: Sink): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  let copy: unknown;
  try {
    copy = isRecord(value) ? JSON.parse(JSON.stringify(value)) : undefined;
  } catch {
    copy = undefined;
  }
  if (!isRecord(copy)) {
    sink.push(diagnostic("invalid-field", pathTo(path, "extra"),
      `expected an object of JSON values, got ${show(value)}; it is ignored`));
    return undefined;
  }
  return copy;
}

/** The `draft` mark of a drafted event, copied; anything but `{ confidence: 0..1, rule?: text }` is warned about and dropped. */
function readDraftMark(value: unknown, path: Path, sink: Sink): TimelineEvent["draft"] {
  if (value === undefined || value === null) return undefined;
  const confidence = isRecord(value) ? value["confidence"] : undefined;
  if (!isRecord(value) || typeof confidence !== "number" || !(confidence >= 0 && confidence <= 1)) {
    sink.push(diagnostic("invalid-field", pathTo(path, "draft"),
      `expected { confidence: a number from 0 to 1 }, got ${show(value)}`));
    return undefined;
  }
  const rule = maybeText(value, "rule", () => pathTo(path, "draft"), sink);
  return rule === undefined ? { confidence } : { confidence, rule };
}

/** Reads `record[key]`, a `start`/`end`/`published` value; reports what it cannot read under `path.key`. */
export function readDate(record: Record<string, unknown>, key: string, path: Path, options: ParseDateOptions, sink: Sink): When | undefined {
  const value = record[key];
  if (value === undefined || value === null || value === "") return undefined;
  let when: When | null = null;
  if (typeof value === "string" && options.reference === undefined) {
    // ISO forms say their own date: no reference needed, and it is the hot path.
    const trimmed = value.trim();
    const iso = trimmed.length <= 1000 ? isoWhen(trimmed, options.timeZone) ?? isoInterval(trimmed, options.timeZone) : null;
    if (iso) return iso;
    const [a, b] = PROBES.map((reference) => toWhen(value, { ...options, reference }));
    when = a && b && a.iso === b.iso && a.earliest === b.earliest ? a : null;
    if (!when && a) {
      sink.push(diagnostic("invalid-date", pathTo(path, key),
        `${show(value)} is relative, and there is no reference date to resolve it against`));
      return undefined;
    }
  } else if (typeof value === "string" || typeof value === "number" || value instanceof Date || isRecord(value)) {
    when = toWhen(value as Parameters<typeof toWhen>[0], options);
  }
  if (!when) {
    sink.push(diagnostic("invalid-date", pathTo(path, key), `cannot read ${show(value)} as a date`));
    return undefined;
  }
  return when;
}

// Read from each citation, in this order, when present.
const CITATION_TEXT = ["quote", "speaker", "dateText", "note"] as const;

function readCitations(value: unknown, draft: Draft, ctx: EventContext, timeZone: string | undefined): void {
  const { sink } = ctx;
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) {
    sink.push(diagnostic("invalid-field", `${eventPath(draft)}.citations`,
      `expected a list of citations, got ${show(value)}`));
    return;
  }
  // Sized once: a pushed-to empty array reserves room for 17, and these
  // lists end in the output, one per event.
  const n = value.length;
  const citations = new Array<Citation>(n);
  let kept = 0;
  for (let j = 0; j < n; j++) {
    const citation = readCitation(value[j], j, draft, ctx, timeZone);
    if (!citation) continue;
    if (kept !== j) (draft.citationIndex ??= Array.from({ length: kept }, (_, k) => k)).push(j);
    citations[kept++] = citation;
  }
  if (kept < n) citations.length = kept;
  draft.event.citations = citations;
}

function readCitation(raw: unknown, j: number, draft: Draft, ctx: EventContext, timeZone: string | undefined): Citation | null {
  const { sink } = ctx;
  // Built for messages only (see Draft.citationIndex).
  const cpath = (): string => `${eventPath(draft)}.citations[${j}]`;
  const record = typeof raw === "string" ? { source: raw } : raw;
  if (!isRecord(record)) {
    sink.push(diagnostic("invalid-citation", cpath(),
      `expected a source id or an object with "source", got ${show(raw)}`));
    return null;
  }
  checkKeys(record, KNOWN_CITATION, cpath, sink);
  const sourceId = maybeText(record, "source", cpath, sink);
  if (sourceId === undefined) {
    sink.push(diagnostic("invalid-citation", `${cpath()}.source`, "a citation must name its source; it is dropped"));
    return null;
  }
  const source = ctx.sources.get(sourceId);
  if (!source) {
    sink.push(diagnostic("unknown-source", `${cpath()}.source`,
      `no source has the id ${show(sourceId)}; the citation is dropped`));
    return null;
  }
  // The source's own id string, not this citation's copy of it: the renderer
  // counts and finds events by source, and over 100,000 events whose ids
  // were each a string of their own (built in code, or too long for
  // JSON.parse to share) the legend's count took 2.6 times as long in Node.
  const citation: Citation = { source: source.id };
  for (let k = 0; k < CITATION_TEXT.length; k++) {
    const key = CITATION_TEXT[k]!;
    const text = maybeText(record, key, cpath, sink);
    if (text !== undefined) citation[key] = text;
  }
  if (citation.dateText !== undefined) readDateText(citation, citation.dateText, source, draft, ctx, timeZone, cpath);
  return citation;
}

/** Dates a citation by its `dateText`, read against its source's publication date. */
function readDateText(citation: Citation, dateText: string, source: Source, draft: Draft, ctx: EventContext, timeZone: string | undefined, cpath: () => string): void {
  const { sink } = ctx;
  const reference = source.published ?? ctx.reference;
  // Readings are kept per reference object (each source's published
  // When is one object), then per text and zone.
  let byText = ctx.readings.get(reference);
  if (!byText) ctx.readings.set(reference, (byText = new Map<string, DateAnalysis>()));
  const key = timeZone ? `${dateText}\u0000${timeZone}` : dateText;
  let analysis = byText.get(key);
  if (!analysis) {
    analysis = reference ? analyzeDate(dateText, { reference, ...(timeZone ? { timeZone } : {}) }) : absoluteDate(dateText, timeZone);
    byText.set(key, analysis);
  }
  for (const problem of analysis.problems) flag(draft, problem.code, `${cpath()}.dateText`, problem.message, sink);
  if (analysis.when) citation.date = { ...analysis.when };
  // "After the meeting" or "later" is not a calendar date, and needs no
  // warning when the event states that relation: with `after`/`before`, or
  // with a start hedged before, after or about a date.
  else if (analysis.problems.length === 0 && !(draft.event.after || draft.event.before || isHedged(draft.event.start))) {
    const why = analysis.kind === "duration" ? "it is a duration, not a date" : analysis.kind === "set" ? "it is a recurrence, not a date" : !reference ? "it has no reference date (the source has no `published`)" : "it is not a date citeline can read";
    flag(draft, "unparsed-date-text", `${cpath()}.dateText`, `${show(dateText)} is kept as text: ${why}`, sink);
  }
}
// Two references far apart: an expression that resolves the same against
// both says its own date ("2 Dec 2025"); one that does not ("last Friday",
// "Dec 2") depends on a reference we do not have, and must not fall back to
// the clock of whoever runs normalize.
const PROBES = [Date.UTC(2001, 6, 1), Date.UTC(2013, 0, 1)];

function absoluteDate(text: string, timeZone: string | undefined): ReturnType<typeof analyzeDate> {
  const [a, b] = PROBES.map((reference) => analyzeDate(text, { reference, ...(timeZone ? { timeZone } : {}) })) as [ReturnType<typeof analyzeDate>, ReturnType<typeof analyzeDate>];
  if (a.when && b.when && a.when.iso === b.when.iso && a.when.earliest === b.when.earliest) return a;
  return { when: null, problems: [], kind: a.kind === "date" ? "none" : a.kind };
}

/** Records a diagnostic and remembers its code on the event so renderers can show it. */
export function flag(draft: Draft, code: DiagnosticCode, path: string, message: string, sink: Diagnostic[]): void {
  sink.push(diagnostic(code, path, message));
  addFlag(draft, code);
}

/** Remembers a code on the event without a diagnostic (the caller reports it). */
export function addFlag(draft: Draft, code: string): void {
  (draft.flags ??= new Set()).add(code);
}

/** Fills in `end` from `duration` when the start is known to the clock (it becomes the event's last key). */
export function settleEnd(draft: Draft): void {
  const e = draft.event;
  if (e.end || !e.start || e.duration === undefined) return;
  const end = endAfter(e.start, durationMs(e.duration)!);
  if (end) e.end = end;
}

const isHedged = (start: When | undefined): boolean =>
  start?.qualifier === "before" || start?.qualifier === "after" || start?.qualifier === "about";

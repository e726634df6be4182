import { isWhen, toWhen } from "./dates/index.js";
import { CitelineError, diagnostic, show } from "./diagnostics.js";
import { settleDate } from "./dating.js";
import { addFlag, eventPath, readEvent, readExtra, settleEnd, type Draft } from "./events.js";
import { checkKeys, isRecord, maybeText, type Sink } from "./fields.js";
import { deriveId, hash } from "./ids.js";
import { sortedIndices } from "./order.js";
import { resolveRelations } from "./relations.js";
import { readEras } from "./eras.js";
import { mapPaths, type SourcePaths } from "./paths.js";
import { normalizeSources } from "./sources.js";
import type { DateInput, Diagnostic, Group, Timeline, TimelineEvent, TimelineInput, When } from "./types.js";

/** Options of {@link normalize}. */
export interface NormalizeOptions {
  /** Reference for relative dates in citations whose source has no `published` date. */
  reference?: DateInput;
  /** Throw one {@link CitelineError} listing every error instead of returning diagnostics. */
  strict?: boolean;
  /** IANA zone for clock times written without a zone ("18:00"). */
  timeZone?: string;
  /**
   * The URL the data was loaded from: relative source and media URLs
   * resolve against it (`<cite-line src>` passes its own). Without it they
   * stay relative, for the page to resolve.
   */
  baseUrl?: string;
  /**
   * Where each event and era came from in an imported file (importers
   * return it as `paths`), so diagnostics name `rows[12]` or the slide.
   */
  paths?: SourcePaths;
}

/** What {@link normalize} returns. */
export interface NormalizeResult {
  timeline: Timeline;
  diagnostics: Diagnostic[];
}

const KNOWN_TOP = new Set(["$schema", "title", "description", "groups", "eras", "sources", "events", "extra"]);

/**
 * Turns loose timeline input into an exact {@link Timeline}: dates with
 * their precision and bounds, relative dates resolved against each citing
 * source's publication date, stable ids, citations linked to sources,
 * conflicts flagged and events sorted. Every input event ends in the output
 * or is named by an error diagnostic's path; the input is never mutated.
 *
 * @example
 * ```ts
 * const { timeline, diagnostics } = normalize({
 *   sources: [{ id: "wire", title: "Talks end without a deal", published: "2025-12-03" }],
 *   events: [{ title: "Kremlin meeting", citations: [{ source: "wire", dateText: "Tuesday (Dec 2)" }] }],
 * });
 * timeline.events[0].start.iso; // "2025-12-02"
 * ```
 */
export function normalize(input: TimelineInput | Timeline, options: NormalizeOptions = {}): NormalizeResult {
  const steps = normalizeSteps(input, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Events read between two pauses of the pipeline (see normalizeSteps). */
const CHUNK = 500;

/**
 * The normalize pipeline, pausing (`yield`) after each chunk of events and
 * each pass over them: `normalize` runs it through, `normalizeAsync` gives
 * the page a turn when a slice's time is up. One body for both, so that
 * they cannot differ.
 */
export function* normalizeSteps(input: TimelineInput | Timeline, options: NormalizeOptions): Generator<void, NormalizeResult> {
  const { reference, strict, timeZone, baseUrl, paths } = checkOptions(options);
  const sink: Sink = [];
  const timeline: Timeline = { groups: [], eras: [], sources: [], events: [] };

  if (!isRecord(input) || !Array.isArray(input["events"])) {
    sink.push(diagnostic("invalid-input", isRecord(input) ? "events" : "$",
      `expected an object with an "events" list, got ${show(isRecord(input) ? input["events"] : input)}`));
    return finish(timeline, sink, strict, paths);
  }
  readHeader(input, timeline, sink);
  const dateOptions = { ...(reference ? { reference } : {}), ...(timeZone ? { timeZone } : {}) };
  timeline.sources = normalizeSources(input["sources"], dateOptions, sink, baseUrl);
  const sources = new Map(timeline.sources.map((s) => [s.id, s]));
  timeline.groups = readGroups(input["groups"], sink);
  timeline.eras = readEras(input["eras"], dateOptions, sink);

  // Indexed loops throughout: normalize runs once per input, mostly in
  // on-stack-replaced code, where for-of over 100,000 drafts allocated an
  // iterator result per step.
  const events = input["events"] as unknown[];
  const drafts: Draft[] = [];
  const context = { sources, reference, timeZone, dateOptions, sink, readings: new Map(), baseUrl };
  for (let i = 0; i < events.length; i++) {
    const draft = readEvent(events[i], i, context);
    if (draft) drafts.push(draft);
    if (i % CHUNK === CHUNK - 1) yield;
  }
  for (let i = 0; i < drafts.length; i++) settleDate(drafts[i]!, sink);
  yield;
  const { byId, kept } = dropDuplicateIds(drafts, sink);
  const next = new Map<string, number>();
  for (let i = 0; i < kept.length; i++) assignId(kept[i]!, byId, next);
  yield;
  const unresolved = resolveRelations(kept, byId, sources, sink);
  admitEvents(timeline, kept, { byId, next, unresolved }, sink);
  yield;
  timeline.events = sortEvents(timeline.events);
  return finish(timeline, sink, strict, paths);
}

/** The top-level title, description and extra of the input. */
function readHeader(input: Record<string, unknown>, timeline: Timeline, sink: Sink): void {
  checkKeys(input, KNOWN_TOP, "", sink);
  const title = maybeText(input, "title", "", sink);
  if (title !== undefined) timeline.title = title;
  const description = maybeText(input, "description", "", sink);
  if (description !== undefined) timeline.description = description;
  const extra = readExtra(input["extra"], "", sink);
  if (extra) timeline.extra = extra;
}

/** The drafts with an id not taken by an earlier one, and the drafts by id; each later duplicate is reported. */
function dropDuplicateIds(drafts: Draft[], sink: Sink): { byId: Map<string, Draft>; kept: Draft[] } {
  const byId = new Map<string, Draft>();
  const kept: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!;
    const id = draft.event.id;
    const earlier = id === undefined ? undefined : byId.get(id);
    if (earlier) {
      sink.push(diagnostic("duplicate-id", `${eventPath(draft)}.id`,
        `id ${show(id)} is already used by ${eventPath(earlier)}; this event is left out`));
      continue;
    }
    if (id !== undefined) byId.set(id, draft);
    kept.push(draft);
  }
  return { byId, kept };
}

/** How ids were assigned so far, and which drafts wait on a relation that did not resolve. */
interface IdState {
  byId: Map<string, Draft>;
  next: Map<string, number>;
  unresolved: ReadonlySet<Draft>;
}

/**
 * Adds to `timeline.events` each kept draft that has a start and ends after it,
 * flagging twins and uncited events, and joining lanes named in another case.
 */
function admitEvents(timeline: Timeline, kept: Draft[], ids: IdState, sink: Sink): void {
  const { byId, next, unresolved } = ids;
  // Lanes are matched in any case: "china" and "China" are one lane, named by its first spelling.
  const groupIds = new Map<string, string>();
  for (const g of timeline.groups) if (!groupIds.has(g.id.toLowerCase())) groupIds.set(g.id.toLowerCase(), g.id);
  // Kept events by a hash of date and lowercased title (see twinOf): a
  // table at most half full, so probes stay short.
  const hashes = new Int32Array(2 * kept.length + 1), at = new Int32Array(hashes.length);
  for (let i = 0; i < kept.length; i++) {
    const draft = kept[i]!;
    if (!draft.event.start) {
      if (!unresolved.has(draft)) {
        sink.push(diagnostic("missing-date", `${eventPath(draft)}.start`,
          "no start, and no citation dateText that resolves to a date; the event is left out"));
      }
      continue;
    }
    assignId(draft, byId, next);
    settleEnd(draft);
    const event = draft.event as TimelineEvent;
    if (event.end && event.end.latest <= event.start.earliest) {
      sink.push(diagnostic("end-before-start", `${eventPath(draft)}.end`,
        `end ${event.end.iso} is before start ${event.start.iso}; the event is left out`));
      continue;
    }
    const twin = twinOf(hashes, at, kept, i);
    if (twin) {
      sink.push(diagnostic("duplicate-event", eventPath(draft),
        `same title and date as ${eventPath(twin)} (${show(twin.event.id)}); one event entered twice?`));
      addFlag(draft, "duplicate-event");
    }
    if (event.citations.length === 0) {
      sink.push(diagnostic("no-citations", `${eventPath(draft)}.citations`,
        "nothing attests this event: add a citation"));
      addFlag(draft, "no-citations");
    }
    if (event.group !== undefined) {
      const key = event.group.toLowerCase();
      const id = groupIds.get(key);
      if (id === undefined) {
        groupIds.set(key, event.group);
        timeline.groups.push({ id: event.group, label: event.group });
      } else event.group = id;
    }
    // Flags last among the keys, sorted so that they read the same whatever raised them first.
    if (draft.flags) event.flags = [...draft.flags].sort();
    timeline.events.push(event);
  }
}

const NON_ASCII = /[^\0-\x7f]/;

/**
 * The event already seen with the same date and the same title in any
 * case, or undefined after remembering `kept[i]` as seen. Keyed by a
 * number, not by strings: with 100,000 events, a lowercased title kept per
 * event, and a map of them per date, cost more than the rest of this check;
 * and a Map of the numbers cost three times the hashing. So the table is
 * open addressing over typed arrays: `at[slot]` is 1 + a position in
 * `kept` (0 when the slot is free), `hashes[slot]` that event's hash.
 */
function twinOf(hashes: Int32Array, at: Int32Array, kept: Draft[], i: number): Draft | undefined {
  const { start, title } = kept[i]!.event;
  const iso = start!.iso;
  // ASCII lowercases code unit by code unit below; other titles are lowered
  // first (their lowercase may differ in length).
  const text = NON_ASCII.test(title) ? title.toLowerCase() : title;
  let h = text.length;
  for (let k = 0; k < iso.length; k++) h = Math.imul(h ^ iso.charCodeAt(k), 0x9e3779b1);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x85ebca6b);
  }
  // Equal hashes are only candidates; a miss moves on to the next slot.
  let slot = (h >>> 0) % at.length;
  for (let k: number; (k = at[slot]!); slot = (slot + 1) % at.length) {
    if (hashes[slot] !== h) continue;
    const { event } = kept[k - 1]!;
    if (event.start!.iso === iso && event.title.toLowerCase() === title.toLowerCase()) return kept[k - 1];
  }
  hashes[slot] = h;
  at[slot] = i + 1;
  return undefined;
}

/**
 * Sorts like {@link compareEvents}, on numbers gathered once into typed
 * arrays: with 100,000 events, a comparator chasing `a.start.earliest`
 * through the heap costs more than the rest of normalize.
 */
function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  const n = events.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    start[i] = e.start.earliest;
    end[i] = (e.end ?? e.start).latest;
  }
  // Ids in one array: the events' shapes vary with their optional fields,
  // and a tie-break reading e.id from each would meet them all.
  const ids = events.map((e) => e.id);
  const order = sortedIndices([start, end], n, (i, j) => compareIds(ids[i]!, ids[j]!));
  const out = new Array<TimelineEvent>(n);
  for (let r = 0; r < n; r++) out[r] = events[order[r]!]!;
  return out;
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sort order of events: start, then end, then id (so ties are deterministic). */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    a.start.earliest - b.start.earliest ||
    (a.end ?? a.start).latest - (b.end ?? b.start).latest ||
    compareIds(a.id, b.id)
  );
}

/**
 * Gives an event without an id one from its date and title; a second event
 * with both adds a hash of its content, and a third identical one the
 * smallest free number from 2. `next` remembers, per base, the number to
 * probe from: the ids taken never become free, so the result is the same as
 * probing from 2, without probing again through every earlier twin (a
 * thousand "Air raid alert" entries on one day made that quadratic).
 */
function assignId(draft: Draft, byId: Map<string, Draft>, next: Map<string, number>): void {
  const e = draft.event;
  if (e.id !== undefined || !e.start) return;
  const base = deriveId(e.start.iso, e.title);
  let id = base;
  if (byId.has(id)) id = `${base}-${hash(JSON.stringify([e.summary, e.citations, e.place, e.group]))}`;
  if (byId.has(id)) {
    let n = next.get(base) ?? 2;
    while (byId.has((id = `${base}-${n}`))) n++;
    next.set(base, n + 1);
  }
  e.id = id;
  byId.set(id, draft);
}

function readGroups(value: unknown, sink: Sink): Group[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    sink.push(diagnostic("invalid-field", "groups", `expected a list of groups, got ${show(value)}`));
    return [];
  }
  const groups: Group[] = [];
  value.forEach((raw: unknown, i) => {
    const path = `groups[${i}]`;
    const record = typeof raw === "string" ? { id: raw } : raw;
    if (!isRecord(record)) {
      sink.push(diagnostic("invalid-field", path, `expected a group label or {id, label}, got ${show(raw)}`));
      return;
    }
    const label = maybeText(record, "label", path, sink);
    const id = maybeText(record, "id", path, sink) ?? label;
    if (id === undefined) {
      sink.push(diagnostic("invalid-field", path, "a group needs an id or a label"));
      return;
    }
    if (groups.some((g) => g.id === id)) {
      sink.push(diagnostic("duplicate-id", `${path}.id`, `group id ${show(id)} is already used; this one is left out`));
      return;
    }
    groups.push({ id, label: label ?? id });
  });
  return groups;
}

interface Checked {
  reference: When | undefined;
  strict: boolean;
  timeZone: string | undefined;
  baseUrl: string | undefined;
  paths: SourcePaths | undefined;
}

function checkOptions(options: NormalizeOptions): Checked {
  if (!isRecord(options)) throw new TypeError(`invalid options: ${show(options)}`);
  const { strict = false, timeZone, reference, baseUrl, paths } = options as NormalizeOptions;
  if (baseUrl !== undefined && typeof baseUrl !== "string") throw new TypeError(`invalid baseUrl: ${show(baseUrl)}`);
  if (paths !== undefined && !isRecord(paths)) throw new TypeError(`invalid paths: ${show(paths)}`);
  if (typeof strict !== "boolean") throw new TypeError(`invalid strict: ${show(strict)}`);
  if (timeZone !== undefined && (typeof timeZone !== "string" || !validZone(timeZone))) throw new TypeError(`invalid timeZone: ${show(timeZone)}`);
  let ref: When | undefined;
  if (reference !== undefined) {
    ref = toWhen(reference) ?? undefined;
    if (!ref) throw new TypeError(`invalid reference: ${show(reference)}`);
  }
  return { reference: ref, strict, timeZone, baseUrl, paths };
}

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function finish(timeline: Timeline, sink: Diagnostic[], strict: boolean, paths?: SourcePaths): NormalizeResult {
  const diagnostics = mapPaths(sink, paths);
  if (strict && diagnostics.some((d) => d.severity === "error")) throw new CitelineError(diagnostics);
  return { timeline, diagnostics };
}

/**
 * True when `value` already has the exact shape of a normalized
 * {@link Timeline} (so a renderer can skip normalizing it again).
 *
 * @example
 * ```ts
 * isTimeline(normalize(input).timeline); // true
 * isTimeline({ events: [{ title: "x", start: "2025" }] }); // false: loose input
 * ```
 */
export function isTimeline(value: unknown): value is Timeline {
  if (!isRecord(value)) return false;
  const { groups, eras, sources, events } = value;
  if (!Array.isArray(groups) || !Array.isArray(sources) || !Array.isArray(events)) return false;
  if (eras !== undefined && !(Array.isArray(eras) && eras.every((e: unknown) => isRecord(e) && isWhen(e["start"]) && isWhen(e["end"])))) return false;
  return events.every(
    (e: unknown) =>
      isRecord(e) &&
      typeof e["id"] === "string" &&
      typeof e["title"] === "string" &&
      isWhen(e["start"]) &&
      (e["end"] === undefined || isWhen(e["end"])) &&
      Array.isArray(e["tags"]) &&
      Array.isArray(e["people"]) &&
      Array.isArray(e["citations"]),
  );
}

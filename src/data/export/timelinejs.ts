/**
 * Export to TimelineJS3 JSON, the way back for a newsroom that migrated:
 * what citeline models is written from its own fields, and what it only
 * carried (`extra.timelinejs`) is written back as it came.
 */
import { htmlToLine, htmlToText } from "../import/html.js";
import { readDateObject } from "../import/dateparts.js";
import { readDisplayDate } from "../import/display.js";
import { Report } from "../import/report.js";
import { isTimeline, normalize } from "../normalize.js";
import type { Era, Media, Source, Timeline, TimelineEvent, TimelineInput, When } from "../types.js";
import { timelineJSDate, type TimelineJSDate } from "./dates.js";

/** A TimelineJS slide as `toTimelineJS` writes it (plus any pass-through fields). */
export interface TimelineJSSlide {
  start_date?: TimelineJSDate | Record<string, unknown>;
  end_date?: TimelineJSDate | Record<string, unknown>;
  display_date?: string;
  text?: { headline?: string; text?: string };
  media?: Record<string, unknown>;
  group?: string;
  unique_id?: string;
  [field: string]: unknown;
}

/** A TimelineJS3 document. */
export interface TimelineJSDocument {
  title?: TimelineJSSlide;
  events: TimelineJSSlide[];
  eras?: TimelineJSSlide[];
  scale?: string;
  [field: string]: unknown;
}

const escape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The pass-through of an event or timeline, or an empty object. */
function passThrough(extra: Record<string, unknown> | undefined): Record<string, unknown> {
  const tl = extra?.["timelinejs"];
  return isRecord(tl) ? tl : {};
}

/** Plain text as TimelineJS HTML: escaped, one paragraph per line. */
function paragraphs(text: string): string {
  return text.split("\n").map((line) => `<p>${escape(line)}</p>`).join("");
}

/** The HTML an import kept, while it still says what the plain text says; else the plain text as HTML. */
function html(kept: unknown, plain: string | undefined, block: boolean): string | undefined {
  if (plain === undefined) return undefined;
  if (typeof kept === "string" && (block ? htmlToText(kept) : htmlToLine(kept)) === plain) return kept;
  return block ? paragraphs(plain) : escape(plain);
}

/** The date object an import kept, while it still reads as the event's date; else one written from it. */
function dateOf(
  when: When,
  kept: unknown,
  display: string | undefined,
  name: "start_date" | "end_date",
  cosmological: boolean,
): TimelineJSDate | Record<string, unknown> {
  if (isRecord(kept)) {
    const read = readDateObject(kept, name, () => name, cosmological, new Report());
    const again = read && (display === undefined ? read.when : readDisplayDate(display, read.when, undefined).start);
    if (again && again.iso === when.iso) return kept;
  }
  return timelineJSDate(when);
}

function creditOf(media: Media | undefined, sources: ReadonlyMap<string, Source>): string | undefined {
  const source = media?.credit === undefined ? undefined : sources.get(media.credit);
  if (source === undefined) return undefined;
  return source.url ? `<a href="${escape(source.url)}">${escape(source.title)}</a>` : escape(source.title);
}

/** Citations TimelineJS has no place for (not the media credit, not a link already in the text), as a paragraph. */
function citationNote(
  event: TimelineEvent,
  text: string,
  sources: ReadonlyMap<string, Source>,
  media: Record<string, unknown> | undefined,
): string {
  const embedded = typeof media?.["url"] === "string" ? media["url"] : "";
  const credit = typeof media?.["credit"] === "string" ? htmlToLine(media["credit"]) : undefined;
  const items: string[] = [];
  for (const c of event.citations) {
    const source = sources.get(c.source);
    if (source === undefined) continue;
    if (c.quote === undefined && (c.source === event.media?.[0]?.credit || source.title === credit)) continue;
    if (source.url !== undefined && text.includes(source.url)) continue;
    if (c.quote !== undefined && embedded.includes(escape(c.quote).slice(0, 40))) continue;
    const name = source.url ? `<a href="${escape(source.url)}">${escape(source.title)}</a>` : escape(source.title);
    items.push(c.quote === undefined ? name : `${name}: \u201c${escape(c.quote)}\u201d`);
  }
  return items.length === 0 ? "" : `<p>Sources: ${items.join("; ")}</p>`;
}

function slideOf(
  event: TimelineEvent,
  timeline: Timeline,
  sources: ReadonlyMap<string, Source>,
  cosmological: boolean,
): TimelineJSSlide {
  const kept = passThrough(event.extra);
  const { start_date, end_date, text: keptText, media: keptMedia, untitled, ...rest } = kept;
  const keptHtml = isRecord(keptText) ? keptText : {};
  const slide: TimelineJSSlide = { ...rest };
  slide.start_date = dateOf(event.start, start_date, event.start.text, "start_date", cosmological);
  if (event.end !== undefined) {
    const end = dateOf(event.end, end_date, undefined, "end_date", cosmological);
    // An end written as words (end_date.display_date) goes back where TimelineJS reads it.
    const text = event.end.text;
    slide.end_date = text === undefined || "display_date" in end ? end : { ...end, display_date: text };
  }
  if (event.start.text !== undefined) slide.display_date = event.start.text;
  const media = mediaOf(event.media?.[0], keptMedia, sources);
  const body = html(keptHtml["text"], event.summary, true) ?? "";
  const note = citationNote(event, body, sources, media);
  const text: { headline?: string; text?: string } = {};
  // A title the import made up for a headline-less slide is not written back, unless someone changed it.
  if (untitled !== event.title) text.headline = html(keptHtml["headline"], event.title, false)!;
  if (body + note !== "") text.text = body + note;
  slide.text = text;
  if (media !== undefined) slide.media = media;
  const group = timeline.groups.find((g) => g.id === event.group);
  if (group !== undefined) slide.group = group.label;
  slide.unique_id = event.id;
  return slide;
}

function mediaOf(
  media: Media | undefined,
  kept: unknown,
  sources: ReadonlyMap<string, Source>,
): Record<string, unknown> | undefined {
  const extra = isRecord(kept) ? kept : {};
  if (media === undefined && Object.keys(extra).length === 0) return undefined;
  const out: Record<string, unknown> = { ...extra };
  if (media !== undefined && typeof extra["url"] !== "string") out["url"] = media.url;
  const credit = creditOf(media, sources);
  if (credit !== undefined) out["credit"] = credit;
  if (media?.caption !== undefined) out["caption"] = escape(media.caption);
  if (media?.alt !== undefined) out["alt"] = media.alt;
  return out;
}

function eraOf(era: Era): TimelineJSSlide {
  const slide: TimelineJSSlide = {
    start_date: timelineJSDate(era.start),
    end_date: timelineJSDate(era.end),
    text: { headline: escape(era.title), ...(era.summary === undefined ? {} : { text: paragraphs(era.summary) }) },
  };
  if (era.start.text !== undefined) slide.display_date = era.start.text;
  return slide;
}

// Dates past what a JavaScript Date holds need TimelineJS's cosmological scale.
const DATE_MS = 8.64e15;

/**
 * Writes a timeline as a TimelineJS3 JSON document. Years go back to
 * TimelineJS's historical count (ISO -3499 is written -3500); titles and
 * summaries become escaped HTML, or the HTML an import kept while it still
 * reads as the same text; the first media item becomes the slide's media,
 * its credit the source's title (linked when the source has a url);
 * citations TimelineJS cannot show otherwise become a "Sources:" paragraph;
 * eras become eras; everything kept in `extra.timelinejs` is written back
 * as it came. Loose input is normalized first.
 *
 * @example
 * ```ts
 * const { input } = fromTimelineJS(doc);
 * const { timeline } = normalize(input);
 * const back = toTimelineJS(timeline); // what TimelineJS reads of doc, and citeline's additions
 * ```
 */
export function toTimelineJS(data: Timeline | TimelineInput): TimelineJSDocument {
  const timeline = isTimeline(data) ? data : normalize(data).timeline;
  const sources = new Map(timeline.sources.map((s) => [s.id, s]));
  const kept = passThrough(timeline.extra);
  const { title: keptTitle, scale: keptScale, ...rest } = kept;
  const eras = timeline.eras ?? [];
  const deep = [...timeline.events.flatMap((e) => [e.start, e.end]), ...eras.flatMap((e) => [e.start, e.end])]
    .some((w) => w !== undefined && (w.earliest < -DATE_MS || w.latest > DATE_MS));
  const keep = typeof keptScale === "string" && !(deep && keptScale === "human");
  const scale = keep ? keptScale : deep ? "cosmological" : undefined;
  const cosmological = scale === "cosmological";
  const events = timeline.events.map((e) => slideOf(e, timeline, sources, cosmological));
  const doc: TimelineJSDocument = { ...rest, events };
  const title = titleOf(timeline, isRecord(keptTitle) ? keptTitle : {});
  if (title !== undefined) doc.title = title;
  if (eras.length > 0) doc.eras = eras.map(eraOf);
  if (scale !== undefined) doc.scale = scale;
  return doc;
}

function titleOf(timeline: Timeline, kept: Record<string, unknown>): TimelineJSSlide | undefined {
  const { text: keptText, ...rest } = kept;
  const keptHtml = isRecord(keptText) ? keptText : {};
  const headline = html(keptHtml["headline"], timeline.title, false);
  const text = html(keptHtml["text"], timeline.description, true);
  if (headline === undefined && text === undefined && Object.keys(rest).length === 0) return undefined;
  const slide: TimelineJSSlide = { ...rest };
  slide.text = { ...(headline === undefined ? {} : { headline }), ...(text === undefined ? {} : { text }) };
  return slide;
}

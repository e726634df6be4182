/**
 * The one mapping from TimelineJS slides to citeline input, shared by the
 * JSON importer and the Google Sheets layout of the CSV importer so the two
 * always agree.
 */
import type { SourcePaths } from "../paths.js";
import type { CitationInput, EraInput, EventInput, GroupInput, SourceInput, TimelineInput, When } from "../types.js";
import { isEmptyDate, readDateObject, type ReadDate } from "./dateparts.js";
import { readDisplayDate } from "./display.js";
import { htmlToLine, htmlToText } from "./html.js";
import { shown, type Report } from "./report.js";
import { linkCitations, SourceBook, slideMedia } from "./slidemedia.js";

/** Names the path of a slide (no argument) or of one of its fields ("text.headline"). */
export type SlidePath = (field?: string) => string;

/** Slide fields citeline models; any other is carried in `extra.timelinejs` and reported once. */
const MODELED = new Set(["start_date", "end_date", "text", "media", "group", "display_date", "unique_id"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Options shared by both importers. */
export interface MapperOptions {
  /**
   * The timeline document itself as a source (for example the published
   * TimelineJS page). When given, every imported event cites it, and that
   * citation carries the slide's `display_date` as `dateText`.
   */
  source?: SourceInput;
  /** TimelineJS's "cosmological" scale: dates are read to the year only. */
  cosmological?: boolean;
  /** How citeline's event fields are spelled in the file, for {@link SourcePaths}. */
  fields?: Record<string, string>;
}

/** A slide's headline and text as plain text. */
interface SlideText {
  headline?: string;
  body?: string;
}

/** What a slide's dates and texts become, shared by events and eras. */
interface SlideCore {
  title: string;
  summary?: string;
  start: When;
  end?: When;
  display?: string;
  extra: Record<string, unknown>;
}

/** Accumulates events, eras, sources and groups as slides are mapped. */
export class SlideMapper {
  readonly #report: Report;
  readonly #cosmological: boolean;
  readonly #events: EventInput[] = [];
  readonly #eras: EraInput[] = [];
  readonly #book = new SourceBook();
  readonly #eventIds = new Set<string>();
  readonly #groups = new Map<string, GroupInput>();
  readonly #paths: { events: string[]; eras: string[]; fields: Record<string, string> };
  readonly #document: string | undefined;
  #title: string | undefined;
  #description: string | undefined;
  #extra: Record<string, unknown> | undefined;

  constructor(report: Report, options: MapperOptions = {}) {
    this.#report = report;
    this.#cosmological = options.cosmological === true;
    this.#paths = { events: [], eras: [], fields: options.fields ?? {} };
    if (options.source !== undefined) {
      const id = options.source.id?.trim() || "document";
      this.#book.sources.push({ ...options.source, id });
      this.#book.reserve(id);
      this.#document = id;
    }
  }

  /** The title slide: its headline and text become the timeline's title and description. */
  title(slide: unknown, at: SlidePath): void {
    if (!isRecord(slide)) {
      this.#report.add("error", "invalid-slide", at(), `the title slide must be an object, got ${shown(slide)}`);
      return;
    }
    const extra = this.#passThrough(slide, at);
    const text = this.#text(slide, at, extra);
    if (text.headline !== undefined) this.#title = text.headline;
    if (text.body !== undefined) this.#description = text.body;
    for (const key of ["start_date", "end_date", "display_date", "group", "unique_id"]) {
      if (slide[key] !== undefined && slide[key] !== "") {
        extra[key] = slide[key];
        this.#report.unsupported(at(key), `title.${key}`);
      }
    }
    // The title slide has no event to carry its media; its credit is still
    // a source the document names, and the media is kept for the way back.
    if (isRecord(slide["media"])) {
      slideMedia(slide["media"], this.#book, this.#report, at);
      extra["media"] = slide["media"];
    }
    this.setExtra("title", extra);
  }

  /** Document-level fields kept for the way back (`extra.timelinejs[key]`). */
  setExtra(key: string, value: unknown): void {
    if (value === undefined || (isRecord(value) && Object.keys(value).length === 0)) return;
    (this.#extra ??= {})[key] = value;
  }

  /** An event slide. */
  event(slide: unknown, at: SlidePath): void {
    if (!isRecord(slide)) {
      this.#report.add("error", "invalid-slide", at(),
        `a slide must be an object, got ${shown(slide)}; it is not imported`);
      return;
    }
    const core = this.#core(slide, at, "slide");
    if (core === null) return;
    const event: EventInput = { title: core.title, start: core.start };
    if (core.end !== undefined) event.end = core.end;
    if (core.summary !== undefined) event.summary = core.summary;
    const id = this.#id(slide["unique_id"], at);
    if (id !== undefined) event.id = id;
    const group = this.#group(slide["group"], at);
    if (group !== undefined) event.group = group;

    const citations: CitationInput[] = [];
    if (isRecord(slide["media"])) {
      const media = slideMedia(slide["media"], this.#book, this.#report, at);
      citations.push(...media.citations);
      if (media.media !== undefined) event.media = [media.media];
      if (media.extra !== undefined) core.extra["media"] = media.extra;
    } else if (slide["media"] !== undefined && slide["media"] !== null && slide["media"] !== "") {
      this.#report.add("warning", "invalid-field", at("media"),
        `media must be an object, got ${shown(slide["media"])}; it is kept for export only`);
      core.extra["media"] = slide["media"];
    }
    const text = slide["text"];
    if (isRecord(text)) {
      // Other values in these fields hold no links; #text reports them.
      const html = `${asText(text["headline"])} ${asText(text["text"])}`;
      const cited = (c: CitationInput): string => (typeof c === "string" ? c : c.source ?? "");
      for (const c of linkCitations(html, this.#book, this.#report, at("text.text"))) {
        if (!citations.some((k) => cited(k) === cited(c))) citations.push(c);
      }
    }
    if (this.#document !== undefined) {
      const source = this.#document;
      citations.push(core.display === undefined ? { source } : { source, dateText: core.display });
    }
    if (citations.length > 0) event.citations = citations;
    if (Object.keys(core.extra).length > 0) event.extra = { timelinejs: core.extra };
    this.#paths.events[this.#events.length] = at();
    this.#events.push(event);
  }

  /** An era: a titled span with both ends, drawn behind the lanes. */
  era(slide: unknown, at: SlidePath): void {
    if (!isRecord(slide)) {
      this.#report.add("error", "invalid-slide", at(),
        `an era must be an object, got ${shown(slide)}; it is not imported`);
      return;
    }
    const core = this.#core(slide, at, "era");
    if (core === null) return;
    let end = core.end;
    if (end === undefined) {
      this.#report.add("warning", "era-without-end", at("end_date"),
        "an era needs an end_date; it is imported as spanning its start date alone");
      end = core.start;
    }
    const era: EraInput = { title: core.title, start: core.start, end };
    if (core.summary !== undefined) era.summary = core.summary;
    for (const key of ["media", "group", "unique_id"]) {
      if (slide[key] !== undefined && slide[key] !== null && slide[key] !== "") this.#report.unsupported(at(key),
        `era ${key}`);
    }
    this.#paths.eras[this.#eras.length] = at();
    this.#eras.push(era);
  }

  /** The collected input, and where each event and era came from. */
  result(): { input: TimelineInput; paths: SourcePaths } {
    const input: TimelineInput = { events: this.#events };
    if (this.#title !== undefined) input.title = this.#title;
    if (this.#description !== undefined) input.description = this.#description;
    if (this.#groups.size > 0) input.groups = [...this.#groups.values()];
    if (this.#eras.length > 0) input.eras = this.#eras;
    if (this.#book.sources.length > 0) input.sources = this.#book.sources;
    if (this.#extra !== undefined) input.extra = { timelinejs: this.#extra };
    return { input, paths: this.#paths };
  }

  /** Dates, display date, title and text of a slide or era; null when it has no start. */
  #core(slide: Record<string, unknown>, at: SlidePath, what: "slide" | "era"): SlideCore | null {
    const report = this.#report;
    const extra = this.#passThrough(slide, at);
    let given = slide["start_date"];
    if (given === undefined || given === null || given === "") {
      // An early TimelineJS3 draft called it `date`; TimelineJS3 itself skips such slides.
      const hint = slide["date"] !== undefined ? " (it has `date`, an early draft's name for start_date)" : "";
      report.add("error", "missing-date", at("start_date"), `the ${what} has no start_date${hint}; it is not imported`);
      return null;
    }
    if (isRecord(given) && isEmptyDate(given["year"])) {
      // TimelineJS reads a missing year as 0 and draws the slide where 1 BC is
      // (historical -1); citeline does the same, and says so.
      report.add("warning", "missing-year", at("start_date.year"),
        "the start_date has no year; TimelineJS draws such a slide at 1 BC, and so does citeline: give it its year");
      extra["start_date"] = given;
      given = { ...given, year: -1 };
    }
    const dateAt = (name: string) => (p?: string) => at(p === undefined ? name : `${name}.${p}`);
    const start = readDateObject(given, "start_date", dateAt("start_date"), this.#cosmological, report);
    if (start === null) return null;
    // An all-empty end_date is how TimelineJS's editors write "no end".
    let end: ReadDate | null = null;
    if (!isEmptyDate(slide["end_date"])) end = readDateObject(slide["end_date"],
      "end_date", dateAt("end_date"), this.#cosmological, report);
    if (end !== null && end.when.iso === start.when.iso && end.displayDate === undefined) end = null;

    const display = this.#string(slide["display_date"], at("display_date")) ?? start.displayDate;
    let startWhen = start.when;
    let endWhen = end?.when;
    if (end?.displayDate !== undefined && endWhen !== undefined) endWhen = { ...endWhen, text: end.displayDate };
    if (display !== undefined) {
      const read = readDisplayDate(display, start.when, endWhen);
      if (read.mismatch) {
        report.add("warning", "display-date-mismatch", at("display_date"),
          `display date ${shown(display)} names another time than start_date (${start.when.iso}); ` +
          "the event is placed by start_date, as TimelineJS does");
      }
      if (read.start.iso !== start.when.iso) extra["start_date"] = slide["start_date"];
      const endMoved = read.end !== undefined && endWhen !== undefined && read.end.iso !== endWhen.iso;
      if (endMoved) extra["end_date"] = slide["end_date"];
      startWhen = read.start;
      endWhen = read.end;
    }
    // Date objects with fields citeline does not read are kept whole for the way back.
    if (start.foreign) extra["start_date"] = slide["start_date"];
    if (end?.foreign) extra["end_date"] = slide["end_date"];
    const text = this.#text(slide, at, extra);
    let title = text.headline;
    if (title === undefined) {
      const media = slide["media"];
      const written = isRecord(media) ? media["caption"] : undefined;
      const caption = typeof written === "string" ? htmlToLine(written) : undefined;
      title = fallbackTitle(display, text.body, caption, startWhen);
      // Marks the title as made up, so the way back writes the slide without one again.
      extra["untitled"] = title;
      report.add("warning", "untitled-slide", at("text.headline"),
        `the ${what} has no headline; it is titled ${shown(title)}, as TimelineJS shows it without one`);
    }
    const core: SlideCore = { title, start: startWhen, extra };
    if (endWhen !== undefined) core.end = endWhen;
    if (text.body !== undefined) core.summary = text.body;
    if (display !== undefined) core.display = display;
    return core;
  }

  /** Fields citeline does not model, kept for the way back and each named once per file. */
  #passThrough(slide: Record<string, unknown>, at: SlidePath): Record<string, unknown> {
    const extra: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(slide)) {
      if (MODELED.has(key) || value === undefined || value === null || value === "") continue;
      extra[key] = value;
      this.#report.unsupported(at(key), key);
    }
    return extra;
  }

  /** A text field as plain text; undefined when absent or blank. */
  #string(value: unknown, path: string, line = true): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "string" && typeof value !== "number") {
      this.#report.add("warning", "invalid-field", path, `expected text, got ${shown(value)}; it is ignored`);
      return undefined;
    }
    const text = line ? htmlToLine(String(value)) : htmlToText(String(value));
    return text === "" ? undefined : text;
  }

  /** Headline and text as plain text; their HTML, when it had any, is kept in `extra.text`. */
  #text(slide: Record<string, unknown>, at: SlidePath, extra: Record<string, unknown>): SlideText {
    const text = slide["text"];
    if (text === undefined || text === null) return {};
    if (!isRecord(text)) {
      this.#report.add("warning", "invalid-field", at("text"),
        `text must be an object with headline and text, got ${shown(text)}`);
      return {};
    }
    const out: { headline?: string; body?: string } = {};
    const headline = this.#string(text["headline"], at("text.headline"));
    const body = this.#string(text["text"], at("text.text"), false);
    if (headline !== undefined) out.headline = headline;
    if (body !== undefined) out.body = body;
    const html: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(text)) {
      const plain = key === "headline" ? headline : key === "text" ? body : undefined;
      if (value !== undefined && value !== null && value !== "" && value !== plain) html[key] = value;
      if (key !== "headline" && key !== "text") this.#report.unsupported(at(`text.${key}`), `text.${key}`);
    }
    if (Object.keys(html).length > 0) extra["text"] = html;
    return out;
  }

  #id(value: unknown, at: SlidePath): string | undefined {
    if (value === undefined || value === null || value === "") return undefined;
    if (typeof value !== "string" && typeof value !== "number") {
      this.#report.add("warning", "invalid-field", at("unique_id"),
        `unique_id must be text, got ${shown(value)}; it is ignored`);
      return undefined;
    }
    const id = String(value).trim();
    if (id === "") return undefined;
    if (this.#eventIds.has(id)) {
      // TimelineJS drops a repeated unique_id too; the event is kept and
      // normalize derives an id for it.
      this.#report.add("warning", "duplicate-id", at("unique_id"),
        `unique_id ${shown(id)} is already used; this slide is imported without it`);
      return undefined;
    }
    this.#eventIds.add(id);
    return id;
  }

  /** Groups differing only in case are one lane, named by the first spelling. */
  #group(value: unknown, at: SlidePath): string | undefined {
    const label = this.#string(value, at("group"));
    if (label === undefined) return undefined;
    const key = label.toLowerCase();
    const known = this.#groups.get(key);
    if (known !== undefined) return typeof known === "string" ? known : known.id;
    // The label doubles as the id so events and groups match exactly.
    this.#groups.set(key, { id: label, label });
    return label;
  }
}

/**
 * A title for a slide without a headline: its display date, the opening
 * words of its text, its media's caption, or its date.
 */
function fallbackTitle(display?: string, body?: string, caption?: string, start?: When): string {
  if (display !== undefined) return display;
  const line = body?.split("\n")[0]?.trim();
  if (line) {
    const words = line.split(/\s+/);
    const opening = words.slice(0, 8).join(" ");
    const cut = opening.length > 60 ? `${opening.slice(0, 60).replace(/\s+\S*$/, "")}` : opening;
    return cut.length < line.length ? `${cut}\u2026` : cut;
  }
  return caption || (start?.iso ?? "");
}

/** A slide text field as a string to scan for links; "" for what #string ignores. */
function asText(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

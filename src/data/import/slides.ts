/**
 * The one mapping from TimelineJS slides to citeline input, shared by the
 * JSON importer and the Google Sheets layout of the CSV importer so the two
 * always agree.
 */
import type { CitationInput, EventInput, GroupInput, SourceInput, TimelineInput } from "../types.js";
import { readDateObject, type ReadDate } from "./dateparts.js";
import { htmlToLine, htmlToText } from "./html.js";
import { shown, type Report } from "./report.js";

/** Names the path of a slide (no argument) or of one of its fields ("text.headline"). */
export type SlidePath = (field?: string) => string;

const SLIDE_KEYS = new Set(["start_date", "end_date", "text", "media", "group", "display_date", "unique_id", "background", "autolink"]);
const MEDIA_KEYS = new Set(["url", "credit", "caption", "thumbnail", "alt", "title", "link", "link_target"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function slug(text: string): string {
  const s = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "");
  return s || "source";
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
}

/** Accumulates events, sources and groups as slides are mapped. */
export class SlideMapper {
  readonly #report: Report;
  readonly #cosmological: boolean;
  readonly #events: EventInput[] = [];
  readonly #sources: SourceInput[] = [];
  readonly #sourceByKey = new Map<string, string>();
  readonly #sourceIds = new Set<string>();
  readonly #eventIds = new Set<string>();
  readonly #groups = new Map<string, GroupInput>();
  readonly #document: string | undefined;
  #title: string | undefined;
  #description: string | undefined;

  constructor(report: Report, options: MapperOptions = {}) {
    this.#report = report;
    this.#cosmological = options.cosmological === true;
    if (options.source !== undefined) {
      const id = options.source.id?.trim() || "document";
      this.#sources.push({ ...options.source, id });
      this.#sourceIds.add(id);
      this.#document = id;
    }
  }

  /** The title slide: its headline and text become the timeline's title and description. */
  title(slide: unknown, at: SlidePath): void {
    if (!isRecord(slide)) {
      this.#report.add("error", "invalid-slide", at(), `the title slide must be an object, got ${shown(slide)}`);
      return;
    }
    this.#unknownKeys(slide, at);
    const text = this.#text(slide, at);
    if (text.headline !== undefined) this.#title = text.headline;
    if (text.body !== undefined) this.#description = text.body;
    for (const key of ["start_date", "end_date", "display_date", "group", "unique_id"]) {
      if (slide[key] !== undefined && slide[key] !== "") this.#report.unsupported(at(key), `title.${key}`);
    }
    // A title slide has no event to cite its media, but the credit is still
    // evidence the document names, so the source is kept.
    this.#media(slide, at);
  }

  /** An event slide, or an era (`era: true`): an event tagged "era" spanning start to end. */
  event(slide: unknown, at: SlidePath, era = false): void {
    const report = this.#report;
    if (!isRecord(slide)) {
      report.add("error", "invalid-slide", at(), `a slide must be an object, got ${shown(slide)}; it is not imported`);
      return;
    }
    this.#unknownKeys(slide, at);
    const start = slide["start_date"] === undefined
      ? (report.add("error", "missing-date", at("start_date"), "the slide has no start_date; it is not imported"), null)
      : readDateObject(slide["start_date"], "start_date", (p) => at(p === undefined ? "start_date" : `start_date.${p}`), this.#cosmological, report);
    if (start === null) return;

    const event: EventInput = { start: start.date };
    let end: ReadDate | null = null;
    if (slide["end_date"] !== undefined && slide["end_date"] !== null) {
      end = readDateObject(slide["end_date"], "end_date", (p) => at(p === undefined ? "end_date" : `end_date.${p}`), this.#cosmological, report);
      if (end !== null) event.end = end.date;
    } else if (era) {
      report.add("warning", "era-without-end", at("end_date"), "an era needs an end_date; it is imported as a single date");
    }

    const id = this.#id(slide["unique_id"], at);
    if (id !== undefined) event.id = id;
    const text = this.#text(slide, at);
    if (text.headline !== undefined) event.title = text.headline;
    else report.add("error", "missing-title", at("text.headline"), "the slide has no headline; it is imported without a title, which normalize will reject until one is added");
    if (text.body !== undefined) event.summary = text.body;
    const group = this.#group(slide["group"], at);
    if (group !== undefined) event.group = group;
    if (era) event.tags = ["era"];

    // The slide's display_date overrides the ones on its dates, as in TimelineJS.
    const slideDisplay = this.#string(slide["display_date"], at("display_date"));
    const dateText = slideDisplay ?? start.displayDate;
    if (end?.displayDate !== undefined && slideDisplay === undefined) report.unsupported(at("end_date.display_date"), "end_date.display_date");

    const citations: CitationInput[] = [];
    const credit = this.#media(slide, at);
    if (credit !== undefined) {
      const citation: Exclude<CitationInput, string> = { source: credit.source };
      if (credit.note !== undefined) citation.note = credit.note;
      if (dateText !== undefined && this.#document === undefined) citation.dateText = dateText;
      citations.push(citation);
    }
    if (this.#document !== undefined) {
      citations.push(dateText === undefined ? { source: this.#document } : { source: this.#document, dateText });
    } else if (dateText !== undefined && credit === undefined) {
      report.add("warning", "uncited-display-date", at(slideDisplay !== undefined ? "display_date" : "start_date.display_date"),
        `display date ${shown(dateText)} has no media credit to carry it; pass options.source to keep it as the document's dateText`);
    }
    if (citations.length > 0) event.citations = citations;
    this.#events.push(event);
  }

  /** The collected input; sources and groups only when there are any. */
  result(): TimelineInput {
    const input: TimelineInput = { events: this.#events };
    if (this.#title !== undefined) input.title = this.#title;
    if (this.#description !== undefined) input.description = this.#description;
    if (this.#groups.size > 0) input.groups = [...this.#groups.values()];
    if (this.#sources.length > 0) input.sources = this.#sources;
    return input;
  }

  #unknownKeys(slide: Record<string, unknown>, at: SlidePath): void {
    for (const key of Object.keys(slide)) {
      if (!SLIDE_KEYS.has(key)) this.#report.unsupported(at(key), key);
    }
    for (const key of ["background", "autolink"]) {
      if (slide[key] !== undefined && slide[key] !== "" && slide[key] !== null) this.#report.unsupported(at(key), key);
    }
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

  #text(slide: Record<string, unknown>, at: SlidePath): { headline?: string; body?: string } {
    const text = slide["text"];
    if (text === undefined || text === null) return {};
    if (!isRecord(text)) {
      this.#report.add("warning", "invalid-field", at("text"), `text must be an object with headline and text, got ${shown(text)}`);
      return {};
    }
    for (const key of Object.keys(text)) {
      if (key !== "headline" && key !== "text") this.#report.unsupported(at(`text.${key}`), `text.${key}`);
    }
    const out: { headline?: string; body?: string } = {};
    const headline = this.#string(text["headline"], at("text.headline"));
    const body = this.#string(text["text"], at("text.text"), false);
    if (headline !== undefined) out.headline = headline;
    if (body !== undefined) out.body = body;
    return out;
  }

  #id(value: unknown, at: SlidePath): string | undefined {
    if (value === undefined || value === null || value === "") return undefined;
    if (typeof value !== "string" && typeof value !== "number") {
      this.#report.add("warning", "invalid-field", at("unique_id"), `unique_id must be text, got ${shown(value)}; it is ignored`);
      return undefined;
    }
    const id = String(value).trim();
    if (id === "") return undefined;
    if (this.#eventIds.has(id)) {
      // TimelineJS drops a repeated unique_id too; the event is kept and
      // normalize derives an id for it.
      this.#report.add("warning", "duplicate-id", at("unique_id"), `unique_id ${shown(id)} is already used; this slide is imported without it`);
      return undefined;
    }
    this.#eventIds.add(id);
    return id;
  }

  #group(value: unknown, at: SlidePath): string | undefined {
    const label = this.#string(value, at("group"));
    if (label === undefined) return undefined;
    // The label doubles as the id so events and groups match exactly.
    if (!this.#groups.has(label)) this.#groups.set(label, { id: label, label });
    return label;
  }

  /** Registers the media credit as a source; returns the source id and the caption. */
  #media(slide: Record<string, unknown>, at: SlidePath): { source: string; note?: string } | undefined {
    const media = slide["media"];
    if (media === undefined || media === null) return undefined;
    if (!isRecord(media)) {
      this.#report.add("warning", "invalid-field", at("media"), `media must be an object, got ${shown(media)}; it is ignored`);
      return undefined;
    }
    for (const key of Object.keys(media)) {
      if (!MEDIA_KEYS.has(key)) this.#report.unsupported(at(`media.${key}`), `media.${key}`);
      else if (key !== "url" && key !== "credit" && key !== "caption" && media[key] !== "" && media[key] != null) this.#report.unsupported(at(`media.${key}`), `media.${key}`);
    }
    const credit = this.#string(media["credit"], at("media.credit"));
    const caption = this.#string(media["caption"], at("media.caption"));
    const rawUrl = typeof media["url"] === "string" ? media["url"].trim() : undefined;
    if (credit === undefined) {
      if (rawUrl || caption !== undefined) {
        this.#report.add("warning", "uncredited-media", at("media"), "media without a credit is not imported: citeline cites sources, and this media names none");
      }
      return undefined;
    }
    const url = rawUrl ? this.#safeUrl(rawUrl, at("media.url")) : undefined;
    const key = `${credit}\u0000${url ?? ""}`;
    let id = this.#sourceByKey.get(key);
    if (id === undefined) {
      const base = `credit-${slug(credit)}`;
      id = base;
      for (let n = 2; this.#sourceIds.has(id); n++) id = `${base}-${n}`;
      this.#sourceIds.add(id);
      this.#sourceByKey.set(key, id);
      this.#sources.push(url === undefined ? { id, title: credit } : { id, title: credit, url });
    }
    return caption === undefined ? { source: id } : { source: id, note: caption };
  }

  #safeUrl(raw: string, path: string): string | undefined {
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      url = undefined;
    }
    if (url !== undefined && (url.protocol === "http:" || url.protocol === "https:")) return url.href;
    const why = url === undefined ? "is not an absolute URL" : `uses the ${shown(url.protocol)} scheme`;
    this.#report.add("error", "unsafe-url", path, `the media url ${why}; only http(s) links are kept, so the source has no url`);
    return undefined;
  }
}

/**
 * The media of a TimelineJS slide, its credit and the links in its text, as
 * citeline media, sources and citations. Credits and links become sources
 * once each per document, however many slides name them.
 */
import { classifyMedia } from "../media.js";
import { slug } from "../ids.js";
import type { CitationInput, MediaInput, SourceInput } from "../types.js";
import { safeUrl } from "../url.js";
import { htmlLinks, htmlToLine, readEmbedCode } from "./html.js";
import { shown, type Report } from "./report.js";

/** Fields of a TimelineJS media object citeline models; the rest ride in `extra.timelinejs.media`. */
const MODELED = new Set(["url", "credit", "caption", "alt"]);

/** What a slide's media brings to its event. */
export interface SlideMedia {
  media?: MediaInput;
  citations: CitationInput[];
  /** Media fields kept for the way back (thumbnail, link, embed code...). */
  extra?: Record<string, unknown>;
}

/** The sources a document's slides share, keyed by what makes them one. */
export class SourceBook {
  readonly sources: SourceInput[] = [];
  readonly #ids = new Set<string>();
  readonly #byKey = new Map<string, string>();

  /** Adds a source under `key` unless one is there; returns its id. */
  share(key: string, prefix: string, make: (id: string) => SourceInput): string {
    const known = this.#byKey.get(key);
    if (known !== undefined) return known;
    const base = `${prefix}-${slug(key.slice(key.indexOf(":") + 1), 40)}`;
    let id = base;
    for (let n = 2; this.#ids.has(id); n++) id = `${base}-${n}`;
    this.reserve(id);
    this.#byKey.set(key, id);
    this.sources.push(make(id));
    return id;
  }

  reserve(id: string): void {
    this.#ids.add(id);
  }
}

function text(value: unknown): string | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const line = htmlToLine(String(value));
  return line === "" ? undefined : line;
}

/** A credit ("<a href=…>Library</a>" or plain text) as a source shared by every slide with that credit. */
export function creditSource(raw: unknown, book: SourceBook, report: Report, path: string): string | undefined {
  const title = text(raw);
  if (title === undefined) return undefined;
  const href = typeof raw === "string" ? htmlLinks(raw)[0]?.href : undefined;
  const url = href === undefined ? undefined : safeUrl(href);
  if (href !== undefined && url === null) report.add("warning", "unsafe-url", path,
    `the credit's link ${shown(href)} is not http(s), mailto or relative; the credit is kept without it`);
  return book.share(`credit:${title.toLowerCase()}`, "credit", (id) => (url ? { id, title, url } : { id, title }));
}

/**
 * Sources cited by the links inside a slide's HTML text: one per distinct
 * address, titled by the link's text. The text itself stays plain.
 */
export function linkCitations(html: unknown, book: SourceBook, report: Report, path: string): CitationInput[] {
  if (typeof html !== "string") return [];
  const out: CitationInput[] = [];
  const seen = new Set<string>();
  for (const link of htmlLinks(html)) {
    const url = safeUrl(link.href);
    if (url === null) {
      report.add("warning", "unsafe-url", path,
        `the link ${shown(link.href)} is not http(s), mailto or relative; its text is kept, the link is not`);
      continue;
    }
    if (seen.has(url)) continue;
    seen.add(url);
    const host = hostOf(url);
    const title = link.text !== "" && link.text !== link.href ? link.text : host ?? url;
    const id = book.share(`link:${url}`,
      "link", (sid) => ({ id: sid, title, url, ...(host && host !== title ? { publisher: host } : {}) }));
    out.push(link.text !== "" && link.text !== title ? { source: id, note: link.text } : { source: id });
  }
  return out;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url, "https://relative.invalid/").hostname.replace(/^www\./, "").replace(/^relative\.invalid$/,
      "") || undefined;
  } catch {
    return undefined;
  }
}

// TimelineJS plays Spotify URIs ("spotify:track:…"); their web address is the
// same thing, in a scheme citeline allows.
function spotifyWeb(url: string): string | undefined {
  const m = /^spotify:(track|album|playlist|episode|show|artist):([A-Za-z0-9]+)$/i.exec(url);
  return m ? `https://open.spotify.com/${m[1]!.toLowerCase()}/${m[2]}` : undefined;
}

/**
 * Reads a slide's `media`. A URL becomes a media item of the kind its
 * address says (normalize then applies the URL policy). HTML embed code is
 * read, never kept as markup: a blockquote becomes a citation quoting it,
 * an iframe's https `src` an embed. The credit becomes a shared source the
 * event cites.
 */
export function slideMedia(media: Record<string, unknown>, book: SourceBook, report: Report, at: At): SlideMedia {
  const out: SlideMedia = { citations: [] };
  const credit = creditSource(media["credit"], book, report, at("media.credit"));
  const caption = text(media["caption"]);
  const alt = text(media["alt"]);
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(media)) {
    if (!MODELED.has(key) && value !== undefined && value !== null && value !== "") extra[key] = value;
  }
  const raw = typeof media["url"] === "string" ? media["url"].trim() : "";
  const item = raw === "" ? undefined : mediaItem(raw, credit, out, book, report, at);
  if (raw.startsWith("<") || (item === undefined && raw !== "")) extra["url"] = raw;
  if (item !== undefined) {
    if (caption !== undefined) item.caption = caption;
    if (credit !== undefined) item.credit = credit;
    if (alt !== undefined) item.alt = alt;
    out.media = item;
  } else {
    // No item to carry them: the credit and caption are kept as written for the way back.
    for (const key of ["credit", "caption",
      "alt"]) if (media[key] !== undefined && media[key] !== null && media[key] !== "") extra[key] = media[key];
  }
  // The credit attests the event; the caption stays on the media item, where it is shown.
  if (credit !== undefined) out.citations.unshift({ source: credit });
  if (Object.keys(extra).length > 0) out.extra = extra;
  return out;
}

/** Names the path of a slide field ("media.url"). */
type At = (field: string) => string;

function mediaItem(
  raw: string,
  credit: string | undefined,
  out: SlideMedia,
  book: SourceBook,
  report: Report,
  at: At,
): MediaInput | undefined {
  if (!raw.startsWith("<")) {
    const url = spotifyWeb(raw) ?? raw;
    if (safeUrl(url, { media: true }) === null) {
      report.add("warning", "unsafe-url", at("media.url"),
        `${shown(raw)} is not http(s), relative or a data: png/jpeg/gif/webp image; ` +
        "it is kept for export only, never shown");
      return undefined;
    }
    const { kind, provider } = classifyMedia(url);
    return provider === undefined ? { url, kind } : { url, kind, provider };
  }
  const code = readEmbedCode(raw);
  if (code.kind === "quote") {
    const url = code.url === undefined ? null : safeUrl(code.url);
    const title = code.speaker ?? (url ? hostOf(url) : undefined) ?? "Quotation";
    const source = credit ?? book.share(`quote:${url ?? title.toLowerCase()}`,
      "quote", (id) => (url ? { id, title, url } : { id, title }));
    const { quote, speaker } = code;
    out.citations.push(speaker === undefined ? { source, quote } : { source, quote, speaker });
    if (url === null) return undefined;
    const { provider } = classifyMedia(url);
    return provider === undefined ? { url, kind: "link" } : { url, kind: "link", provider };
  }
  if (code.kind === "iframe" && code.src !== undefined) {
    const src = code.src.startsWith("//") ? `https:${code.src}` : code.src;
    if (/^https:/i.test(src)) {
      const provider = classifyMedia(src).provider ?? hostOf(src);
      return provider === undefined ? { url: src, kind: "embed" } : { url: src, kind: "embed", provider };
    }
    report.add("warning", "unsafe-url", at("media.url"),
      `the iframe's src ${shown(code.src)} is not https; the embed is kept for export only`);
    return undefined;
  }
  report.add("warning", "unsupported-media", at("media.url"),
    "the media is HTML that is neither a blockquote nor an iframe; it is kept for export only, never shown");
  return undefined;
}

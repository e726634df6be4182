/**
 * The evidence of an event as a newsroom sets it: for each citation a
 * source line (publisher, title linked when it has a URL, publication
 * date), the quote set as a quote with its speaker as attribution, the
 * date as the source wrote it and what it resolves to, and the editor's
 * note apart from the source's words; and where sources disagree on the
 * date, which source says which date. Shared by the details panel and the
 * list view (which is also the print and no-JS reading).
 */
import type { Citation, Source, TimelineEvent, When } from "../data/types.js";
import type { TimelineLabels } from "./labels.js";
import { formatWhen } from "../scale/format.js";
import { html, svg } from "./dom.js";
import { linkUrl } from "./media.js";

export interface EvidenceContext {
  doc: Document;
  locale: string;
  timeZone: string;
  labels: TimelineLabels;
  sources: ReadonlyMap<string, Source>;
}

/** The words of a quote, for comparing: lower case, letters and digits only. */
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);

/** Longest run of words two quotes share. */
function sharedRun(a: string[], b: string[]): number {
  let best = 0;
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? prev + 1 : 0;
      if (row[j]! > best) best = row[j]!;
      prev = here;
    }
  }
  return best;
}

/**
 * True when two citations quote one speaker in overlapping but different
 * words: the same remark reported two ways. Quotes that share no run of
 * three words (or of half the shorter quote) are two remarks, and one
 * quote found whole inside the other is a shorter excerpt of it; neither is
 * a disagreement.
 *
 * @example
 * ```ts
 * quotesDisagree([
 *   { source: "a", speaker: "Putin", quote: "The talks were very useful" },
 *   { source: "b", speaker: "Putin", quote: "The talks were useful" },
 * ]); // true
 * ```
 */
export function quotesDisagree(citations: readonly Citation[]): boolean {
  const bySpeaker = new Map<string, string[][]>();
  for (const c of citations) {
    if (!c.speaker || !c.quote) continue;
    const who = c.speaker.trim().toLowerCase();
    const mine = words(c.quote);
    if (!mine.length) continue;
    const seen = bySpeaker.get(who) ?? [];
    for (const other of seen) {
      const [short, long] = mine.length <= other.length ? [mine, other] : [other, mine];
      const run = sharedRun(short, long);
      if (run === short.length) continue; // identical, or an excerpt of the other
      if (run >= Math.min(3, Math.ceil(short.length / 2))) return true;
    }
    seen.push(mine);
    bySpeaker.set(who, seen);
  }
  return false;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY_RE = /\b(sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)(day|sday|nesday|rsday|urday)?\b\.?/i;

/** The weekday a date as written names (English), 0 = Sunday, or -1. */
function writtenWeekday(text: string): number {
  const m = WEEKDAY_RE.exec(text);
  if (!m) return -1;
  const stem = m[1]!.slice(0, 3).toLowerCase();
  return WEEKDAYS.findIndex((d) => d.startsWith(stem));
}

/**
 * "Dec 2, 2025 was a Tuesday." when a citation's date as written names a
 * weekday its resolved calendar date does not fall on; null otherwise.
 * Normalize flags the event (`weekday-mismatch`); this says which citation.
 */
export function weekdayNote(c: Citation, ctx: EvidenceContext): string | null {
  const d = c.date,
    ymd = d && /^(-?\d{4,})-(\d{2})-(\d{2})/.exec(d.iso);
  if (!c.dateText || !d || !ymd) return null;
  const written = writtenWeekday(c.dateText);
  const at = Date.UTC(Number(ymd[1]), Number(ymd[2]) - 1, Number(ymd[3]));
  if (written < 0 || !Number.isFinite(at) || new Date(at).getUTCDay() === written) return null;
  const weekday = new Intl.DateTimeFormat(ctx.locale, { weekday: "long", timeZone: "UTC" }).format(at);
  // The calendar date alone: "(evening)" or "about" would not be what the weekday belongs to.
  const { partOfDay: _p, qualifier: _q, ...day } = d;
  return ctx.labels.weekdayMismatch(formatWhen(day, ctx.locale, ctx.timeZone), weekday);
}

/** A source's short name for lists: its publisher, else its title, else the id cited. */
export function sourceName(id: string, sources: ReadonlyMap<string, Source>): string {
  const s = sources.get(id);
  return s?.publisher ?? s?.title ?? id;
}

function link(doc: Document, href: string, text: string): HTMLAnchorElement {
  const a = html(doc, "a", undefined, text);
  a.href = href;
  a.rel = "noopener noreferrer";
  a.target = "_blank";
  return a;
}

// A formatter per locale: building one costs more than formatting (it was
// a tenth of the CPU of a page drawing fifty timelines).
const SPAN_FORMAT: Intl.DateTimeFormatOptions = { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" };
const spanFormats = new Map<string, Intl.DateTimeFormat>();

/** A published span of days ("2025-12-02/2025-12-03": a paper dated across midnight) as "December 2 – 3, 2025". */
function daySpan(when: When, locale: string): string | null {
  if (!when.iso.includes("/") || when.precision !== "day" || !(when.latest - when.earliest > 86_400_000)) return null;
  try {
    let f = spanFormats.get(locale);
    if (!f) spanFormats.set(locale, (f = new Intl.DateTimeFormat(locale, SPAN_FORMAT)));
    return f.formatRange(when.earliest, when.latest - 1);
  } catch {
    return null;
  }
}

/** `<time>` for a When, its datetime attribute the ISO date where it has one. */
function time(
  doc: Document,
  when: When,
  locale: string,
  timeZone: string,
  labels: TimelineLabels,
  className?: string,
): HTMLTimeElement {
  const t = html(doc, "time", className, daySpan(when, locale) ?? formatWhen(when, locale, timeZone, labels));
  // HTML's datetime has no year before AD 1: "-0043-03-15" gets none.
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(when.iso)) t.dateTime = when.iso;
  return t;
}

/**
 * "Dated “on Tuesday” → December 2, 2025": the date as the source wrote
 * it and what citeline read it as (the arrow is read as `labels.readAs`).
 */
export function datedAs(c: Citation, ctx: EvidenceContext, className = "citeline-datetext"): HTMLElement | null {
  if (!c.dateText) return null;
  const { doc } = ctx;
  const p = html(doc, "span", className, ctx.labels.dated(c.dateText));
  if (c.date) {
    const arrow = html(doc, "span", "citeline-arrow", " → ");
    arrow.setAttribute("aria-hidden", "true");
    p.append(
      arrow,
      html(doc, "span", "citeline-sr", ` ${ctx.labels.readAs} `),
      time(doc, c.date, ctx.locale, ctx.timeZone, ctx.labels),
    );
  }
  return p;
}

/** The source line: publisher and publication date, then the title (a link when it has a safe URL). */
function sourceLine(c: Citation, ctx: EvidenceContext): HTMLElement[] {
  const { doc } = ctx;
  const source = ctx.sources.get(c.source);
  const out: HTMLElement[] = [];
  if (source?.publisher || source?.published) {
    const line = html(doc, "span", "citeline-source-line");
    if (source.publisher) line.appendChild(html(doc, "span", "citeline-publisher", source.publisher));
    if (source.publisher && source.published) line.append(" · ");
    if (source.published)
      line.appendChild(time(doc, source.published, ctx.locale, "UTC", ctx.labels, "citeline-published"));
    out.push(line);
  }
  const name = html(doc, "span", "citeline-source");
  const url = linkUrl(source?.url, doc.baseURI);
  const title = source?.title ?? c.source;
  if (url) name.appendChild(link(doc, url, title));
  else name.textContent = title;
  out.push(name);
  return out;
}

/**
 * One citation as a list item: source line, quote with its speaker, the
 * date as written with what it resolves to, a weekday that does not match,
 * and the editor's note, set apart from the source's words.
 *
 * @example
 * ```ts
 * ol.appendChild(citationItem(event.citations[0], { doc: document, locale: "en-US", timeZone: "UTC", labels, sources }));
 * ```
 */
export function citationItem(c: Citation, ctx: EvidenceContext): HTMLLIElement {
  const { doc, labels } = ctx;
  const li = html(doc, "li", "citeline-citation");
  li.append(...sourceLine(c, ctx));
  if (c.quote) {
    // The HTML pattern for a quotation with its attribution: a figure whose caption names the speaker.
    const fig = html(doc, "figure", "citeline-quote-figure");
    const q = html(doc, "blockquote", "citeline-quote");
    q.appendChild(html(doc, "p", undefined, labels.quote(c.quote)));
    fig.appendChild(q);
    if (c.speaker) fig.appendChild(html(doc, "figcaption", "citeline-speaker", `— ${c.speaker}`));
    li.appendChild(fig);
  } else if (c.speaker) {
    li.appendChild(html(doc, "span", "citeline-speaker", `— ${c.speaker}`));
  }
  const dated = datedAs(c, ctx);
  if (dated) li.appendChild(dated);
  const weekday = weekdayNote(c, ctx);
  if (weekday) li.appendChild(html(doc, "span", "citeline-weekday", weekday));
  if (c.note) {
    const note = html(doc, "span", "citeline-editor-note");
    note.append(html(doc, "span", "citeline-note-label", `${labels.editorNote}: `), c.note);
    li.appendChild(note);
  }
  return li;
}

/**
 * Where sources disagree on an event's date: the note, then each source
 * with the date it gives (as written → as read). Null without a conflict.
 *
 * @example
 * ```ts
 * const box = disagreement(event, ctx); if (box) panel.appendChild(box);
 * ```
 */
export function disagreement(e: TimelineEvent, ctx: EvidenceContext): HTMLElement | null {
  if (!e.flags?.includes("date-conflict")) return null;
  const { doc } = ctx;
  const box = html(doc, "div", "citeline-conflict");
  const head = html(doc, "p", "citeline-conflict-title");
  head.append(conflictIcon(doc), ctx.labels.dateConflict);
  box.appendChild(head);
  const list = html(doc, "ul", "citeline-conflict-list");
  for (const c of e.citations) {
    if (!c.date && !c.dateText) continue;
    const li = html(doc, "li");
    li.append(html(doc, "span", "citeline-conflict-source", `${sourceName(c.source, ctx.sources)}: `));
    const dated = datedAs(c, ctx, "citeline-conflict-date");
    if (dated) li.appendChild(dated);
    const weekday = weekdayNote(c, ctx);
    if (weekday) li.append(" ", html(doc, "span", "citeline-weekday", weekday));
    list.appendChild(li);
  }
  if (list.childElementCount) box.appendChild(list);
  return box;
}

/**
 * The conflict mark in HTML (panel, list, legend key): the triangle the
 * chart draws for such an event, so the key, the chart and the text agree.
 */
export function conflictIcon(doc: Document): SVGSVGElement {
  const icon = svg(doc, "svg", {
    class: "citeline-conflict-icon",
    viewBox: "-8 -8 16 16",
    width: 14,
    height: 14,
    "aria-hidden": "true",
    focusable: "false",
  });
  icon.appendChild(svg(doc, "path", { d: "M0,-6.5L7,5.5L-7,5.5Z" }));
  return icon;
}

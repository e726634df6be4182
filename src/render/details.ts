/**
 * The details panel of the selected event: each citation with its source
 * (title, publisher, a safe link), quote and speaker, and the date as that
 * source wrote it; a visible note where sources disagree.
 */
import type { Citation, Source, TimelineEvent } from "../data/types.js";
import { safeUrl } from "../data/url.js";
import type { TimelineLabels } from "./labels.js";
import { formatWhen } from "../scale/format.js";
import { html } from "./dom.js";

export interface DetailsContext {
  doc: Document;
  locale: string;
  timeZone: string;
  labels: TimelineLabels;
  sources: Map<string, Source>;
  /** DOM id of the panel's heading. */
  headingId: string;
}

/** The event's date as citeline reads it: "2 December 2025", "2–5 December 2025 …". */
export function eventDate(e: TimelineEvent, locale: string, timeZone: string): string {
  const start = formatWhen(e.start, locale, timeZone);
  return e.end ? `${start} – ${formatWhen(e.end, locale, timeZone)}` : start;
}

/**
 * True when one speaker is quoted in different words by different
 * citations (compared ignoring case, punctuation and spacing).
 *
 * @example
 * ```ts
 * quotesDisagree([{ source: "a", speaker: "Putin", quote: "Useful" }, { source: "b", speaker: "Putin", quote: "Very useful" }]); // true
 * ```
 */
export function quotesDisagree(citations: TimelineEvent["citations"]): boolean {
  const bySpeaker = new Map<string, string>();
  for (const c of citations) {
    if (!c.speaker || !c.quote) continue;
    const who = c.speaker.trim().toLowerCase();
    const words = c.quote.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    const seen = bySpeaker.get(who);
    if (seen !== undefined && seen !== words) return true;
    bySpeaker.set(who, words);
  }
  return false;
}

/**
 * One citation as a list item: the source (a link only for http(s)/mailto),
 * its publisher, the quote and its speaker, the date as the source wrote it
 * and the editor's note. Shared by the details panel and the list view.
 */
export function citationItem(doc: Document, c: Citation, sources: Map<string, Source>, labels: TimelineLabels): HTMLLIElement {
  const li = html(doc, "li", "citeline-citation");
  const source = sources.get(c.source);
  const name = html(doc, "span", "citeline-source");
  const url = source?.url ? safeUrl(source.url) : null;
  if (url) {
    const a = html(doc, "a", undefined, source?.title ?? c.source);
    a.href = url;
    a.rel = "noopener noreferrer";
    a.target = "_blank";
    name.appendChild(a);
  } else {
    name.textContent = source?.title ?? c.source;
  }
  li.appendChild(name);
  if (source?.publisher) li.appendChild(html(doc, "span", "citeline-publisher", ` · ${source.publisher}`));
  if (c.quote) {
    const q = html(doc, "blockquote", "citeline-quote", labels.quote(c.quote));
    if (c.speaker) q.appendChild(html(doc, "span", "citeline-speaker", `— ${c.speaker}`));
    li.appendChild(q);
  } else if (c.speaker) {
    li.appendChild(html(doc, "span", "citeline-speaker", c.speaker));
  }
  if (c.dateText) li.appendChild(html(doc, "span", "citeline-datetext", labels.dated(c.dateText)));
  if (c.note) li.appendChild(html(doc, "span", "citeline-datetext", c.note));
  return li;
}

/**
 * Fills `panel` with the details of `event` (or hides it for null).
 *
 * @example
 * ```ts
 * renderDetails(panel, timeline.events[0], ctx);
 * ```
 */
export function renderDetails(panel: HTMLElement, event: TimelineEvent | null, ctx: DetailsContext): void {
  const { doc, labels } = ctx;
  const close = panel.querySelector(".citeline-close");
  panel.replaceChildren();
  if (!event) {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  panel.setAttribute("data-event-id", event.id);
  const button = (close as HTMLButtonElement | null) ?? html(doc, "button", "citeline-close", "×");
  button.type = "button";
  button.setAttribute("aria-label", labels.close);
  panel.appendChild(button);
  const h = html(doc, "h2", undefined, event.title);
  h.id = ctx.headingId;
  panel.appendChild(h);
  const date = html(doc, "p", "citeline-details-date", eventDate(event, ctx.locale, ctx.timeZone));
  if (event.place) date.textContent += ` · ${event.place}`;
  if (event.duration) date.textContent += ` · ${event.duration.replace(/^PT?/, "").toLowerCase()}`;
  panel.appendChild(date);
  if (event.summary) panel.appendChild(html(doc, "p", "citeline-details-summary", event.summary));
  if (event.flags?.includes("date-conflict")) panel.appendChild(html(doc, "p", "citeline-note", labels.dateConflict));
  if (quotesDisagree(event.citations)) panel.appendChild(html(doc, "p", "citeline-note", labels.quoteConflict));
  const list = html(doc, "ol", "citeline-citations");
  list.setAttribute("aria-label", labels.sourceCount(event.citations.length));
  for (const c of event.citations) list.appendChild(citationItem(doc, c, ctx.sources, labels));
  panel.appendChild(list);
}

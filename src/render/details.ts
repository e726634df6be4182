/**
 * The details panel of the selected event: its title and date, its media,
 * where sources disagree (which source says which date), and each
 * citation set as evidence (see evidence.ts); "No source cited", quietly,
 * for an event without any.
 */
import type { Source, TimelineEvent } from "../data/types.js";
import type { TimelineLabels } from "./labels.js";
import { formatWhen } from "../scale/format.js";
import type { EraWords } from "../scale/years.js";
import { html } from "./dom.js";
import { citationItem, conflictIcon, disagreement, quotesDisagree } from "./evidence.js";
import { renderMedia } from "./media.js";

export { citationItem, quotesDisagree } from "./evidence.js";

export interface DetailsContext {
  doc: Document;
  locale: string;
  timeZone: string;
  labels: TimelineLabels;
  sources: Map<string, Source>;
  /** DOM id of the panel's heading. */
  headingId: string;
  /**
   * Which of the page's charts of one title this is ("Timeline 2 of 3"),
   * empty when its title is its own: read with the heading, never shown.
   */
  which?: string;
}

/** The event's date as citeline reads it: "2 December 2025", "2–5 December 2025 …", "3500 BC" (era words from `words`). */
export function eventDate(e: TimelineEvent, locale: string, timeZone: string, words?: EraWords): string {
  const start = formatWhen(e.start, locale, timeZone, words);
  return e.end ? `${start} – ${formatWhen(e.end, locale, timeZone, words)}` : start;
}

/** The line under the heading: date, place and duration, marked when sources disagree on the date. */
function dateLine(event: TimelineEvent, ctx: DetailsContext): HTMLElement {
  const p = html(ctx.doc, "p", "citeline-details-date");
  if (event.flags?.includes("date-conflict")) p.appendChild(conflictIcon(ctx.doc));
  let text = eventDate(event, ctx.locale, ctx.timeZone, ctx.labels);
  if (event.place) text += ` · ${event.place}`;
  if (event.duration) text += ` · ${event.duration.replace(/^PT?/, "").toLowerCase()}`;
  p.append(text);
  return p;
}

/**
 * Fills `panel` with the details of `event` (or hides it for null): a head
 * (close button, title, date) that stays in view, and a body that scrolls
 * under it (media, summary, disagreements, the evidence). The panel is
 * named by the title and can take focus (a sheet on a phone does).
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
  panel.tabIndex = -1;
  panel.setAttribute("data-event-id", event.id);
  const head = html(doc, "div", "citeline-details-head");
  const button = (close as HTMLButtonElement | null) ?? html(doc, "button", "citeline-close", "×");
  button.type = "button";
  button.setAttribute("aria-label", labels.close);
  const h = html(doc, "h2", undefined, event.title);
  h.id = ctx.headingId;
  // Heard, not seen: with the heading, it names the panel (see panels.ts).
  if (ctx.which) h.append(html(doc, "span", "citeline-sr", ` ${ctx.which}`));
  head.append(button, h, dateLine(event, ctx));
  // Focusable, so a keyboard can scroll it when it holds no link.
  const body = html(doc, "div", "citeline-details-body");
  body.tabIndex = 0;
  panel.append(head, body);
  const media = renderMedia(event.media ?? [], ctx);
  if (media) body.appendChild(media);
  if (event.summary) body.appendChild(html(doc, "p", "citeline-details-summary", event.summary));
  const conflict = disagreement(event, ctx);
  if (conflict) body.appendChild(conflict);
  if (quotesDisagree(event.citations)) body.appendChild(html(doc, "p", "citeline-note", labels.quoteConflict));
  if (!event.citations.length) {
    body.appendChild(html(doc, "p", "citeline-nosource", labels.noSources));
    return;
  }
  const list = html(doc, "ol", "citeline-citations");
  list.setAttribute("aria-label", labels.sourceCount(event.citations.length));
  for (const c of event.citations) list.appendChild(citationItem(c, ctx));
  body.appendChild(list);
}

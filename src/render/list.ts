/**
 * The list view: every event in time order with its date and sources, as an
 * `<ol>`. It is the screen-reader structure and the print and no-JS
 * rendering. Large timelines are paged so the document never holds more
 * than one page of items. Eras are listed before it and head the first
 * event of each; disagreements on a date are spelled out per source.
 */
import type { Era, Source, TimelineEvent } from "../data/types.js";
import { formatWhen } from "../scale/format.js";
import { eventDate } from "./details.js";
import { html } from "./dom.js";
import { eraOf } from "./eras.js";
import { citationItem, disagreement } from "./evidence.js";
import type { TimelineLabels } from "./labels.js";

/** Items per page once a timeline is too long to list at once. */
export const PAGE_SIZE = 100;
/** Up to this many events the list is never paged. */
export const UNPAGED = 300;

export interface ListContext {
  doc: Document;
  locale: string;
  timeZone: string;
  labels: TimelineLabels;
  sources: Map<string, Source>;
  /** Titles become buttons that select the event. */
  interactive: boolean;
  /** The timeline's eras, listed above the events and heading the first event of each. */
  eras?: readonly Era[];
}

/** Page count and the page that holds position `rank` of `total`. */
export function pageOf(rank: number, total: number): { page: number; pages: number } {
  const pages = total > UNPAGED ? Math.ceil(total / PAGE_SIZE) : 1;
  return { page: pages > 1 ? Math.min(pages - 1, Math.max(0, Math.floor(rank / PAGE_SIZE))) : 0, pages };
}

/** An era's title and span, as the list writes it: "The talks · December 1, 2025 – December 5, 2025". */
function eraText(era: Era, ctx: ListContext): string {
  return `${era.title} · ${formatWhen(era.start, ctx.locale, ctx.timeZone, ctx.labels)} – ${formatWhen(era.end, ctx.locale, ctx.timeZone, ctx.labels)}`;
}

function item(e: TimelineEvent, ctx: ListContext, era: Era | null): HTMLLIElement {
  const li = html(ctx.doc, "li");
  li.setAttribute("data-event-id", e.id);
  if (era) {
    // The first event of an era carries its heading: the list stays one <ol> of events.
    const head = html(ctx.doc, "p", "citeline-list-era", eraText(era, ctx));
    head.setAttribute("role", "heading");
    head.setAttribute("aria-level", "3");
    li.appendChild(head);
  }
  const time = html(ctx.doc, "time", undefined, eventDate(e, ctx.locale, ctx.timeZone, ctx.labels));
  // HTML's datetime has no year before AD 1 (nor past 9999 without a sign it rejects): those get none.
  if (!/^[+-]/.test(e.start.iso)) time.dateTime = e.start.iso.replace(/^(\d{4})-Q\d$|^(\d{4})-(SP|SU|FA|WI)$/, "$1$2");
  li.appendChild(time);
  // A live chart lets readers pick an event from the list too; the static
  // (server) rendering has nothing to select, so the title is plain text.
  if (ctx.interactive) {
    const button = html(ctx.doc, "button", "citeline-list-title", e.title);
    button.type = "button";
    li.appendChild(button);
  } else li.appendChild(html(ctx.doc, "span", "citeline-list-title", e.title));
  if (e.summary) li.appendChild(html(ctx.doc, "p", "citeline-list-summary", e.summary));
  const conflict = disagreement(e, ctx);
  if (conflict) li.appendChild(conflict);
  if (!e.citations.length) {
    li.appendChild(html(ctx.doc, "p", "citeline-nosource", ctx.labels.noSources));
    return li;
  }
  const citations = html(ctx.doc, "ul", "citeline-list-citations");
  citations.setAttribute("aria-label", ctx.labels.sourceCount(e.citations.length));
  for (const c of e.citations) citations.appendChild(citationItem(c, ctx));
  li.appendChild(citations);
  return li;
}

/** The eras above the list (kept in a `ul.citeline-eras` just before it), or none. */
function eraList(ol: HTMLOListElement, ctx: ListContext): void {
  let ul = ol.previousElementSibling;
  if (!ul?.classList.contains("citeline-eras")) ul = null;
  const eras = ctx.eras ?? [];
  if (!eras.length) {
    ul?.remove();
    return;
  }
  if (!ul) {
    ul = html(ctx.doc, "ul", "citeline-eras");
    ol.before(ul);
  }
  ul.replaceChildren(...eras.map((era) => html(ctx.doc, "li", undefined, eraText(era, ctx))));
}

/**
 * Renders page `page` of `count` events into `ol`; `at(k)` is the kth in
 * time order, asked for only on the page shown (a list of 100,000 events
 * is never gathered). `pager` gets "earlier/later" buttons when paged.
 *
 * @example
 * ```ts
 * renderList(ol, pager, events.length, (k) => events[k], 0, ctx);
 * ```
 */
export function renderList(
  ol: HTMLOListElement,
  pager: HTMLElement,
  count: number,
  at: (k: number) => TimelineEvent,
  page: number,
  ctx: ListContext,
): void {
  const { pages } = pageOf(0, count);
  const p = Math.min(Math.max(0, page), pages - 1);
  const from = pages > 1 ? p * PAGE_SIZE : 0;
  const to = pages > 1 ? Math.min(count, from + PAGE_SIZE) : count;
  const items: HTMLLIElement[] = [];
  const eras = ctx.eras ?? [];
  let era = from > 0 && eras.length ? eraOf(eras, at(from - 1)) : -1;
  for (let k = from; k < to; k++) {
    const e = at(k),
      here = eras.length ? eraOf(eras, e) : -1;
    items.push(item(e, ctx, here >= 0 && here !== era ? eras[here]! : null));
    era = here;
  }
  eraList(ol, ctx);
  ol.replaceChildren(...items);
  ol.start = from + 1;
  pager.replaceChildren();
  pager.hidden = pages <= 1;
  if (pages <= 1) return;
  const prev = html(ctx.doc, "button", undefined, ctx.labels.earlier);
  prev.type = "button";
  prev.dataset.page = String(p - 1);
  prev.disabled = p === 0;
  const next = html(ctx.doc, "button", undefined, ctx.labels.later);
  next.type = "button";
  next.dataset.page = String(p + 1);
  next.disabled = p >= pages - 1;
  const status = html(ctx.doc, "span", undefined, ctx.labels.listPage(from + 1, to, count));
  pager.append(prev, status, next);
}

/**
 * The list a "+N" pill or a stack opens where zooming in cannot part its
 * events (they share one instant, or the zoom is at its limit): one button
 * per event, by title, next to the pill. Titles are text, never markup.
 */
import { html } from "./dom.js";

export interface MembersListOptions {
  doc: Document;
  /** The list's accessible name: "3 events at this point". */
  heading: string;
  /** The events, in mark order. */
  events: readonly { id: string; title: string }[];
  /** Where it opens, in the stage's pixels (top left). */
  left: number;
  top: number;
}

/**
 * Builds the list; the caller adds it to the stage and listens for clicks
 * on its buttons (`data-event-id`).
 *
 * @example
 * ```ts
 * stage.append(membersList({ doc: document, heading: "2 events at this point", events, left: 120, top: 40 }));
 * ```
 */
export function membersList(o: MembersListOptions): HTMLElement {
  const box = html(o.doc, "div", "citeline-members");
  box.setAttribute("role", "group");
  box.setAttribute("aria-label", o.heading);
  box.style.left = `${Math.max(0, Math.round(o.left))}px`;
  box.style.top = `${Math.max(0, Math.round(o.top))}px`;
  const list = html(o.doc, "ul", "citeline-members-list");
  for (const e of o.events) {
    const li = html(o.doc, "li");
    const button = html(o.doc, "button", "citeline-members-item", e.title);
    button.type = "button";
    button.dataset.eventId = e.id;
    li.appendChild(button);
    list.appendChild(li);
  }
  box.appendChild(list);
  return box;
}

/**
 * The figure's events: `select` and `zoom` (CustomEvents with a detail),
 * and `input` when the selection changes, so that Observable's `viewof`
 * (which listens for `input` and reads `.value`) follows the selection.
 */
import type { Chart } from "./state.js";

/** Dispatches a bubbling event from the figure: a CustomEvent carrying `detail`, or a plain `input` Event. */
export function emit(c: Chart, type: "select" | "zoom" | "input", detail?: unknown): void {
  // The event is made by the document, never from a global: Node's CustomEvent is refused by a
  // caller's JSDOM, and a document made by createHTMLDocument has no window to take one from.
  const view = c.o.document.defaultView;
  let e: Event;
  if (type === "input") {
    if (view) e = new view.Event(type, { bubbles: true });
    else (e = c.o.document.createEvent("Event")).initEvent(type, true, false);
  } else if (view) e = new view.CustomEvent(type, { detail, bubbles: true });
  else (e = c.o.document.createEvent("CustomEvent")).initCustomEvent(type, true, false, detail);
  c.nodes.figure.dispatchEvent(e);
}

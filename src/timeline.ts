/**
 * `timeline(data, options)`: the entry point. It creates the chart's one
 * mutable state (`chart/state`) and composes the pure parts (scales,
 * layout) with the DOM parts (render) and the input parts (interact):
 *
 *   data ─► normalize ─► numeric model ─► level layout (cached) ─► culled, keyed joins
 *   zoom/keys ─► one requestAnimationFrame ─► x-dependent attributes only
 */
import type { Timeline, TimelineInput } from "./data/types.js";
import { withHandle, type TimelineHandle } from "./chart/handle.js";
import { rebuild } from "./chart/selection.js";
import { createChart, setData } from "./chart/state.js";
import { attach } from "./interact/wire.js";
import type { TimelineOptions } from "./options.js";
import { injectStyles } from "./render/dom.js";

export type { TimelineHandle };

/**
 * Draws a source-annotated timeline and returns its `<figure>`; the caller
 * appends it. Works with `options.document` in jsdom and on servers.
 *
 * @example
 * ```ts
 * const chart = timeline(data, { locale: "en-GB" });
 * document.querySelector("#story")!.append(chart);
 * chart.addEventListener("select", (e) => console.log(e.detail.event));
 * chart.zoomTo("2025-12-01", "2025-12-03");
 * ```
 */
export function timeline(data: TimelineInput | Timeline, options: TimelineOptions = {}): HTMLElement & TimelineHandle {
  const c = createChart(options);
  setData(c, data);
  if (c.o.injectStyles) injectStyles(c.o.document);
  // In a browser, a figure without a fixed width that is not in the page yet
  // would be laid out at a guessed width and again at its real one: its first
  // layout waits for the next animation frame or resize report, whichever
  // comes first (or for any handle call). jsdom and servers draw at once.
  const view = c.o.document.defaultView;
  const live = typeof view?.ResizeObserver === "function" && typeof view.requestAnimationFrame === "function";
  if (c.o.interactive && c.o.width === null && live && !c.nodes.figure.isConnected) c.pending = true;
  else rebuild(c, false);
  const { nodes } = c;
  if (c.o.interactive) attach(c);
  else {
    // A static (server) rendering has no focus, keys or live updates to offer, and its list is the reading.
    nodes.svg.removeAttribute("tabindex");
    nodes.svg.removeAttribute("aria-describedby");
    nodes.live.remove();
    nodes.figure.querySelector(".citeline-sr")?.remove();
    nodes.listview.open = true;
  }
  return withHandle(c);
}

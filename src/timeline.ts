/**
 * `timeline(data, options)`: the entry point, and the handle its figure
 * carries. It resolves the options (options.ts), makes the chart (chart/:
 * state → layout → draw, one way) and wires it to the reader (interact/).
 * See docs/architecture.md for the pipeline.
 */
import { createChart } from "./chart/state.js";
import { contentWidth, layAhead, load, rebuild, replace, settleNow } from "./chart/rebuild.js";
import { event, type Chart } from "./chart/state.js";
import { applyTransform, pick } from "./chart/view.js";
import { frame } from "./chart/frame.js";
import { indexOf } from "./chart/model.js";
import type { DateInput, Timeline, TimelineEvent, TimelineInput } from "./data/types.js";
import { attach } from "./interact/wire.js";
import { maybeRange, resolveOptions, type TimelineOptions } from "./options.js";
import { injectStyles } from "./render/dom.js";
import { transformFor } from "./scale/transform.js";

/** The methods and properties a timeline figure adds to its element. */
export interface TimelineHandle {
  /**
   * Draws `data` instead, as `timeline(data, options)` would (options given
   * replace the current ones; none keeps them), keeping nodes keyed by event
   * id, and the reader's zoom and selection while their events exist.
   */
  update(data: TimelineInput | Timeline, options?: TimelineOptions): void;
  /** Selects an event by id (opens its details), or clears the selection. */
  select(id: string | null): void;
  /** Shows the span from `start` to `end`. */
  zoomTo(start: DateInput, end: DateInput): void;
  /** The selected event (what Observable's `viewof` reads on each `input` event). */
  readonly value: TimelineEvent | null;
  /** Removes every listener, observer and animation frame the timeline added. */
  destroy(): void;
}

/** `detail` of the `select` event: the event just selected, or null when the selection was cleared. */
export interface TimelineSelectDetail {
  event: TimelineEvent | null;
}

/**
 * `detail` of the `zoom` event: the span now shown. Past Date's range
 * (±271,821 years) they are Invalid Dates; the figure's
 * `data-domain-start`/`data-domain-end` attributes carry any span as ISO text.
 */
export interface TimelineZoomDetail {
  start: Date;
  end: Date;
}

/**
 * The events a timeline figure dispatches, by type: bubbling `select` and
 * `zoom` CustomEvents, and a plain `input` after each `select`.
 */
export interface TimelineEventMap extends HTMLElementEventMap {
  select: CustomEvent<TimelineSelectDetail>;
  zoom: CustomEvent<TimelineZoomDetail>;
}

/**
 * The figure `timeline()` returns: an element with the handle's members,
 * whose `addEventListener("select" | "zoom", …)` knows each event's `detail`.
 *
 * @example
 * ```ts
 * const chart: TimelineElement = timeline(data);
 * chart.addEventListener("zoom", (e) => console.log(e.detail.start, e.detail.end));
 * ```
 */
export interface TimelineElement extends HTMLElement, TimelineHandle {
  addEventListener<K extends keyof TimelineEventMap>(
    type: K,
    listener: (this: TimelineElement, ev: TimelineEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof TimelineEventMap>(
    type: K,
    listener: (this: TimelineElement, ev: TimelineEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

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
export function timeline(data: TimelineInput | Timeline, options: TimelineOptions = {}): TimelineElement {
  const c = createChart(resolveOptions(options));
  load(c, data);
  if (c.o.injectStyles) injectStyles(c.o.document);
  // In a browser, a figure without a fixed width that is not in the page yet
  // would be laid out at a guessed width and again at its real one: its first
  // layout waits for the next animation frame or resize report, whichever
  // comes first, and its marks for the task after (see `settle`), or for any
  // handle call. jsdom and servers draw at once.
  const view = c.o.document.defaultView;
  const live = typeof view?.ResizeObserver === "function" && typeof view.requestAnimationFrame === "function";
  if (c.o.interactive && c.o.width === null && live && !c.nodes.figure.isConnected) c.memo.pending = true;
  else rebuild(c, null);
  const { nodes } = c;
  if (c.o.interactive) attach(c);
  if (c.memo.pending) charts.set(c.nodes.figure, c);
  if (!c.o.interactive) {
    // A static (server) rendering has no focus, keys or live updates to offer, and its list is the reading.
    nodes.svg.removeAttribute("tabindex");
    nodes.svg.removeAttribute("aria-describedby");
    nodes.live.remove();
    nodes.hint.remove();
    nodes.listview.open = true;
  }
  return withHandle(c);
}

/** Each figure still waiting for its first layout, with its chart: for `layOutAt` and `drawNow`. */
const charts = new WeakMap<Element, Chart>();

/**
 * Lays out a figure that waits for its first layout (see `timeline`) at the
 * content width of `box`, without drawing it: `<cite-line>` does so before
 * putting the figure in its shadow root, at its own width. Not public API.
 *
 * @example
 * ```ts
 * layOutAt(figure, host); // later, in another task: drawNow(figure); host.shadowRoot.append(figure);
 * ```
 */
export function layOutAt(figure: TimelineElement, box: HTMLElement): void {
  const c = charts.get(figure);
  if (c) layAhead(c, contentWidth(box));
}

/**
 * Lays out and draws now a figure still waiting for its first layout (see
 * `timeline`), its list view in the task after. Not public API.
 *
 * @example
 * ```ts
 * layOutAt(figure, host); // and in a later task:
 * drawNow(figure);
 * ```
 */
export function drawNow(figure: TimelineElement): void {
  const c = charts.get(figure);
  if (c) settleNow(c);
}

/**
 * The options of an `update`: resolved afresh, except that a figure keeps
 * the document and the interactivity it was made with (its nodes and
 * listeners belong to them), so those may be left out but not changed.
 */
function nextOptions(c: Chart, options: TimelineOptions) {
  for (const key of ["document", "interactive"] as const) {
    if (options[key] !== undefined && options[key] !== c.o[key]) {
      const given = key === "document" ? "another document" : String(options.interactive);
      throw new Error(
        `invalid ${key}: ${given} (a figure keeps the ${key} it was made with; call timeline() for another)`,
      );
    }
  }
  return resolveOptions({ ...options, document: c.o.document, interactive: c.o.interactive });
}

/** Defines the handle's members on the chart's figure and returns it. */
function withHandle(c: Chart): TimelineElement {
  const view = () => c.o.document.defaultView;
  const handle: TimelineHandle = {
    update(next, options) {
      const o = options === undefined ? null : nextOptions(c, options);
      replace(c, next, o);
      if (o?.injectStyles) injectStyles(o.document);
    },
    select(id) {
      const i = indexOf(c, id);
      if (id !== null && i < 0) throw new Error(`invalid event id: ${id}`);
      settleNow(c);
      // Selecting never needs the list view open: the chart and the details panel show it.
      pick(c, i);
    },
    zoomTo(start, end) {
      const r = maybeRange("range", [start, end])!;
      settleNow(c);
      applyTransform(c, transformFor(c.scene.x0, r[0], r[1], c.scene.maxK));
      // The API is synchronous: the figure reflects the new range on return.
      if (c.memo.raf) view()?.cancelAnimationFrame(c.memo.raf);
      frame(c);
    },
    get value() {
      return c.view.selected >= 0 ? event(c, c.view.selected) : null;
    },
    destroy() {
      c.life.abort?.abort();
      c.life.abort = null;
      c.life.observer?.disconnect();
      c.life.observer = null;
      if (c.memo.raf) view()?.cancelAnimationFrame(c.memo.raf);
      // A select just before destroy must not scroll the page a frame later.
      if (c.memo.reveal) view()?.cancelAnimationFrame(c.memo.reveal);
      c.memo.raf = c.memo.reveal = 0;
    },
  };
  const figure = c.nodes.figure as TimelineElement;
  for (const key of Object.keys(handle) as (keyof TimelineHandle)[]) {
    Object.defineProperty(figure, key, Object.getOwnPropertyDescriptor(handle, key)!);
  }
  return figure;
}

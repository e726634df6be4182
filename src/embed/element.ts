import type { DateInput, Diagnostic, TimelineEvent } from "../data/types.js";
import type { TimelineOptions } from "../options.js";
import type { TimelineElement, TimelineSelectDetail, TimelineZoomDetail } from "../timeline.js";
import { observedAttributes } from "./attributes.js";
import { connect, createHost, disconnect, queue, withChart, type Host } from "./host.js";
import { adoptStyles } from "./sheet.js";

/** `detail` of `<cite-line>`'s `error` event: why nothing could be drawn, and the data's errors if it got that far. */
export interface CiteLineErrorDetail {
  /** The reason in plain words, as the element shows it. */
  reason: string;
  /** The importers' and normalize's diagnostics (empty when loading failed). */
  diagnostics: Diagnostic[];
}

/** The events `<cite-line>` dispatches, by type: each a `CustomEvent` that bubbles out of its shadow root. */
export interface CiteLineEventMap {
  select: CustomEvent<TimelineSelectDetail>;
  zoom: CustomEvent<TimelineZoomDetail>;
  error: CustomEvent<CiteLineErrorDetail>;
}

/**
 * The public surface of a `<cite-line>` element.
 *
 * @example
 * ```ts
 * const el = document.querySelector("cite-line")!;
 * el.data = { events: [{ title: "Vote", start: "2025-03-03" }] };
 * el.options = { labels: { sources: "Quellen" } };
 * el.addEventListener("select", (e) => console.log(e.detail.event?.title));
 * el.addEventListener("error", (e) => console.warn(e.detail.reason));
 * ```
 */
export interface CiteLineElement extends HTMLElement {
  /** Data set from script: citeline input, TimelineJS JSON, or CSV or JSON text. Takes precedence over `src` and inline JSON. */
  data: unknown;
  /** Options merged over the attributes (e.g. `labels`, `measureText`, `reference`). */
  options: TimelineOptions;
  /**
   * The timeline figure once drawn, else null. An element draws when it
   * comes near the viewport (or the page prints), so one far down a page
   * has none yet.
   */
  readonly timeline: TimelineElement | null;
  /** The selected event, as on the handle (null until drawn). */
  readonly value: TimelineEvent | null;
  /**
   * Selects an event by id (opens its sources), or clears the selection.
   * Called before the chart is drawn, it takes effect once it is; an id
   * the data does not have is then reported as an uncaught error.
   */
  select(id: string | null): void;
  /** Shows the span from `start` to `end` (once drawn, like `select`). */
  zoomTo(start: DateInput, end: DateInput): void;
  addEventListener<K extends keyof CiteLineEventMap>(
    type: K,
    listener: (this: CiteLineElement, ev: CiteLineEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: CiteLineElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof CiteLineEventMap>(
    type: K,
    listener: (this: CiteLineElement, ev: CiteLineEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: CiteLineElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "cite-line": CiteLineElement;
  }
}

/**
 * Registers `<cite-line>` in `registry` (default: the window's), once.
 * The class is created here, not at module scope, so importing citeline in
 * Node or a worker never touches `HTMLElement`.
 *
 * @example
 * ```ts
 * import { defineCiteLine } from "citeline/element";
 * defineCiteLine(); // then <cite-line src="events.json"></cite-line>
 * ```
 */
export function defineCiteLine(
  registry: CustomElementRegistry | undefined = globalThis.customElements,
  name = "cite-line",
): void {
  if (!registry || registry.get(name)) return;
  registry.define(name, makeElementClass());
}

function makeElementClass(): CustomElementConstructor {
  return class CiteLine extends HTMLElement implements CiteLineElement {
    static get observedAttributes(): readonly string[] {
      return observedAttributes;
    }

    #h: Host;

    constructor() {
      super();
      const root = this.attachShadow({ mode: "open" });
      adoptStyles(root);
      // Until the chart replaces it, what the page put inside the element
      // (a server rendering) shows through the slot, in a box that keeps
      // the chart's room so that the page does not jump when it arrives.
      const doc = this.ownerDocument,
        room = doc.createElement("div");
      room.className = "citeline-pending";
      room.append(doc.createElement("slot"));
      root.append(room);
      this.#h = createHost(this, root);
    }

    get data(): unknown {
      return this.#h.data;
    }
    set data(value: unknown) {
      this.#h.data = value;
      this.#h.loaded = null;
      queue(this.#h);
    }
    get options(): TimelineOptions {
      return this.#h.options;
    }
    set options(value: TimelineOptions) {
      this.#h.options = { ...value };
      queue(this.#h);
    }
    get timeline(): TimelineElement | null {
      return this.#h.chart;
    }
    get value(): TimelineEvent | null {
      return this.#h.chart?.value ?? null;
    }
    select(id: string | null): void {
      withChart(this.#h, (chart) => chart.select(id));
    }
    zoomTo(start: DateInput, end: DateInput): void {
      withChart(this.#h, (chart) => chart.zoomTo(start, end));
    }

    connectedCallback(): void {
      connect(this.#h);
    }
    disconnectedCallback(): void {
      disconnect(this.#h);
    }
    attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      if (old === value) return;
      if (name === "src") this.#h.loaded = null;
      queue(this.#h);
    }
  };
}

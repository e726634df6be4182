import { formatDiagnostic } from "../data/diagnostics.js";
import { normalize } from "../data/normalize.js";
import type { DateInput, Diagnostic, TimelineEvent } from "../data/types.js";
import { defaultLabels, type TimelineOptions } from "../options.js";
import { renderDiagnostics, renderWarnings } from "../render/diagnostics.js";
import { stylesheet } from "../render/styles.js";
import { timeline, type TimelineElement, type TimelineSelectDetail, type TimelineZoomDetail } from "../timeline.js";
import { observedAttributes, optionsFromAttributes } from "./attributes.js";
import { fromAnything, loadSource, LoadError, type Loaded } from "./load.js";

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
  /** The timeline figure once drawn, else null. */
  readonly timeline: TimelineElement | null;
  /** The selected event, as on the handle. */
  readonly value: TimelineEvent | null;
  /** Selects an event by id (opens its sources), or clears the selection. */
  select(id: string | null): void;
  /** Shows the span from `start` to `end`. */
  zoomTo(start: DateInput, end: DateInput): void;
  addEventListener<K extends keyof CiteLineEventMap>(type: K, listener: (this: CiteLineElement, ev: CiteLineEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: CiteLineElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof CiteLineEventMap>(type: K, listener: (this: CiteLineElement, ev: CiteLineEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: CiteLineElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "cite-line": CiteLineElement;
  }
}

type Chart = TimelineElement;

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
export function defineCiteLine(registry: CustomElementRegistry | undefined = globalThis.customElements, name = "cite-line"): void {
  if (!registry || registry.get(name)) return;
  registry.define(name, makeElementClass());
}

function makeElementClass(): CustomElementConstructor {
  return class CiteLine extends HTMLElement implements CiteLineElement {
    static get observedAttributes(): readonly string[] {
      return observedAttributes;
    }

    #root: ShadowRoot;
    #chart: Chart | null = null;
    #data: unknown = undefined;
    #options: TimelineOptions = {};
    #loaded: Loaded | null = null;
    #loadedFrom: string | null = null;
    #abort: AbortController | null = null;
    #queued = false;

    constructor() {
      super();
      this.#root = this.attachShadow({ mode: "open" });
      adoptStyles(this.#root);
    }

    get data(): unknown {
      return this.#data;
    }
    set data(value: unknown) {
      this.#data = value;
      this.#loaded = null;
      this.#queue();
    }
    get options(): TimelineOptions {
      return this.#options;
    }
    set options(value: TimelineOptions) {
      this.#options = { ...value };
      this.#queue();
    }
    get timeline(): TimelineElement | null {
      return this.#chart;
    }
    get value(): TimelineEvent | null {
      return this.#chart?.value ?? null;
    }
    select(id: string | null): void {
      this.#chart?.select(id);
    }
    zoomTo(start: DateInput, end: DateInput): void {
      this.#chart?.zoomTo(start, end);
    }

    connectedCallback(): void {
      this.#queue();
    }
    disconnectedCallback(): void {
      this.#abort?.abort();
      this.#abort = null;
      this.#teardown();
    }
    attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      if (old === value) return;
      if (name === "src") this.#loaded = null;
      this.#queue();
    }

    // Attribute changes often come in bursts; draw once per microtask.
    #queue(): void {
      if (this.#queued) return;
      this.#queued = true;
      queueMicrotask(() => {
        this.#queued = false;
        if (this.isConnected) void this.#render();
      });
    }

    async #render(): Promise<void> {
      let loaded: Loaded;
      try {
        loaded = await this.#load();
      } catch (error) {
        if (error instanceof Pending || (error instanceof DOMException && error.name === "AbortError")) return;
        this.#showError(error instanceof Error ? error.message : String(error), []);
        return;
      }
      if (!this.isConnected) return;
      const options: TimelineOptions = { ...optionsFromAttributes(this), ...this.#options, document: this.ownerDocument, injectStyles: false };
      let diagnostics = loaded.diagnostics;
      try {
        // The element normalizes, not the chart, so that it can show the
        // import's and normalize's warnings with the chart's errors.
        const reference = options.reference;
        const { paths, baseUrl } = loaded;
        const normalized = normalize(loaded.input, {
          ...(reference === undefined ? {} : { reference }),
          ...(paths === undefined ? {} : { paths }),
          ...(baseUrl === undefined ? {} : { baseUrl }),
        });
        diagnostics = [...loaded.diagnostics, ...normalized.diagnostics];
        if (this.#chart) this.#chart.update(normalized.timeline, options);
        else this.#mount(timeline(normalized.timeline, options));
        this.#showNotes(diagnostics, normalized.timeline.events.length > 0);
      } catch (error) {
        this.#showError(error instanceof Error ? error.message : String(error), diagnostics);
      }
    }

    // Errors (what was left out) open, warnings collapsed, in the figure's
    // own slot above the chart, where the theme's colours apply.
    #showNotes(diagnostics: Diagnostic[], drawn: boolean): void {
      const slot = this.#chart?.querySelector(".citeline-diagnostics-slot");
      if (!slot) return;
      const doc = this.ownerDocument;
      const labels = { ...defaultLabels, ...definedLabels(this.#options.labels) };
      const notes = [renderDiagnostics(doc, diagnostics, labels, drawn), renderWarnings(doc, diagnostics, labels)];
      slot.replaceChildren(...notes.filter((note) => note !== null));
    }

    async #load(): Promise<Loaded> {
      if (this.#data !== undefined) return this.#loaded ??= fromAnything(this.#data);
      const src = this.getAttribute("src");
      if (src) {
        if (this.#loaded && this.#loadedFrom === src) return this.#loaded;
        this.#abort?.abort();
        const abort = new AbortController();
        this.#abort = abort;
        this.#setBusy(true);
        try {
          const limit = Number(this.getAttribute("timeout"));
          const loaded = await loadSource(src, this.ownerDocument.baseURI, abort.signal, limit > 0 ? limit : undefined);
          this.#loaded = loaded;
          this.#loadedFrom = src;
          return loaded;
        } finally {
          this.#setBusy(false);
        }
      }
      const inline = this.querySelector(':scope > script[type="application/json"]');
      if (inline) return fromAnything(inline.textContent ?? "");
      // With the script before the element, it upgrades as soon as its start
      // tag is parsed, before its children exist: wait for the document.
      if (this.ownerDocument.readyState === "loading") {
        this.ownerDocument.addEventListener("DOMContentLoaded", () => this.#queue(), { once: true });
        throw new Pending();
      }
      throw new LoadError('no data: give <cite-line> a src="…" attribute or a <script type="application/json"> child');
    }

    #mount(chart: Chart): void {
      this.#teardown();
      this.#chart = chart;
      for (const type of ["select", "zoom"] as const) {
        chart.addEventListener(type, (event: Event) => {
          event.stopPropagation();
          this.dispatchEvent(new CustomEvent(type, { detail: (event as CustomEvent).detail, bubbles: true, composed: true }));
        });
      }
      this.#root.replaceChildren(chart);
    }

    #teardown(): void {
      this.#chart?.destroy();
      this.#chart = null;
    }

    #setBusy(busy: boolean): void {
      if (busy) this.setAttribute("aria-busy", "true");
      else this.removeAttribute("aria-busy");
    }

    // The error box keeps a <slot>, so server-rendered content inside the
    // element stays readable when the interactive version cannot be drawn.
    #showError(reason: string, diagnostics: Diagnostic[]): void {
      this.#teardown();
      const doc = this.ownerDocument;
      const box = doc.createElement("div");
      box.className = "citeline-error";
      box.setAttribute("role", "alert");
      const title = doc.createElement("p");
      title.className = "citeline-error-title";
      title.textContent = `This timeline could not be shown: ${reason}`;
      box.append(title);
      const errors = diagnostics.filter((d) => d.severity === "error");
      if (errors.length) {
        const list = doc.createElement("ul");
        for (const d of errors.slice(0, 50)) {
          const item = doc.createElement("li");
          item.textContent = formatDiagnostic(d);
          list.append(item);
        }
        box.append(list);
      }
      this.#root.replaceChildren(box, doc.createElement("slot"));
      this.dispatchEvent(new CustomEvent("error", { detail: { reason, diagnostics } }));
    }
  };
}

// Labels the page left undefined keep their defaults (as in the chart's own options).
function definedLabels(labels: TimelineOptions["labels"]): Partial<typeof defaultLabels> {
  return Object.fromEntries(Object.entries(labels ?? {}).filter(([, v]) => v !== undefined));
}

/** Thrown when the data is not there yet; rendering resumes by itself. */
class Pending extends Error {}

// The element's own states (errors), beside the timeline's stylesheet.
const elementCss = `:host{display:block}
.citeline-error{font:14px/1.5 system-ui,sans-serif;color:var(--citeline-ink,#1b1c1e);background:var(--citeline-error-bg,#fdf2f0);border:1px solid var(--citeline-error-border,#e3a79c);border-left-width:4px;border-radius:4px;padding:10px 14px;margin:0 0 12px}
.citeline-error-title{margin:0;font-weight:600}
.citeline-warnings{font-size:13px;color:var(--cl-ink);margin:0 0 10px}
.citeline-warnings summary{cursor:pointer;color:var(--cl-muted)}
.citeline-warnings ul{margin:4px 0 0;padding-left:18px}
.citeline-error ul{margin:6px 0 0;padding-left:18px;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12.5px}
.citeline-warnings code{font-size:12px}
@media (prefers-color-scheme:dark){.citeline-error{background:var(--citeline-error-bg,#2a1714);border-color:var(--citeline-error-border,#7a3a30);color:var(--citeline-ink,#ececee)}}`;

const sheets = new WeakMap<Document, CSSStyleSheet>();

// Constructable stylesheets are shared by every element of a document and are
// not inline <style> elements, so they also work under a strict CSP.
function adoptStyles(root: ShadowRoot): void {
  const doc = root.ownerDocument;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (view && "adoptedStyleSheets" in root && typeof view.CSSStyleSheet === "function") {
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(`${elementCss}${stylesheet}`);
      sheets.set(doc, sheet);
    }
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = doc.createElement("style");
  style.textContent = `${elementCss}${stylesheet}`;
  root.append(style);
}

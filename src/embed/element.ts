import { formatDiagnostic } from "../data/diagnostics.js";
import type { Diagnostic } from "../data/types.js";
import type { TimelineOptions } from "../options.js";
import { stylesheet } from "../render/styles.js";
import { timeline, type TimelineHandle } from "../timeline.js";
import { observedAttributes, optionsFromAttributes } from "./attributes.js";
import { fromAnything, loadSource, LoadError, type Loaded } from "./load.js";

type Chart = HTMLElement & TimelineHandle;

/** The public surface of a `<cite-line>` element. */
export interface CiteLineElement extends HTMLElement {
  /** Data set from script (takes precedence over `src` and inline JSON). */
  data: unknown;
  /** Extra options merged over the attributes (e.g. `labels`, `measureText`). */
  options: TimelineOptions;
  /** The timeline handle once drawn, else null. */
  readonly timeline: TimelineHandle | null;
  /** The selected event, as on the handle. */
  readonly value: TimelineHandle["value"] | null;
  select(id: string | null): void;
  zoomTo(start: Parameters<TimelineHandle["zoomTo"]>[0], end: Parameters<TimelineHandle["zoomTo"]>[1]): void;
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
    get timeline(): TimelineHandle | null {
      return this.#chart;
    }
    get value(): TimelineHandle["value"] | null {
      return this.#chart?.value ?? null;
    }
    select(id: string | null): void {
      this.#chart?.select(id);
    }
    zoomTo(start: Parameters<TimelineHandle["zoomTo"]>[0], end: Parameters<TimelineHandle["zoomTo"]>[1]): void {
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
      try {
        if (this.#chart) this.#chart.update(loaded.input, options);
        else this.#mount(timeline(loaded.input, options));
      } catch (error) {
        this.#showError(error instanceof Error ? error.message : String(error), loaded.diagnostics);
      }
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

/** Thrown when the data is not there yet; rendering resumes by itself. */
class Pending extends Error {}

// The element's own states (errors), beside the timeline's stylesheet.
const elementCss = `:host{display:block}
.citeline-error{font:14px/1.5 system-ui,sans-serif;color:var(--citeline-ink,#1b1c1e);background:var(--citeline-error-bg,#fdf2f0);border:1px solid var(--citeline-error-border,#e3a79c);border-left-width:4px;border-radius:4px;padding:10px 14px;margin:0 0 12px}
.citeline-error-title{margin:0;font-weight:600}
.citeline-error ul{margin:6px 0 0;padding-left:18px;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12.5px}
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

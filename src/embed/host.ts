/**
 * What a `<cite-line>` does, as functions of its state: queue a render,
 * load the data (property, src or inline JSON), normalize it, draw or
 * update the chart, and show notes or the error box. The element class
 * (element.ts) only forwards to these; it is made at define time, so this
 * module must not touch HTMLElement either.
 */
import { formatDiagnostic } from "../data/diagnostics.js";
import { normalize } from "../data/normalize.js";
import type { Diagnostic } from "../data/types.js";
import { defaultLabels, type TimelineOptions } from "../options.js";
import { renderDiagnostics, renderWarnings } from "../render/diagnostics.js";
import { timeline, type TimelineElement } from "../timeline.js";
import { optionsFromAttributes } from "./attributes.js";
import { loadSource, LoadError, readAnything, type Loaded } from "./load.js";

/** One element's state. */
export interface Host {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  chart: TimelineElement | null;
  data: unknown;
  options: TimelineOptions;
  loaded: Loaded | null;
  loadedFrom: string | null;
  abort: AbortController | null;
  queued: boolean;
}

/** Thrown when the data is not there yet; rendering resumes by itself. */
class Pending extends Error {}

// Attribute changes often come in bursts; draw once per microtask.
export function queue(h: Host): void {
  if (h.queued) return;
  h.queued = true;
  queueMicrotask(() => {
    h.queued = false;
    if (h.element.isConnected) void render(h);
  });
}

/** Removes the chart and every listener it added. */
export function teardown(h: Host): void {
  h.chart?.destroy();
  h.chart = null;
}

async function render(h: Host): Promise<void> {
  let loaded: Loaded;
  try {
    loaded = await load(h);
  } catch (error) {
    if (error instanceof Pending || (error instanceof DOMException && error.name === "AbortError")) return;
    showError(h, error instanceof Error ? error.message : String(error), []);
    return;
  }
  if (!h.element.isConnected) return;
  const options: TimelineOptions = {
    ...optionsFromAttributes(h.element),
    ...h.options,
    document: h.element.ownerDocument,
    injectStyles: false,
  };
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
    if (h.chart) h.chart.update(normalized.timeline, options);
    else mount(h, timeline(normalized.timeline, options));
    showNotes(h, diagnostics, normalized.timeline.events.length > 0);
  } catch (error) {
    showError(h, error instanceof Error ? error.message : String(error), diagnostics);
  }
}

async function load(h: Host): Promise<Loaded> {
  const { element } = h,
    doc = element.ownerDocument;
  if (h.data !== undefined) {
    if (h.loaded) return h.loaded;
    const data = h.data;
    const loaded = await readAnything(data, "json", doc);
    // The data may have changed while the importers loaded: keep only the current data's reading.
    if (h.data === data) h.loaded = loaded;
    return loaded;
  }
  const src = element.getAttribute("src");
  if (src) {
    if (h.loaded && h.loadedFrom === src) return h.loaded;
    h.abort?.abort();
    const abort = new AbortController();
    h.abort = abort;
    element.setAttribute("aria-busy", "true");
    try {
      const limit = Number(element.getAttribute("timeout"));
      const loaded = await loadSource(src, doc.baseURI, abort.signal, limit > 0 ? limit : undefined, doc);
      h.loaded = loaded;
      h.loadedFrom = src;
      return loaded;
    } finally {
      element.removeAttribute("aria-busy");
    }
  }
  const inline = element.querySelector(':scope > script[type="application/json"]');
  if (inline) return readAnything(inline.textContent ?? "", "json", doc);
  // With the script before the element, it upgrades as soon as its start
  // tag is parsed, before its children exist: wait for the document.
  if (doc.readyState === "loading") {
    doc.addEventListener("DOMContentLoaded", () => queue(h), { once: true });
    throw new Pending();
  }
  throw new LoadError('no data: give <cite-line> a src="…" attribute or a <script type="application/json"> child');
}

function mount(h: Host, chart: TimelineElement): void {
  teardown(h);
  h.chart = chart;
  for (const type of ["select", "zoom"] as const) {
    chart.addEventListener(type, (event: CustomEvent<unknown>) => {
      event.stopPropagation();
      h.element.dispatchEvent(new CustomEvent(type, { detail: event.detail, bubbles: true, composed: true }));
    });
  }
  h.root.replaceChildren(chart);
}

// Errors (what was left out) open, warnings collapsed, in the figure's
// own slot above the chart, where the theme's colours apply.
function showNotes(h: Host, diagnostics: Diagnostic[], drawn: boolean): void {
  const slot = h.chart?.querySelector(".citeline-diagnostics-slot");
  if (!slot) return;
  const doc = h.element.ownerDocument;
  const labels = { ...defaultLabels, ...definedLabels(h.options.labels) };
  const notes = [renderDiagnostics(doc, diagnostics, labels, drawn), renderWarnings(doc, diagnostics, labels)];
  slot.replaceChildren(...notes.filter((note) => note !== null));
}

// Labels the page left undefined keep their defaults (as in the chart's own options).
function definedLabels(labels: TimelineOptions["labels"]): Partial<typeof defaultLabels> {
  return Object.fromEntries(Object.entries(labels ?? {}).filter(([, v]) => v !== undefined));
}

// The error box keeps a <slot>, so server-rendered content inside the
// element stays readable when the interactive version cannot be drawn.
function showError(h: Host, reason: string, diagnostics: Diagnostic[]): void {
  teardown(h);
  const doc = h.element.ownerDocument;
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
  h.root.replaceChildren(box, doc.createElement("slot"));
  h.element.dispatchEvent(new CustomEvent("error", { detail: { reason, diagnostics } }));
}

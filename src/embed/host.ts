/**
 * What a `<cite-line>` does, as functions of its state: queue a render,
 * load the data (property, src or inline JSON), normalize it, draw or
 * update the chart, and show notes or the error box. Data loads at once;
 * the chart is drawn once the element comes near the viewport (lazy.ts),
 * and handle calls made before then wait for it. The element class
 * (element.ts) only forwards to these; it is made at define time, so this
 * module must not touch HTMLElement either.
 */
import { formatDiagnostic } from "../data/diagnostics.js";
import { normalize, type NormalizeOptions, type NormalizeResult } from "../data/normalize.js";
import { normalizeAsync } from "../data/normalizeAsync.js";
import { nextTask } from "../data/tasks.js";
import type { Diagnostic, Timeline } from "../data/types.js";
import { defaultLabels, type TimelineOptions } from "../options.js";
import { renderDiagnostics, renderWarnings } from "../render/diagnostics.js";
import { drawNow, layOutAt, timeline, type TimelineElement } from "../timeline.js";
import { optionsFromAttributes } from "./attributes.js";
import { beforePrint, inTurn, whenNear } from "./lazy.js";
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
  /** The data last read, drawn once the element is near the viewport. */
  input: Loaded | null;
  /** Near the viewport (or printing): the chart may be drawn. */
  near: boolean;
  /** A first draw is waiting for its turn (see `inTurn`). */
  waiting: boolean;
  /** Handle calls made before there was a chart, made on it once drawn. */
  calls: ((chart: TimelineElement) => void)[];
  /** Stops watching for the viewport and for printing. */
  unwatch: (() => void) | null;
}

/** A fresh element's state. */
export function createHost(element: HTMLElement, root: ShadowRoot): Host {
  return {
    element,
    root,
    chart: null,
    data: undefined,
    options: {},
    loaded: null,
    loadedFrom: null,
    abort: null,
    queued: false,
    input: null,
    near: false,
    waiting: false,
    calls: [],
    unwatch: null,
  };
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

/** The element is in a document: load its data, and draw when it comes near the viewport or the page prints. */
export function connect(h: Host): void {
  // The room kept for a chart not drawn yet: its height, when the page
  // gives one, and about what its title, legend and list take (240 px at
  // 1200 px with the showcase), so that charts drawn above the reader move
  // the page little.
  const room = h.root.querySelector<HTMLElement>(".citeline-pending"),
    height = Number(h.element.getAttribute("height"));
  if (room && height > 0) room.style.minHeight = `${height + 240}px`;
  if (!h.unwatch) {
    const far = whenNear(h.element, () => {
      h.near = true;
      queue(h);
    });
    const print = beforePrint(h.element.ownerDocument, () => drawForPrint(h));
    h.unwatch = () => {
      far();
      print();
    };
  }
  queue(h);
}

/** The element left its document: stop loading and watching, and remove the chart. */
export function disconnect(h: Host): void {
  h.abort?.abort();
  h.abort = null;
  h.unwatch?.();
  h.unwatch = null;
  // Put back elsewhere, it waits to be near the viewport again.
  h.near = false;
  teardown(h);
}

/** Makes `call` on the chart now, or once it is drawn. */
export function withChart(h: Host, call: (chart: TimelineElement) => void): void {
  if (h.chart) call(h.chart);
  else h.calls.push(call);
}

async function render(h: Host): Promise<void> {
  try {
    h.input = await load(h);
  } catch (error) {
    if (error instanceof Pending || (error instanceof DOMException && error.name === "AbortError")) return;
    showError(h, error instanceof Error ? error.message : String(error), []);
    return;
  }
  if (!h.element.isConnected) return;
  // A chart already drawn changes at once; a first one waits for the viewport and its turn.
  if (h.chart) return void draw(h);
  if (!h.near || h.waiting) return;
  h.waiting = true;
  inTurn(h.element.ownerDocument, async () => {
    h.waiting = false;
    if (!h.element.isConnected) return;
    // Something changed while an earlier turn drew the chart: update it.
    if (h.chart) return void draw(h);
    await drawInSteps(h);
  });
}

/** The chart's options: the attributes, then the page's options, in the element's document. */
function chartOptions(h: Host): TimelineOptions {
  return { ...optionsFromAttributes(h.element), ...h.options, document: h.element.ownerDocument, injectStyles: false };
}

/** What normalize needs to know: the data's origin, and the reference date of the options. */
function normalizeOptions(h: Host, loaded: Loaded): NormalizeOptions {
  const { reference } = chartOptions(h);
  const { paths, baseUrl } = loaded;
  return {
    ...(reference === undefined ? {} : { reference }),
    ...(paths === undefined ? {} : { paths }),
    ...(baseUrl === undefined ? {} : { baseUrl }),
  };
}

/**
 * Draws the data last read, normalized (now, unless `normalized` is given),
 * as a new chart (`made` when given, a figure `timeline()` made of it) or an
 * update of the one drawn. Returns the normalized timeline, or null when
 * nothing was drawn.
 */
function draw(h: Host, normalized?: NormalizeResult, made?: TimelineElement): Timeline | null {
  const loaded = h.input;
  if (!loaded) return null;
  const options = chartOptions(h);
  let diagnostics = loaded.diagnostics;
  try {
    // The element normalizes, not the chart, so that it can show the
    // import's and normalize's warnings with the chart's errors.
    normalized ??= normalize(loaded.input, normalizeOptions(h, loaded));
    diagnostics = [...diagnostics, ...normalized.diagnostics];
    if (h.chart) h.chart.update(normalized.timeline, options);
    else mount(h, made ?? timeline(normalized.timeline, options));
    showNotes(h, diagnostics, normalized.timeline.events.length > 0);
  } catch (error) {
    showError(h, error instanceof Error ? error.message : String(error), diagnostics);
    return null;
  }
  replay(h);
  return normalized.timeline;
}

/**
 * The first draw, in steps with the page's turn between them: normalize
 * (itself in slices, see normalizeAsync), make the chart, lay it out at the
 * element's width, draw it and put it in place of what the page showed
 * meanwhile (the chart's list follows in a task of its own). Doing all of
 * it at once made the longest task of a page of timelines.
 */
async function drawInSteps(h: Host): Promise<void> {
  const loaded = h.input;
  // Meanwhile the page may have printed (drawn then), changed the data (a turn of its own follows) or removed the element.
  const current = () => !h.chart && h.input === loaded && h.element.isConnected;
  if (!loaded) return;
  let normalized: NormalizeResult | undefined, made: TimelineElement | undefined;
  try {
    normalized = await normalizeAsync(loaded.input, normalizeOptions(h, loaded));
    await nextTask();
    if (!current()) return;
    made = timeline(normalized.timeline, chartOptions(h));
    await nextTask();
    if (!current()) return made.destroy();
    layOutAt(made, h.element);
    await nextTask();
  } catch {
    // What normalize or the chart refused: `draw` tries again, and shows why.
  }
  if (!current()) return made?.destroy();
  if (made) drawNow(made);
  draw(h, normalized, made);
}

/** Makes the handle calls that waited for the chart, in order; one that throws is reported and the rest still run. */
function replay(h: Host): void {
  const chart = h.chart;
  for (const call of chart ? h.calls.splice(0) : []) {
    try {
      call(chart!);
    } catch (error) {
      // As an exception in an event listener is: reported, without stopping the page.
      h.element.ownerDocument.defaultView?.reportError?.(error);
    }
  }
}

/**
 * Draws a chart still waiting for the viewport or its turn, before the
 * page prints: laid out now, at the element's width (no frame comes
 * before the printout), with its list open as printed charts have it.
 * Data still loading cannot make it; the server-rendered copy, if any,
 * prints instead.
 */
function drawForPrint(h: Host): void {
  if (h.chart || !h.input || !h.element.isConnected) return;
  h.near = true;
  const drawn = draw(h);
  const chart = h.chart as TimelineElement | null;
  if (!chart || !drawn) return;
  // A new chart lays itself out at the next frame, at its width in the
  // page; `update` with the same timeline does it now, list included.
  chart.update(drawn);
  const list = chart.querySelector<HTMLDetailsElement>("details.citeline-listview");
  if (list) list.open = true;
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

import { JSDOM } from "jsdom";
import type { Timeline, TimelineInput } from "./data/types.js";
import type { TimelineOptions } from "./options.js";
import { stylesheet } from "./render/styles.js";
import { timeline } from "./timeline.js";

/** Options of {@link renderToString}: the timeline's options, minus what only a live page has. */
export interface RenderToStringOptions extends Omit<TimelineOptions, "document" | "interactive" | "injectStyles"> {
  /**
   * Append the input as `<script type="application/json">` so a `<cite-line>`
   * around the output can become interactive when its script loads. Default true.
   */
  includeData?: boolean;
}

let shared: JSDOM | null = null;

// One jsdom window is reused: creating a window costs more than a render.
function sharedDocument(): Document {
  shared ??= new JSDOM("<!doctype html><html><head></head><body></body></html>");
  return shared.window.document;
}

/**
 * Renders a timeline to static HTML: the chart as SVG, the list view with
 * every event, date and citation, and (by default) the data for hydration.
 * Readable with JavaScript disabled; contains no script that runs.
 *
 * @example
 * ```ts
 * import { renderToString } from "citeline/server";
 * const html = renderToString(data, { width: 960 });
 * // <cite-line>${html}</cite-line> in your page
 * ```
 */
export function renderToString(input: TimelineInput | Timeline, options: RenderToStringOptions = {}): string {
  const { includeData = true, ...rest } = options;
  const document = sharedDocument();
  const figure = timeline(input, { width: 960, ...rest, document, interactive: false, injectStyles: false });
  const html = figure.outerHTML;
  figure.remove();
  return includeData ? html + dataScript(input) : html;
}

/**
 * The input as an inert JSON data block. `<` is escaped so no string in the
 * data can close the script element or open a comment.
 */
export function dataScript(input: unknown): string {
  const json = JSON.stringify(input).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  return `<script type="application/json">${json}</script>`;
}

/**
 * Renders the chart alone as a standalone SVG document with its styles
 * embedded (for `citeline render data.json -o out.svg`).
 */
export function renderToSVG(input: TimelineInput | Timeline, options: RenderToStringOptions = {}): string {
  const document = sharedDocument();
  const figure = timeline(input, { width: 960, ...options, document, interactive: false, injectStyles: false });
  const svg = figure.querySelector("svg");
  figure.remove();
  if (!svg) throw new Error("the timeline drew no SVG (empty or invalid input?)");
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const style = document.createElementNS("http://www.w3.org/2000/svg", "style");
  style.textContent = stylesheet;
  svg.insertBefore(style, svg.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.outerHTML}\n`;
}

/** Escapes text for an HTML text node or attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

import { createRequire } from "node:module";
import type { Timeline, TimelineInput } from "./data/types.js";
import type { TimelineOptions } from "./options.js";
import { stylesheet } from "./render/styles.js";
import { timeline } from "./timeline.js";

/** Options of {@link renderToString}: the timeline's options, minus what only a live page has. */
export interface RenderToStringOptions extends Omit<TimelineOptions, "interactive" | "injectStyles"> {
  /**
   * Append the input as `<script type="application/json">` so a `<cite-line>`
   * around the output can become interactive when its script loads. Default true.
   */
  includeData?: boolean;
  /**
   * A document to draw in, such as `new JSDOM().window.document` of your own.
   * Default: one jsdom document that citeline creates and reuses, which
   * needs the `jsdom` package installed beside citeline.
   */
  document?: Document;
}

/** The part of jsdom citeline uses. */
interface JsdomModule {
  JSDOM: new (html: string) => { window: { document: Document } };
}

let shared: Document | null = null;

// jsdom is an optional peer dependency: browser apps never install its 40
// packages, and only a render without the caller's own document loads it,
// at the first call (so `citeline validate` and plain imports never do).
// One window is reused: creating a window costs more than a render.
function sharedDocument(): Document {
  if (shared) return shared;
  let jsdom: JsdomModule;
  try {
    jsdom = createRequire(import.meta.url)("jsdom") as JsdomModule;
  } catch (error) {
    if ((error as { code?: unknown }).code !== "MODULE_NOT_FOUND") throw error;
    throw new Error(
      "citeline/server renders in jsdom, which is not installed: run `npm install jsdom` " +
        "(or pass your own `document` in the options)",
      { cause: error },
    );
  }
  shared = new jsdom.JSDOM("<!doctype html><html><head></head><body></body></html>").window.document;
  return shared;
}

/**
 * Renders a timeline to static HTML: the chart as SVG, the list view with
 * every event, date and citation, and (by default) the data for hydration.
 * Readable with JavaScript disabled; contains no script that runs. The
 * chart keeps the width it was drawn at, so its text keeps its size (11 px
 * and up): in a narrower figure it scrolls sideways, and where the figure
 * is narrower than 560 px citeline's stylesheet hides it and shows the list
 * alone, in one column, with the sources' key only (a CSS container query,
 * as the live chart's narrow layout).
 *
 * @example
 * ```ts
 * import { renderToString } from "citeline/server";
 * const html = renderToString(data, { width: 960 });
 * // <cite-line>${html}</cite-line> in your page
 * ```
 */
export function renderToString(input: TimelineInput | Timeline, options: RenderToStringOptions = {}): string {
  const { includeData = true, document = sharedDocument(), ...rest } = options;
  const figure = timeline(input, { width: 960, ...rest, document, interactive: false, injectStyles: false });
  // Static: the stylesheet never shrinks the SVG's text; in a container too
  // narrow for the chart (a phone) it shows the list alone, whose text reflows.
  figure.classList.add("citeline--static");
  // Where the chart scrolls sideways (see above), a keyboard can scroll it too.
  figure.querySelector(".citeline-stage")?.setAttribute("tabindex", "0");
  const html = figure.outerHTML;
  figure.remove();
  return includeData ? html + dataScript(input) : html;
}

/**
 * The input as an inert JSON data block. `<` is escaped so no string in the
 * data can close the script element or open a comment.
 */
export function dataScript(input: unknown): string {
  const json = JSON.stringify(input)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return `<script type="application/json">${json}</script>`;
}

/**
 * Renders the chart alone as a standalone SVG document with its styles
 * embedded (for `citeline render data.json -o out.svg`).
 */
export function renderToSVG(input: TimelineInput | Timeline, options: RenderToStringOptions = {}): string {
  const { includeData: _, document = sharedDocument(), ...rest } = options;
  const figure = timeline(input, { width: 960, ...rest, document, interactive: false, injectStyles: false });
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

/**
 * Small DOM helpers that take the document explicitly (jsdom, SSR) and only
 * ever set data as text or attributes, never as markup.
 */
import { stylesheet } from "./styles.js";

export const SVG_NS = "http://www.w3.org/2000/svg";

/** Creates an HTML element with a class and, optionally, text content. */
export function html<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Creates an SVG element with attributes. */
export function svg<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

const adopted = new WeakMap<Document, CSSStyleSheet>();

/**
 * Gives the document the stylesheet once. Where the browser has constructed
 * stylesheets, it is one adopted by the document: not an inline `<style>`,
 * so a page whose CSP allows only `style-src 'self'` needs no CSS file.
 * Elsewhere (jsdom, older browsers) it is a `<style data-citeline>` in the head.
 */
export function injectStyles(doc: Document): void {
  const view = doc.defaultView;
  if (view && "adoptedStyleSheets" in doc && typeof view.CSSStyleSheet === "function") {
    let sheet = adopted.get(doc);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(stylesheet);
      adopted.set(doc, sheet);
    }
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return;
  }
  if (!doc.head || doc.head.querySelector("style[data-citeline]")) return;
  const style = doc.createElement("style");
  style.setAttribute("data-citeline", "");
  style.textContent = stylesheet;
  doc.head.appendChild(style);
}

/**
 * Sets an attribute only when its value changes. A pan moves every mark but
 * leaves spans, stems and hairlines as they were; writing those again would
 * still make the browser restyle them.
 */
export function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Rounds a pixel value to a tenth, which keeps attributes short and golden files stable. */
export function px(v: number): number {
  return Math.round(v * 10) / 10;
}

/**
 * Clips the plot layers to the box (x, y, w, h) of the chart's coordinates:
 * a viewport whose viewBox is its own box draws its content where it was
 * and nothing outside.
 *
 * @example
 * ```ts
 * setPlot(nodes.plot, 70, 32, 1000, 400);
 * ```
 */
export function setPlot(plot: SVGSVGElement, x: number, y: number, w: number, h: number): void {
  const width = Math.max(0, w),
    height = Math.max(0, h);
  for (const [k, v] of Object.entries({ x, y, width, height })) plot.setAttribute(k, String(v));
  plot.setAttribute("viewBox", `${x} ${y} ${width} ${height}`);
}

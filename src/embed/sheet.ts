/**
 * The shadow root's styles: the element's own states (error box, notes)
 * beside the timeline's stylesheet, one constructable sheet per document.
 */
import { stylesheet } from "../render/styles.js";

// The element's own states (errors), beside the timeline's stylesheet.
const elementCss = `:host{display:block}
.citeline-pending{min-height:540px}
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
export function adoptStyles(root: ShadowRoot): void {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
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

/**
 * The visible diagnostics block: an input with errors shows what is wrong,
 * path by path, instead of a blank box.
 */
import type { Diagnostic } from "../data/types.js";
import type { TimelineLabels } from "./labels.js";
import { html } from "./dom.js";

/**
 * A `role="alert"` block listing the errors (`path: message`), or null
 * when there are none. Warnings stay out of the reader's way.
 *
 * @example
 * ```ts
 * const block = renderDiagnostics(document, diagnostics, defaultLabels);
 * ```
 */
export function renderDiagnostics(doc: Document, diagnostics: readonly Diagnostic[], labels: Pick<TimelineLabels, "errors" | "more">): HTMLElement | null {
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (!errors.length) return null;
  const block = html(doc, "div", "citeline-diagnostics");
  block.setAttribute("role", "alert");
  block.appendChild(html(doc, "p", undefined, labels.errors));
  const list = html(doc, "ul");
  for (const d of errors.slice(0, 50)) {
    const li = html(doc, "li");
    li.appendChild(html(doc, "code", undefined, d.path || "input"));
    li.appendChild(doc.createTextNode(`: ${d.message}`));
    list.appendChild(li);
  }
  if (errors.length > 50) list.appendChild(html(doc, "li", undefined, labels.more(errors.length - 50)));
  block.appendChild(list);
  return block;
}

/**
 * The visible diagnostics block: an input with errors shows what is wrong,
 * path by path, instead of a blank box.
 */
import type { Diagnostic } from "../data/types.js";
import type { TimelineLabels } from "./labels.js";
import { html } from "./dom.js";

/**
 * A `role="alert"` block listing the errors (`path: message`), or null
 * when there are none. Warnings stay out of the reader's way. `drawn`
 * says whether any event made it onto the chart: a chart that shows its
 * events must not call itself undrawable, only say what was left out.
 *
 * @example
 * ```ts
 * const block = renderDiagnostics(document, diagnostics, defaultLabels, true);
 * ```
 */
export function renderDiagnostics(
  doc: Document,
  diagnostics: readonly Diagnostic[],
  labels: Pick<TimelineLabels, "errors" | "errorsLeftOut" | "more">,
  drawn = false,
): HTMLElement | null {
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (!errors.length) return null;
  const block = html(doc, "div", "citeline-diagnostics");
  block.setAttribute("role", "alert");
  block.appendChild(html(doc, "p", undefined, drawn ? labels.errorsLeftOut : labels.errors));
  block.appendChild(listOf(doc, errors, labels));
  return block;
}

/**
 * A collapsed `<details>` box listing the warnings (what an importer or
 * normalize could not map, kept out of the reader's way until opened), or
 * null when there are none.
 *
 * @example
 * ```ts
 * const box = renderWarnings(document, [...imported.diagnostics, ...normalized.diagnostics], defaultLabels);
 * ```
 */
export function renderWarnings(
  doc: Document,
  diagnostics: readonly Diagnostic[],
  labels: Pick<TimelineLabels, "warnings" | "more">,
): HTMLElement | null {
  const warnings = diagnostics.filter((d) => d.severity === "warning");
  if (!warnings.length) return null;
  const box = html(doc, "details", "citeline-warnings");
  box.appendChild(html(doc, "summary", undefined, labels.warnings(warnings.length)));
  box.appendChild(listOf(doc, warnings, labels));
  return box;
}

// At most 50 rows: past that a list stops being read, and the count says the rest.
function listOf(doc: Document, diagnostics: readonly Diagnostic[], labels: Pick<TimelineLabels, "more">): HTMLElement {
  const list = html(doc, "ul");
  for (const d of diagnostics.slice(0, 50)) {
    const li = html(doc, "li");
    li.appendChild(html(doc, "code", undefined, d.path || "input"));
    li.appendChild(doc.createTextNode(`: ${d.message}`));
    list.appendChild(li);
  }
  if (diagnostics.length > 50) list.appendChild(html(doc, "li", undefined, labels.more(diagnostics.length - 50)));
  return list;
}

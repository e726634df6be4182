import type { Diagnostic } from "../types.js";

/**
 * Collects the diagnostics of one import. Fields citeline does not draw
 * (a slide background, a thumbnail) are reported once per field name, not
 * once per slide, so a long document does not drown its real problems.
 */
export class Report {
  readonly diagnostics: Diagnostic[] = [];
  readonly #unsupported = new Set<string>();

  add(severity: Diagnostic["severity"], code: string, path: string, message: string): void {
    this.diagnostics.push({ severity, code, path, message });
  }

  /** Warns once per `name` that a field is not imported; `path` is its first occurrence. */
  unsupported(path: string, name: string): void {
    if (this.#unsupported.has(name)) return;
    this.#unsupported.add(name);
    this.add("warning", "unsupported-field", path, `${name} is not drawn by citeline; it is kept in extra.timelinejs for export (reported once)`);
  }
}

/** A path segment for a key: `.key` when it reads as a name, else `["key"]`. */
export function member(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/** A short, JSON-quoted sample of an untrusted value for a message. */
export { show as shown } from "../diagnostics.js";

/** Joins a base path and a dotted field ("start_date.month") into a path. */
export function joinPath(base: string, field?: string): string {
  if (field === undefined) return base;
  const tail = field.split(".").map(member).join("");
  return base === "" ? tail.replace(/^\./, "") : `${base}${tail}`;
}

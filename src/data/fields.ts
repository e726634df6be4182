// Small coercion helpers for loose input (in the manner of Plot's maybe*):
// each returns the exact value or undefined, and reports what it rejected.
import { diagnostic, show } from "./diagnostics.js";
import type { Diagnostic } from "./types.js";

export type Sink = Diagnostic[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A trimmed non-empty string, or undefined (with a warning when the value was of another type). */
export function maybeText(value: unknown, path: string, sink: Sink): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") {
    sink.push(diagnostic("invalid-field", path, `expected text, got ${show(value)}`));
    return undefined;
  }
  const text = value.trim();
  return text === "" ? undefined : text;
}

/** A list of distinct trimmed strings; a lone string counts as a list of one. */
export function maybeTextList(value: unknown, path: string, sink: Sink): string[] {
  if (value === undefined || value === null) return [];
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list)) {
    sink.push(diagnostic("invalid-field", path, `expected a list of text, got ${show(value)}`));
    return [];
  }
  const out: string[] = [];
  list.forEach((item, i) => {
    const text = maybeText(item, `${path}[${i}]`, sink);
    if (text !== undefined && !out.includes(text)) out.push(text);
  });
  return out;
}

/** Warns once per key of `record` that is not in `known`. */
export function checkKeys(record: Record<string, unknown>, known: ReadonlySet<string>, path: string, sink: Sink): void {
  for (const key in record) {
    // The set first: it is the cheaper test, and inherited keys are rare.
    if (!known.has(key) && Object.hasOwn(record, key)) sink.push(diagnostic("unknown-field", path ? `${path}.${key}` : key, `unknown field ${show(key)} is ignored`));
  }
}

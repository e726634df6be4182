// Small coercion helpers for loose input (in the manner of Plot's maybe*):
// each returns the exact value or undefined, and reports what it rejected.
import { diagnostic, show } from "./diagnostics.js";
import type { Diagnostic } from "./types.js";

export type Sink = Diagnostic[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `key` under `path` ("events[3]" and "title" make "events[3].title"); built only for messages. */
export function pathTo(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/**
 * `record[key]` as a trimmed non-empty string, or undefined (with a warning
 * naming `path.key` when it was of another type). The path is put together
 * only for that warning: normalize reads a dozen fields per event.
 */
export function maybeText(record: Record<string, unknown>, key: string, path: string, sink: Sink): string | undefined {
  return textAt(record[key], path, key, sink);
}

function textAt(value: unknown, path: string, key: string | number, sink: Sink): string | undefined {
  if (typeof value === "string") {
    const text = value.trim();
    return text === "" ? undefined : text;
  }
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  sink.push(diagnostic("invalid-field", pathTo(path, key), `expected text, got ${show(value)}`));
  return undefined;
}

/** `record[key]` as a list of distinct trimmed strings; a lone string counts as a list of one. */
export function maybeTextList(record: Record<string, unknown>, key: string, path: string, sink: Sink): string[] {
  const value = record[key];
  if (value === undefined || value === null) return [];
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list)) {
    sink.push(diagnostic("invalid-field", pathTo(path, key), `expected a list of text, got ${show(value)}`));
    return [];
  }
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    const text = typeof item === "string" ? item.trim() || undefined : textAt(item, pathTo(path, key), i, sink);
    if (text !== undefined && !out.includes(text)) out.push(text);
  }
  return out;
}

/** Warns once per key of `record` that is not in `known`. */
export function checkKeys(record: Record<string, unknown>, known: ReadonlySet<string>, path: string, sink: Sink): void {
  for (const key in record) {
    // The set first: it is the cheaper test, and inherited keys are rare.
    if (!known.has(key) && Object.hasOwn(record, key)) sink.push(diagnostic("unknown-field", pathTo(path, key), `unknown field ${show(key)} is ignored`));
  }
}

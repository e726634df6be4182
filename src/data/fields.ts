// Small coercion helpers for loose input (in the manner of Plot's maybe*):
// each returns the exact value or undefined, and reports what it rejected.
import { diagnostic, show } from "./diagnostics.js";
import type { Diagnostic } from "./types.js";

export type Sink = Diagnostic[];

/**
 * Where a value sits in the input ("events[3]"), or a function that says
 * so: normalize reads a dozen fields of each of 100,000 events, and the
 * path is needed only for a message.
 */
export type Path = string | (() => string);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `key` under `path` ("events[3]" and "title" make "events[3].title"); built only for messages. */
export function pathTo(path: Path, key: string | number): string {
  const at = typeof path === "string" ? path : path();
  return typeof key === "number" ? `${at}[${key}]` : at ? `${at}.${key}` : key;
}

/**
 * `record[key]` as a trimmed non-empty string, or undefined (with a warning
 * naming `path.key` when it was of another type). The path is put together
 * only for that warning: normalize reads a dozen fields per event.
 */
export function maybeText(record: Record<string, unknown>, key: string, path: Path, sink: Sink): string | undefined {
  return textAt(record[key], path, key, sink);
}

function textAt(value: unknown, path: Path, key: string | number, sink: Sink): string | undefined {
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
export function maybeTextList(record: Record<string, unknown>, key: string, path: Path, sink: Sink): string[] {
  const value = record[key];
  if (value === undefined || value === null) return [];
  if (typeof value === "string") {
    const text = value.trim();
    return text ? [text] : [];
  }
  if (!Array.isArray(value)) {
    sink.push(diagnostic("invalid-field", pathTo(path, key), `expected a list of text, got ${show(value)}`));
    return [];
  }
  // Sized once: a pushed-to empty array reserves room for 17, and these
  // lists end in the output, one or two per event.
  const n = value.length;
  const out = new Array<string>(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const item: unknown = value[i];
    const text = typeof item === "string" ? item.trim() || undefined : textAt(item, pathTo(path, key), i, sink);
    if (text !== undefined && !out.includes(text)) out[kept++] = text;
  }
  if (kept < n) out.length = kept;
  return out;
}

/** Warns once per key of `record` that is not in `known`. */
export function checkKeys(record: Record<string, unknown>, known: ReadonlySet<string>, path: Path, sink: Sink): void {
  for (const key in record) {
    // The set first: it is the cheaper test, and inherited keys are rare.
    if (!known.has(key) && Object.hasOwn(record, key)) sink.push(diagnostic("unknown-field", pathTo(path, key), `unknown field ${show(key)} is ignored`));
  }
}

import { importers, type Importers } from "./importers.js";
import type { Diagnostic, TimelineInput } from "../data/types.js";
import type { SourcePaths } from "../data/paths.js";

/** Data a `<cite-line>` can draw, with what the importers had to say about it. */
export interface Loaded {
  input: TimelineInput;
  diagnostics: Diagnostic[];
  /** Where an importer found each event, for normalize's diagnostic paths. */
  paths?: SourcePaths;
  /** The URL the data came from: its relative media and links resolve against it. */
  baseUrl?: string;
}

/** A loading failure to show to the reader, with the reason in plain words. */
export class LoadError extends Error {
  override name = "LoadError";
}

/** Data as it came: citeline input as is, or a TimelineJS document or CSV text for an importer. */
type Data =
  { kind: "citeline"; input: TimelineInput } | { kind: "timelinejs"; doc: unknown } | { kind: "csv"; text: string };

function classify(value: unknown, hint: "json" | "csv"): Data {
  if (typeof value === "string") {
    if (hint === "csv") return { kind: "csv", text: value };
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      const start = value.trimStart().slice(0, 1);
      throw new LoadError(start === "<" ? "expected JSON but got an HTML page" : "the data is not valid JSON");
    }
    return classify(parsed, "json");
  }
  return looksLikeTimelineJS(value)
    ? { kind: "timelinejs", doc: value }
    : { kind: "citeline", input: value as TimelineInput };
}

function convert(data: Data, im: Importers): Loaded {
  if (data.kind === "csv") return im.fromCSV(data.text);
  if (data.kind === "timelinejs") return im.fromTimelineJS(data.doc);
  return { input: data.input, diagnostics: [] };
}

/**
 * Accepts citeline input, TimelineJS JSON (recognized by its `start_date`
 * objects or a `title` slide) or CSV text, and returns citeline input,
 * converted with the importers given.
 *
 * @example
 * const { input } = fromAnything(text, "csv", { fromTimelineJS, fromCSV });
 */
export function fromAnything(value: unknown, hint: "json" | "csv", im: Importers): Loaded {
  return convert(classify(value, hint), im);
}

/**
 * Like {@link fromAnything}, with the importers fetched only when the data
 * is not citeline input (in the script tag's build, from a second script
 * loaded into `doc`).
 *
 * @example
 * const { input } = await readAnything(script.textContent, "json", document);
 */
export async function readAnything(value: unknown, hint: "json" | "csv", doc?: Document): Promise<Loaded> {
  const data = classify(value, hint);
  if (data.kind === "citeline") return { input: data.input, diagnostics: [] };
  return convert(data, await importers(doc));
}

function looksLikeTimelineJS(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { events?: unknown; title?: unknown };
  if (Array.isArray(v.events) && v.events.some((e) => typeof e === "object" && e !== null && "start_date" in e))
    return true;
  return typeof v.title === "object" && v.title !== null && "text" in v.title;
}

/**
 * Fetches `src` (JSON, TimelineJS JSON or CSV) with a time limit. Every
 * failure becomes a LoadError whose message says what went wrong.
 */
export async function loadSource(
  src: string,
  base: string,
  signal: AbortSignal,
  timeoutMs = 15_000,
  doc?: Document,
): Promise<Loaded> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    throw new LoadError(`src "${src}" is not a valid URL`);
  }
  if (url.protocol === "file:") {
    throw new LoadError(
      `browsers do not let pages opened from disk fetch "${src}"; put the data inline in a <script type="application/json"> child, or serve the page over http`,
    );
  }
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), timeoutMs);
  const onAbort = (): void => timer.abort();
  signal.addEventListener("abort", onAbort);
  let response: Response;
  try {
    response = await fetch(url, { signal: timer.signal, headers: { accept: "application/json, text/csv;q=0.9" } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LoadError(
      timer.signal.aborted
        ? `loading "${src}" timed out after ${timeoutMs / 1000} s`
        : `could not load "${src}" (network error)`,
    );
  } finally {
    clearTimeout(timeout);
    signal.removeEventListener("abort", onAbort);
  }
  if (!response.ok)
    throw new LoadError(
      `loading "${src}" failed: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
    );
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  const csv = /csv/i.test(type) || /\.csv(?:$|[?#])/i.test(url.pathname);
  try {
    return { ...(await readAnything(text, csv ? "csv" : "json", doc)), baseUrl: url.href };
  } catch (error) {
    if (error instanceof LoadError) throw new LoadError(`"${src}": ${error.message}`);
    throw error;
  }
}

import type { Diagnostic } from "./types.js";

/**
 * Every diagnostic code normalize can emit, its severity and what it means.
 * The README's table of codes is generated from this object (see
 * tests/data/diagnostics.test.ts), so the two cannot drift apart.
 *
 * An `error` means part of the input was not accepted as written (an event
 * left out, a citation dropped, a link removed); a `warning` means it was
 * accepted but deserves a look.
 */
export const diagnosticCodes = {
  "invalid-input": { severity: "error", meaning: "The input is not an object with an `events` array." },
  "invalid-event": { severity: "error", meaning: "An event is not an object; it is left out." },
  "missing-title": { severity: "error", meaning: "An event has no title (or an empty one); it is left out." },
  "invalid-date": { severity: "error", meaning: "A `start`, `end` or `published` value is not a date citeline can read." },
  "missing-date": { severity: "error", meaning: "An event has no `start`, no citation `dateText` that resolves and no `after`/`before` anchor; it is left out." },
  "end-before-start": { severity: "error", meaning: "An event's end precedes its start; the event is left out." },
  "invalid-duration": { severity: "error", meaning: "`duration` is not an ISO 8601 duration such as `PT5H`; it is ignored." },
  "duplicate-id": { severity: "error", meaning: "Two events (or two sources) share an id; the later one is left out." },
  "unknown-source": { severity: "error", meaning: "A citation names a source id that is not in `sources`; the citation is dropped." },
  "invalid-citation": { severity: "error", meaning: "A citation is neither a source id nor an object with `source`; it is dropped." },
  "unsafe-url": { severity: "warning", meaning: "A source URL is not http(s), mailto or relative; the link is removed and the source kept." },
  "invalid-media": { severity: "warning", meaning: "A media item has no URL, or one that is not http(s), relative or a `data:` png/jpeg/gif/webp image; the item is left out." },
  "invalid-era": { severity: "error", meaning: "An era is not an object, or lacks a title, a start or an end it can read; it is left out." },
  "unknown-anchor": { severity: "error", meaning: "`after`/`before` names an event id that does not exist (or a cycle); the relation is ignored." },
  "invalid-source": { severity: "error", meaning: "A source is not an object; it is left out." },
  "invalid-field": { severity: "warning", meaning: "A field has the wrong type (e.g. `tags` not a list of strings); it is ignored." },
  "unknown-field": { severity: "warning", meaning: "A field citeline does not know (often a typo such as `titel`); it is ignored." },
  "missing-source-title": { severity: "warning", meaning: "A source has no title; its publisher, host or id stands in." },
  "no-citations": { severity: "warning", meaning: "An event has no citation: nothing attests it." },
  "unparsed-date-text": { severity: "warning", meaning: "A citation's `dateText` could not be read as a date; it is kept as text." },
  "ambiguous-date": { severity: "warning", meaning: "A citation's `dateText` admits more than one date against its reference; none is guessed." },
  "weekday-mismatch": { severity: "warning", meaning: "A date's weekday disagrees with its calendar date (\"Monday (Dec 2)\" in 2025); the date is trusted." },
  "date-conflict": { severity: "warning", meaning: "Citations of one event (or a citation and `start`) resolve to different dates." },
  "relation-conflict": { severity: "warning", meaning: "An event dated `after`/`before` another lies on the wrong side of it." },
  "duplicate-event": { severity: "warning", meaning: "Two events have the same title and date; they may be one event entered twice." },
} as const satisfies Record<string, { severity: Diagnostic["severity"]; meaning: string }>;

/** A stable diagnostic code. */
export type DiagnosticCode = keyof typeof diagnosticCodes;

// The warnings' codes, apart from the table: diagnostic() reads only this, so a bundle that does not export
// diagnosticCodes (the script tag's) leaves the meanings' prose out (0.8 KiB of gzip). A test holds the two together.
const WARNINGS: ReadonlySet<DiagnosticCode> = new Set([
  "unsafe-url", "invalid-media", "invalid-field", "unknown-field", "missing-source-title", "no-citations",
  "unparsed-date-text", "ambiguous-date", "weekday-mismatch", "date-conflict", "relation-conflict", "duplicate-event",
]);

/** Builds a diagnostic with its code's severity (as in diagnosticCodes). */
export function diagnostic(code: DiagnosticCode, path: string, message: string): Diagnostic {
  return { severity: WARNINGS.has(code) ? "warning" : "error", code, path, message };
}

/**
 * Thrown by `normalize(input, { strict: true })` when the input has errors;
 * lists every error, not just the first.
 *
 * @example
 * ```ts
 * try { normalize(input, { strict: true }); }
 * catch (e) { if (e instanceof CitelineError) console.log(e.diagnostics); }
 * ```
 */
export class CitelineError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    super(`${errors.length} error${errors.length === 1 ? "" : "s"} in timeline input:\n${errors.map(formatDiagnostic).join("\n")}`);
    this.name = "CitelineError";
    this.diagnostics = diagnostics;
  }
}

/** One line per diagnostic, as the CLI prints it: `path: code: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.path}: ${d.code}: ${d.message}`;
}

/** Shows a value inside a message without letting a huge or odd value flood it. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "string" ? JSON.stringify(value) : value instanceof Date ? `Date(${String(value.getTime())})` : typeof value === "bigint" ? `${value}n` : JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * citeline's own CSV columns: one row per citation, rows of one event
 * grouped by `id` (or by title and start when there is no id).
 */
import type { CitationInput, EventInput, GroupInput, SourceInput, TimelineInput } from "../types.js";
import type { SourcePaths } from "../paths.js";
import { member, type Report } from "./report.js";
import type { Row, Table } from "./table.js";
import { safeUrl } from "../url.js";

/** Lower-case column keys of citeline's layout. */
export const CITELINE_COLUMNS = [
  "id", "title", "summary", "start", "end", "group", "tags", "people", "place",
  "source", "source_title", "source_url", "source_publisher", "source_published",
  "quote", "speaker", "date_text",
] as const;

const EVENT_FIELDS = [["title", "title"], ["summary", "summary"], ["start", "start"], ["end", "end"], ["group", "group"], ["place", "place"]] as const;
const SOURCE_FIELDS = [["source_title", "title"], ["source_url", "url"], ["source_publisher", "publisher"], ["source_published", "published"]] as const;

function list(cell: string): string[] {
  return cell.split(";").map((item) => item.trim()).filter((item) => item !== "");
}

function slug(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "") || "source";
}

function allowedUrl(raw: string): string | undefined {
  return safeUrl(raw) ?? undefined;
}

/** Input fields of an event and of a citation, and the column each is read from. */
const EVENT_COLUMNS: Record<string, string> = { id: "id", title: "title", summary: "summary", start: "start", end: "end", group: "group", tags: "tags", people: "people", place: "place" };
const CITATION_COLUMNS: Record<string, string> = { source: "source", quote: "quote", speaker: "speaker", dateText: "date_text" };

/** What the rows read so far have built, keyed so later rows find their event and source. */
interface Built {
  events: EventInput[];
  /** Index in `events` by id, or by title and start. */
  byKey: Map<string, number>;
  /** The row that began each event, and the row of each of its citations. */
  eventRows: string[];
  citationRows: string[][];
  sources: Map<string, SourceInput>;
  sourceByContent: Map<string, string>;
  groups: Map<string, GroupInput>;
}

/**
 * Imports rows in citeline's own layout. The paths name each event by the
 * row that began it (a field first filled on a later row is still named
 * there) and each citation by its own row.
 */
export function importCiteline(table: Table, report: Report): { input: TimelineInput; paths: SourcePaths } {
  const built: Built = { events: [], byKey: new Map(), eventRows: [], citationRows: [], sources: new Map(), sourceByContent: new Map(), groups: new Map() };
  for (const row of table.rows) {
    const i = eventOf(row, built, report);
    const event = built.events[i]!;
    mergeEventFields(event, row, built.groups, report);
    const citation = citationOf(row, sourceOf(row, built, report), report);
    if (citation === undefined) continue;
    event.citations = [...(event.citations ?? []), citation];
    built.citationRows[i]!.push(row.path());
  }
  const input: TimelineInput = { events: built.events };
  if (built.groups.size > 0) input.groups = [...built.groups.values()];
  if (built.sources.size > 0) input.sources = [...built.sources.values()];
  const paths: SourcePaths = {
    events: built.eventRows,
    fields: spelled(table, EVENT_COLUMNS),
    citations: built.citationRows,
    citationFields: spelled(table, CITATION_COLUMNS),
  };
  return { input, paths };
}

/** Each field's column as the file spells it (`.Start`, `["Date Text"]`), for the columns the file has. */
function spelled(table: Table, columns: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, key] of Object.entries(columns)) {
    const column = table.columns.find((c) => c.key === key);
    if (column !== undefined) out[field] = member(column.name);
  }
  return out;
}

function conflict(report: Report, row: Row, column: string, kept: unknown): void {
  // Cells are strings, but an input field may hold a When object: show either as the author would write it.
  const shown = JSON.stringify(kept);
  const what = column.startsWith("source") ? "source" : "event";
  report.add("warning", "conflicting-value", row.path(column), `differs from an earlier row of the same ${what} (${shown}); the first value is kept`);
}

/** The index of the row's event: the one an earlier row of the same id (or title and start) began, or a new one. */
function eventOf(row: Row, built: Built, report: Report): number {
  const id = row.get("id");
  const title = row.get("title");
  const key = id !== "" ? `id\u0000${id}` : title !== "" ? `t\u0000${title}\u0000${row.get("start")}` : `row\u0000${row.n}`;
  let i = built.byKey.get(key);
  if (i === undefined) {
    i = built.events.length;
    built.byKey.set(key, i);
    built.events.push(id === "" ? {} : { id });
    built.eventRows.push(row.path());
    built.citationRows.push([]);
    if (title === "") report.add("error", "missing-title", row.path("title"), "the event has no title; it is imported without one, which normalize will reject until one is added");
  }
  return i;
}

/** Fills the event's fields from the row: the first row's value wins, a differing later one is reported. */
function mergeEventFields(event: EventInput, row: Row, groups: Map<string, GroupInput>, report: Report): void {
  for (const [column, field] of EVENT_FIELDS) {
    const value = row.get(column);
    if (value === "") continue;
    const kept = event[field];
    if (kept === undefined) event[field] = value;
    else if (kept !== value) conflict(report, row, column, kept);
  }
  if (event.group !== undefined && !groups.has(event.group)) groups.set(event.group, { id: event.group, label: event.group });
  for (const field of ["tags", "people"] as const) {
    const items = list(row.get(field));
    if (items.length > 0) event[field] = [...new Set([...(event[field] ?? []), ...items])];
  }
}

/** The row's citation, or undefined when the row cites nothing (no source, quote, speaker or date text). */
function citationOf(row: Row, source: string | undefined, report: Report): Exclude<CitationInput, string> | undefined {
  const citation: Exclude<CitationInput, string> = source === undefined ? {} : { source };
  const quote = row.get("quote");
  const speaker = row.get("speaker");
  const dateText = row.get("date_text");
  if (quote !== "") citation.quote = quote;
  if (speaker !== "") citation.speaker = speaker;
  if (dateText !== "") citation.dateText = dateText;
  if (Object.keys(citation).length === 0) return undefined;
  if (source === undefined) {
    report.add("warning", "missing-source", row.path(), "the row quotes or dates the event but names no source; normalize will drop the citation unless one is added");
  }
  return citation;
}

/** The id of the row's source, added to (or merged into) `built.sources`; undefined when the row names none. */
function sourceOf(row: Row, built: Built, report: Report): string | undefined {
  const fields: Partial<Record<"title" | "url" | "publisher" | "published", string>> = {};
  for (const [column, field] of SOURCE_FIELDS) {
    const value = row.get(column);
    if (value === "") continue;
    if (field === "url") {
      const url = allowedUrl(value);
      if (url === undefined) {
        report.add("warning", "unsafe-url", row.path(column), "only http(s), mailto and relative URLs are kept; the source is imported without it");
        continue;
      }
      fields.url = url;
    } else {
      fields[field] = value;
    }
  }
  let id = row.get("source");
  if (id === "") {
    if (fields.title === undefined && fields.url === undefined) {
      if (Object.keys(fields).length > 0) report.add("warning", "missing-source", row.path(), "source columns without a source id, title or url are not imported");
      return undefined;
    }
    // Without an id, sources are the same when title and url agree.
    const content = `${fields.title ?? ""}\u0000${fields.url ?? ""}`;
    const existing = built.sourceByContent.get(content);
    if (existing !== undefined) return existing;
    const base = `source-${slug(fields.title ?? fields.url ?? "")}`;
    id = base;
    for (let n = 2; built.sources.has(id); n++) id = `${base}-${n}`;
    built.sourceByContent.set(content, id);
  }
  const kept = built.sources.get(id);
  if (kept === undefined) {
    built.sources.set(id, { id, ...fields });
    return id;
  }
  for (const [column, field] of SOURCE_FIELDS) {
    const value = fields[field];
    const before = kept[field];
    if (value === undefined) continue;
    if (before === undefined) kept[field] = value;
    else if (before !== value) conflict(report, row, column, before);
  }
  return id;
}

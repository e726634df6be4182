/**
 * citeline's own CSV columns: one row per citation, rows of one event
 * grouped by `id` (or by title and start when there is no id).
 */
import type { CitationInput, EventInput, GroupInput, SourceInput, TimelineInput } from "../types.js";
import type { Report } from "./report.js";
import type { Row } from "./table.js";
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

/** Imports rows in citeline's own layout. */
export function importCiteline(rows: Row[], report: Report): TimelineInput {
  const events: EventInput[] = [];
  const byKey = new Map<string, EventInput>();
  const sources = new Map<string, SourceInput>();
  const sourceByKey = new Map<string, string>();
  const groups = new Map<string, GroupInput>();

  const conflict = (row: Row, key: string, kept: string): void => {
    report.add("warning", "conflicting-value", row.path(key), `differs from an earlier row of the same ${key.startsWith("source") ? "source" : "event"} (${JSON.stringify(kept)}); the first value is kept`);
  };

  for (const row of rows) {
    const id = row.get("id");
    const title = row.get("title");
    const key = id !== "" ? `id\u0000${id}` : title !== "" ? `t\u0000${title}\u0000${row.get("start")}` : `row\u0000${row.n}`;
    let event = byKey.get(key);
    if (event === undefined) {
      event = id === "" ? {} : { id };
      byKey.set(key, event);
      events.push(event);
      if (title === "") report.add("error", "missing-title", row.path("title"), "the event has no title; it is imported without one, which normalize will reject until one is added");
    }
    for (const [column, field] of EVENT_FIELDS) {
      const value = row.get(column);
      if (value === "") continue;
      const kept = event[field];
      if (kept === undefined) event[field] = value;
      else if (kept !== value) conflict(row, column, String(kept));
    }
    if (event.group !== undefined && !groups.has(event.group)) groups.set(event.group, { id: event.group, label: event.group });
    for (const field of ["tags", "people"] as const) {
      const items = list(row.get(field));
      if (items.length > 0) event[field] = [...new Set([...(event[field] ?? []), ...items])];
    }

    const source = sourceOf(row, sources, sourceByKey, report);
    const citation: Exclude<CitationInput, string> = source === undefined ? {} : { source };
    const quote = row.get("quote");
    const speaker = row.get("speaker");
    const dateText = row.get("date_text");
    if (quote !== "") citation.quote = quote;
    if (speaker !== "") citation.speaker = speaker;
    if (dateText !== "") citation.dateText = dateText;
    if (Object.keys(citation).length === 0) continue;
    if (source === undefined) {
      report.add("warning", "missing-source", row.path(), "the row quotes or dates the event but names no source; normalize will drop the citation unless one is added");
    }
    event.citations = [...(event.citations ?? []), citation];
  }

  const input: TimelineInput = { events };
  if (groups.size > 0) input.groups = [...groups.values()];
  if (sources.size > 0) input.sources = [...sources.values()];
  return input;

  function sourceOf(row: Row, known: Map<string, SourceInput>, byContent: Map<string, string>, r: Report): string | undefined {
    const fields: Partial<Record<"title" | "url" | "publisher" | "published", string>> = {};
    for (const [column, field] of SOURCE_FIELDS) {
      const value = row.get(column);
      if (value === "") continue;
      if (field === "url") {
        const url = allowedUrl(value);
        if (url === undefined) {
          r.add("warning", "unsafe-url", row.path(column), "only http(s), mailto and relative URLs are kept; the source is imported without it");
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
        if (Object.keys(fields).length > 0) r.add("warning", "missing-source", row.path(), "source columns without a source id, title or url are not imported");
        return undefined;
      }
      // Without an id, sources are the same when title and url agree.
      const content = `${fields.title ?? ""}\u0000${fields.url ?? ""}`;
      const existing = byContent.get(content);
      if (existing !== undefined) return existing;
      const base = `source-${slug(fields.title ?? fields.url ?? "")}`;
      id = base;
      for (let n = 2; known.has(id); n++) id = `${base}-${n}`;
      byContent.set(content, id);
    }
    const kept = known.get(id);
    if (kept === undefined) {
      known.set(id, { id, ...fields });
      return id;
    }
    for (const [column, field] of SOURCE_FIELDS) {
      const value = fields[field];
      const before = kept[field];
      if (value === undefined) continue;
      if (before === undefined) kept[field] = value;
      else if (before !== value) conflict(row, column, String(before));
    }
    return id;
  }
}

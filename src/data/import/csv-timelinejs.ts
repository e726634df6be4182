/**
 * The column layout of the TimelineJS Google Sheets template. Each row is
 * turned into a TimelineJS slide and given to the same mapper as the JSON
 * importer, so a sheet and its JSON export import alike.
 */
import type { SourcePaths } from "../paths.js";
import type { SourceInput, TimelineInput } from "../types.js";
import type { Report } from "./report.js";
import { SlideMapper } from "./slides.js";
import type { Row } from "./table.js";

/** Lower-case column keys of the template; "alt text" and "tag" are later and earlier spellings. */
export const SHEET_COLUMNS = [
  "year", "month", "day", "time", "end year", "end month", "end day", "end time", "display date",
  "headline", "text", "media", "media credit", "media caption", "media thumbnail", "type", "group",
  "background", "alt text", "tag",
] as const;

const FIELD_COLUMN: Record<string, string> = {
  "start_date": "year", "start_date.year": "year", "start_date.month": "month", "start_date.day": "day",
  "end_date": "end year", "end_date.year": "end year", "end_date.month": "end month", "end_date.day": "end day",
  "display_date": "display date", "text.headline": "headline", "text.text": "text",
  "media": "media", "media.url": "media", "media.credit": "media credit", "media.caption": "media caption",
  "media.thumbnail": "media thumbnail", "media.alt": "alt text", "group": "group", "background": "background",
};

function columnOf(field: string): string | undefined {
  const time = /^(start|end)_date\.(hour|minute|second|millisecond)$/.exec(field);
  if (time) return time[1] === "start" ? "time" : "end time";
  return FIELD_COLUMN[field];
}

/**
 * A time of day as spreadsheets hold it: "18:30", "6:30 PM", "1830",
 * "18:30:05.250". Returns only the parts written, or null.
 */
export function parseTime(text: string): Record<string, number> | null {
  const period = /\s*([ap])\.?\s*m\.?$/i.exec(text);
  const clock = period ? text.slice(0, period.index).trim() : text;
  const m = /^(\d{1,2})(?:[:.]?(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/.exec(clock);
  if (!m) return null;
  let hour = Number(m[1]);
  if (period) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + ((period[1] ?? "").toLowerCase() === "p" ? 12 : 0);
  }
  const parts: Record<string, number> = { hour };
  if (m[2] !== undefined) parts["minute"] = Number(m[2]);
  if (m[3] !== undefined) parts["second"] = Number(m[3]);
  if (m[4] !== undefined) parts["millisecond"] = Number(m[4].padEnd(3, "0"));
  return parts;
}

function dateOf(row: Row, prefix: "" | "end ", report: Report): Record<string, unknown> | undefined {
  const date: Record<string, unknown> = {};
  for (const part of ["year", "month", "day"]) {
    const cell = row.get(`${prefix}${part}`);
    if (cell !== "") date[part] = cell;
  }
  const time = row.get(`${prefix}time`);
  if (time !== "") {
    const parts = parseTime(time);
    if (parts === null) report.add("error", "invalid-date", row.path(`${prefix}time`),
      `invalid time: ${JSON.stringify(time)}; the date is kept without it`);
    else Object.assign(date, parts);
  }
  return Object.keys(date).length > 0 || time !== "" ? date : undefined;
}

function slideOf(row: Row, report: Report): Record<string, unknown> {
  const slide: Record<string, unknown> = {};
  const put = (target: Record<string, unknown>, key: string, column: string): void => {
    const value = row.get(column);
    if (value !== "") target[key] = value;
  };
  const start = dateOf(row, "", report);
  if (start !== undefined) slide["start_date"] = start;
  const end = dateOf(row, "end ", report);
  if (end !== undefined) slide["end_date"] = end;
  put(slide, "display_date", "display date");
  const text: Record<string, unknown> = {};
  put(text, "headline", "headline");
  put(text, "text", "text");
  if (Object.keys(text).length > 0) slide["text"] = text;
  const media: Record<string, unknown> = {};
  put(media, "url", "media");
  put(media, "credit", "media credit");
  put(media, "caption", "media caption");
  put(media, "thumbnail", "media thumbnail");
  put(media, "alt", "alt text");
  if (Object.keys(media).length > 0) slide["media"] = media;
  const group = row.get("group") || row.get("tag");
  if (group !== "") slide["group"] = group;
  put(slide, "background", "background");
  return slide;
}

/** How citeline's event fields are spelled in this sheet: its own column names (`.Year`, `["End Year"]`). */
function sheetFields(rows: Row[]): Record<string, string> {
  const row = rows[0];
  if (row === undefined) return {};
  const suffix = (key: string): string => row.path(key).slice(row.path().length);
  return {
    start: suffix("year"), end: suffix("end year"), title: suffix("headline"), summary: suffix("text"),
    media: suffix("media"), group: suffix(row.get("group") === "" && row.get("tag") !== "" ? "tag" : "group"),
  };
}

/** Imports rows in the Google Sheets template layout; events and eras are located by their row. */
export function importSheet(rows: Row[], report: Report, source: SourceInput | undefined): { input: TimelineInput; paths: SourcePaths } {
  const mapper = new SlideMapper(report, { fields: sheetFields(rows), ...(source === undefined ? {} : { source }) });
  let titled = false;
  for (const row of rows) {
    const at = (field?: string): string => {
      if (field === undefined) return row.path();
      // Older sheets call the group column "Tag".
      const column = field === "group" && row.get("group") === "" ? "tag" : columnOf(field);
      return column === undefined ? row.path() : row.path(column);
    };
    const type = row.get("type").toLowerCase();
    const slide = slideOf(row, report);
    if (type === "title" && !titled) {
      titled = true;
      mapper.title(slide, at);
      continue;
    }
    if (type === "title") {
      report.add("warning", "multiple-titles", row.path("type"),
        "only the first title row is the title; this one is imported as an event");
    } else if (type !== "" && type !== "era") {
      report.add("warning", "unknown-type", row.path("type"),
        `Type ${JSON.stringify(row.get("type"))} is not "title" or "era"; the row is imported as an event`);
    }
    if (type === "era") mapper.era(slide, at);
    else mapper.event(slide, at);
  }
  return mapper.result();
}

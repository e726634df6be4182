/**
 * Import of CSV files: citeline's own columns, or the TimelineJS Google
 * Sheets template, told apart by the header.
 */
import type { SourceInput } from "../types.js";
import { CITELINE_COLUMNS, importCiteline } from "./csv-citeline.js";
import { importSheet, SHEET_COLUMNS } from "./csv-timelinejs.js";
import { member, Report } from "./report.js";
import { readTable } from "./table.js";
import type { ImportResult } from "./timelinejs.js";

/** Options of {@link fromCSV}. */
export interface FromCSVOptions {
  /** Skip detection and read the file in this layout. */
  layout?: "citeline" | "timelinejs";
  /** TimelineJS layout only: the sheet itself as a source, as in `fromTimelineJS`. */
  source?: SourceInput;
}

const citelineKeys = new Set<string>(CITELINE_COLUMNS);
const sheetKeys = new Set<string>(SHEET_COLUMNS);

/**
 * Converts a CSV text to citeline's `TimelineInput`. The layout is detected
 * from the header row (names compared trimmed and case-insensitively): the
 * one with more of its own columns wins, citeline's on a tie.
 *
 * **citeline layout**: one row per citation. Rows with the same `id` (or,
 * without an id, the same `title` and `start`) are one event with one
 * citation per row; the first non-empty event value wins and later
 * different ones are reported. Sources are shared by `source` id (or, without
 * one, by title and url).
 *
 * | column | becomes |
 * |---|---|
 * | `id` | event id; groups rows into one event |
 * | `title`, `summary` | event title and summary |
 * | `start`, `end` | event dates, as written (ISO or an expression; normalize reads them) |
 * | `group`, `place` | event group (also listed in `groups`) and place |
 * | `tags`, `people` | lists separated by `;` |
 * | `source` | citation's source id |
 * | `source_title`, `source_url`, `source_publisher`, `source_published` | that source's metadata (url: http(s) or mailto only) |
 * | `quote`, `speaker`, `date_text` | the citation's quote, speaker and `dateText` |
 *
 * **TimelineJS Google Sheets layout**: each row is a slide, mapped exactly
 * as by `fromTimelineJS` (see docs/timelinejs.md).
 *
 * | column | becomes |
 * |---|---|
 * | `Year`, `Month`, `Day`, `Time` | start, at the precision given (`Time`: "18:30", "6:30 PM"); BCE years converted to ISO |
 * | `End Year`, `End Month`, `End Day`, `End Time` | end (blank: none; equal to the start: an instant) |
 * | `Display Date` | the date as written, its hedges on the date ("c. 1677") |
 * | `Headline`, `Text` | title and summary, HTML stripped to text; links become cited sources |
 * | `Media`, `Media Credit`, `Media Caption`, `Alt Text` | a media item (kind and provider from the address) and its credit's source |
 * | `Type` | `title`: the timeline's title and description; `era`: an era |
 * | `Group` (or `Tag`) | group (one per name, whatever its case) |
 * | `Media Thumbnail`, `Background` | kept in `extra.timelinejs` for export, not drawn (reported once) |
 *
 * The result's `paths` names each event's and era's row (in citeline's
 * layout, each citation's too), for `normalize(input, { paths })`.
 *
 * Rows are numbered as in the file, as a spreadsheet shows it: the header
 * is `rows[1]`, the first data row `rows[2]`; a blank line counts as a row
 * (and is skipped), a quoted cell spanning several lines stays in one row.
 * Cell paths name the column as the file spells it: `rows[5].Year`,
 * `rows[7]["Media Credit"]`. Unknown columns are reported once each. A
 * byte-order mark, `\r\n` and `\n` are all accepted. Never throws on text.
 *
 * @throws TypeError `invalid text: <typeof>` when `text` is not a string.
 * @example
 * ```ts
 * const { input } = fromCSV(
 *   "id,title,start,source,source_title,date_text\n" +
 *   "meet,Kremlin meeting,2025-12-02,wire,Talks end,Tuesday (Dec 2)\n" +
 *   "meet,Kremlin meeting,2025-12-02,daily,Five-hour meeting,on Tuesday evening\n",
 * );
 * // input.events[0].citations: [{ source: "wire", dateText: "Tuesday (Dec 2)" },
 * //                             { source: "daily", dateText: "on Tuesday evening" }]
 * ```
 */
export function fromCSV(text: string, options: FromCSVOptions = {}): ImportResult {
  if (typeof text !== "string") throw new TypeError(`invalid text: ${typeof text}`);
  if (typeof options !== "object" || options === null) throw new TypeError(`invalid options: ${typeof options}`);
  const { layout, source } = options;
  if (layout !== undefined && layout !== "citeline" && layout !== "timelinejs") throw new TypeError(`invalid layout: ${String(layout)}`);
  if (source !== undefined && (typeof source !== "object" || source === null)) throw new TypeError(`invalid source: ${typeof source}`);

  const report = new Report();
  const table = readTable(text, report);
  if (table === null) return { input: { events: [] }, diagnostics: report.diagnostics };

  const keys = table.columns.map((c) => c.key);
  // "group" is in both layouts, so it does not count toward either.
  const own = keys.filter((k) => citelineKeys.has(k) && k !== "group").length;
  const sheet = keys.filter((k) => sheetKeys.has(k) && k !== "group").length;
  const chosen = layout ?? (own === 0 && sheet === 0 ? undefined : sheet > own ? "timelinejs" : "citeline");
  if (chosen === undefined) {
    report.add("error", "unknown-layout", `rows[${table.headerRow}]`, "the header names neither citeline's columns (title, start, ...) nor the TimelineJS template's (Year, Headline, ...)");
    for (const row of table.rows) report.add("error", "unknown-layout", row.path(), "the row is not imported: the file's layout is unknown");
    return { input: { events: [] }, diagnostics: report.diagnostics };
  }

  const known = chosen === "citeline" ? citelineKeys : sheetKeys;
  for (const column of table.columns) {
    if (!known.has(column.key)) {
      report.add("warning", "unknown-column", `rows[${table.headerRow}]${member(column.name)}`, `column ${JSON.stringify(column.name)} is not part of the ${chosen} layout; it is not imported`);
    }
  }
  if (chosen === "citeline") {
    const { input, paths } = importCiteline(table, report);
    return { input, diagnostics: report.diagnostics, paths };
  }
  const { input, paths } = importSheet(table.rows, report, source);
  return { input, diagnostics: report.diagnostics, paths };
}

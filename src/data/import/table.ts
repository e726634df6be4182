/**
 * A parsed CSV table: header, rows numbered as in the file, and cell paths
 * that name the column as the file spells it (`rows[5].Year`).
 */
import { csvRows } from "./csvrows.js";
import { member, type Report } from "./report.js";

/** One data row. `get` takes a lower-case column key and returns the trimmed cell, or "". */
export interface Row {
  /** 1-based row number in the file; the header is usually row 1. */
  n: number;
  get(key: string): string;
  /** Path of the row, or of one of its cells by column key. */
  path(key?: string): string;
}

/** The header and data rows of a CSV text, or null when it has no header row. */
export interface Table {
  headerRow: number;
  /** Column keys (trimmed, lower-case) in file order, with the header text as written. */
  columns: { key: string; name: string; index: number }[];
  rows: Row[];
}

function blank(record: string[]): boolean {
  return record.every((cell) => cell.trim() === "");
}

/**
 * Parses CSV (quoted commas and newlines, `\r\n`, `\n` or `\r`; see csvRows).
 * Rows are numbered as a spreadsheet shows the file: a blank line is a row,
 * a quoted cell spanning lines stays in one row. Blank rows are skipped.
 */
export function readTable(text: string, report: Report): Table | null {
  // A byte-order mark is not part of the first header name.
  const unclosed: [number, number][] = [];
  const records = csvRows(text.startsWith("\ufeff") ? text.slice(1) : text, (r, f) => unclosed.push([r, f]));
  const headerIndex = records.findIndex((record) => !blank(record));
  const header = records[headerIndex];
  if (header === undefined) return null;
  const headerRow = headerIndex + 1;
  for (const [r, f] of unclosed) {
    const name = r > headerIndex ? (header[f] ?? "").trim() : "";
    report.add("error", "unclosed-quote", `rows[${r + 1}]${name ? member(name) : `[${f}]`}`,
      "a quote opens this cell and is never closed; the line is read as if the quote were plain text, and the rows after it as usual");
  }

  const columns: Table["columns"] = [];
  const firstIndex = new Map<string, number>();
  header.forEach((raw, index) => {
    const name = raw.trim();
    const key = name.toLowerCase();
    if (key === "") return;
    if (firstIndex.has(key)) {
      report.add("warning", "duplicate-column", `rows[${headerRow}]${member(name)}`, `column ${JSON.stringify(name)} appears twice; only the first is read`);
      return;
    }
    firstIndex.set(key, index);
    columns.push({ key, name, index });
  });
  const nameOf = new Map(columns.map((c) => [c.key, c.name]));

  const rows: Row[] = [];
  records.forEach((record, i) => {
    if (i <= headerIndex || blank(record)) return;
    const n = i + 1;
    const base = `rows[${n}]`;
    // Cells beyond the header or under a blank header have no column to go to.
    const stray = record.findIndex((cell, j) => cell.trim() !== "" && (j >= header.length || (header[j] ?? "").trim() === ""));
    if (stray >= 0) {
      report.add("warning", "stray-cell", `${base}[${stray}]`, "the cell has no column header; it is not imported");
    }
    rows.push({
      n,
      get: (key) => {
        const index = firstIndex.get(key);
        // Quoted cells keep the file's line endings; "\r\n" files should read as "\n" ones.
        return index === undefined ? "" : (record[index] ?? "").replace(/\r\n?/g, "\n").trim();
      },
      path: (key) => {
        if (key === undefined) return base;
        return `${base}${member(nameOf.get(key) ?? key)}`;
      },
    });
  });
  return { headerRow, columns, rows };
}

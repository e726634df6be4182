/**
 * TimelineJS date objects ({year, month, day, hour, minute, second,
 * millisecond}) to citeline dates at exactly the precision given.
 */
import type { DateInput, When } from "../types.js";
import { DAY } from "../dates/when.js";
import { shown, type Report } from "./report.js";

/** The parts of a TimelineJS date, coarsest first. */
const PARTS = ["year", "month", "day", "hour", "minute", "second", "millisecond"] as const;
type Part = (typeof PARTS)[number];
const KNOWN = new Set<string>([...PARTS, "display_date", "format"]);

// ECMAScript dates stop near ±271,821 years; beyond that no ISO string can
// become a Date, so such years are given as a When with computed bounds.
const DATE_RANGE_YEARS = 271_820;

/** A parsed date: the value for `start`/`end` and the display text, if any. */
export interface ReadDate {
  date: DateInput;
  displayDate?: string;
}

type Cell = { kind: "absent" } | { kind: "bad" } | { kind: "ok"; digits: string; n: number };

// TimelineJS accepts numbers and numeric strings; like its spreadsheet
// reader, spaces and thousands separators are tolerated ("-65,000,000").
function readCell(value: unknown): Cell {
  if (value === undefined || value === null || value === "") return { kind: "absent" };
  if (typeof value === "number") {
    return Number.isSafeInteger(value) ? { kind: "ok", digits: String(value), n: value } : { kind: "bad" };
  }
  if (typeof value !== "string") return { kind: "bad" };
  const cleaned = value.replace(/[\s,]+/g, "");
  if (cleaned === "") return { kind: "absent" };
  if (!/^[+-]?\d{1,16}$/.test(cleaned)) return { kind: "bad" };
  const n = Number(cleaned);
  return { kind: "ok", digits: String(n), n };
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysIn(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function limit(part: Part, year: number, month: number): [number, number] {
  switch (part) {
    case "year": return [-Infinity, Infinity];
    case "month": return [1, 12];
    case "day": return [1, daysIn(year, month)];
    case "hour": return [0, 23];
    case "minute":
    case "second": return [0, 59];
    case "millisecond": return [0, 999];
  }
}

/** ISO 8601 year: four digits, or the expanded form with a sign ("-0044", "+275760", "-65000000"). */
export function isoYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, "0");
  return year < 0 ? `-${digits}` : year > 9999 ? `+${digits}` : digits;
}

// Days from 1970-01-01 to January 1 of a proleptic Gregorian (astronomical) year.
function daysToYear(y: number): number {
  return 365 * y + Math.ceil(y / 4) - Math.ceil(y / 100) + Math.ceil(y / 400) - 719_528;
}

function deepYear(year: number): When {
  return {
    iso: isoYear(year),
    precision: "year",
    earliest: daysToYear(year) * DAY,
    latest: daysToYear(year + 1) * DAY,
  };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function iso(values: number[]): string {
  const [y = 0, mo, d, h, mi, s, ms] = values;
  let out = isoYear(y);
  if (mo !== undefined) out += `-${pad(mo)}`;
  if (d !== undefined) out += `-${pad(d)}`;
  if (h !== undefined) out += `T${pad(h)}`;
  if (mi !== undefined) out += `:${pad(mi)}`;
  if (s !== undefined) out += `:${pad(s)}`;
  if (ms !== undefined) out += `.${pad(ms, 3)}`;
  return out;
}

/**
 * Reads a TimelineJS date object. The date keeps the precision of the
 * parts given: a gap (a day without a month) or an invalid part stops it
 * there, with a diagnostic naming that part. Returns null when no year can
 * be read; the caller decides what that means for the slide.
 *
 * `field(part)` names the path of a part, e.g. `events[3].start_date.month`.
 */
export function readDateObject(
  value: unknown,
  name: "start_date" | "end_date",
  field: (part?: string) => string,
  cosmological: boolean,
  report: Report,
): ReadDate | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    report.add("error", "invalid-date", field(), "a TimelineJS date must be an object such as {\"year\": 2025, \"month\": 12}");
    return null;
  }
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (!KNOWN.has(key)) report.unsupported(field(key), `${name}.${key}`);
  }
  if (object["format"] !== undefined) report.unsupported(field("format"), `${name}.format`);

  const values: number[] = [];
  let stopped: Part | undefined;
  for (const part of PARTS) {
    const cell = readCell(object[part]);
    if (cell.kind === "absent") {
      stopped ??= part;
      if (part === "year") {
        report.add("error", "missing-date", field("year"), "the date has no year; TimelineJS requires at least a year");
        return null;
      }
      continue;
    }
    if (stopped !== undefined) {
      report.add("warning", "date-part-ignored", field(part), `${part} is given without ${stopped}; the date is kept as ${iso(values)}`);
      break;
    }
    const [min, max] = limit(part, values[0] ?? 0, values[1] ?? 1);
    if (cell.kind === "bad" || cell.n < min || cell.n > max) {
      const text = shown(object[part]);
      if (part === "year") {
        report.add("error", "invalid-date", field(part), `invalid year: ${text}`);
        return null;
      }
      report.add("error", "invalid-date", field(part), `invalid ${part}: ${text}; the date is kept as ${iso(values)}`);
      break;
    }
    values.push(cell.n);
    const year = values[0] ?? 0;
    if (part === "year" && (cosmological || Math.abs(year) > DATE_RANGE_YEARS)) {
      // TimelineJS's cosmological scale reads only the year; so do we.
      const finer = PARTS.slice(1).find((p) => readCell(object[p]).kind !== "absent");
      if (finer !== undefined) {
        const why = cosmological ? "the cosmological scale uses the year only" : "a year this far out is kept at year precision";
        report.add("warning", "date-part-ignored", field(finer), `${why}; the date is kept as ${isoYear(year)}`);
      }
      return withDisplay(Math.abs(year) > DATE_RANGE_YEARS ? deepYear(year) : isoYear(year), object, field, report);
    }
  }
  return withDisplay(iso(values), object, field, report);
}

function withDisplay(date: DateInput, object: Record<string, unknown>, field: (part?: string) => string, report: Report): ReadDate {
  const display = object["display_date"];
  if (typeof display === "string" && display.trim() !== "") return { date, displayDate: display.trim() };
  if (display !== undefined && display !== null && typeof display !== "string") {
    report.add("warning", "invalid-field", field("display_date"), "display_date must be text; it is ignored");
  }
  return { date };
}

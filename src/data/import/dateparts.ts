/**
 * TimelineJS date objects ({year, month, day, hour, minute, second,
 * millisecond}) to citeline dates at exactly the precision given.
 *
 * TimelineJS numbers years historically: -3500 is 3500 BC, and there is no
 * year 0 between 1 BC (-1) and AD 1. ISO 8601 years are astronomical
 * (0000 is 1 BC, -3499 is 3500 BC), so negative years move up by one on the
 * way in ({@link astronomicalYear}) and down by one on the way out
 * ({@link historicalYear}). TimelineJS itself accepts a year 0 and draws it
 * where 1 BC is; citeline reads it as 1 BC too (ISO 0000, the same year as
 * -1) and says so, since no historical calendar has that year.
 */
import type { When } from "../types.js";
import { isoWhen } from "../dates/iso.js";
import { BLOCK_YEARS, blockWhen, isoYear, MAX_YEAR, yearWhen } from "../dates/when.js";
import { shown, type Report } from "./report.js";

/** The parts of a TimelineJS date, coarsest first. */
export const PARTS = ["year", "month", "day", "hour", "minute", "second", "millisecond"] as const;
type Part = (typeof PARTS)[number];

/**
 * The ISO (astronomical) year of a TimelineJS (historical) year: -3500 →
 * -3499; 0, which the historical count lacks, is read as 1 BC (0).
 *
 * @example
 * ```ts
 * astronomicalYear(-3500); // -3499
 * astronomicalYear(2025);  // 2025
 * ```
 */
export function astronomicalYear(year: number): number {
  return year < 0 ? year + 1 : year;
}

/**
 * The TimelineJS (historical) year of an ISO (astronomical) year: the
 * inverse of {@link astronomicalYear} on every year but TimelineJS's 0.
 *
 * @example
 * ```ts
 * historicalYear(-3499); // -3500
 * historicalYear(0);     // -1 (1 BC)
 * ```
 */
export function historicalYear(year: number): number {
  return year <= 0 ? year - 1 : year;
}

/** A parsed date: the When for `start`/`end` and the display text, if any. */
export interface ReadDate {
  when: When;
  displayDate?: string;
  /** The object has fields citeline does not read (`format`, `thumbnail`...): keep it whole for the way back. */
  foreign?: boolean;
}

type Cell = { kind: "absent" } | { kind: "bad" } | { kind: "ok"; n: number };

// TimelineJS accepts numbers and numeric strings; like its spreadsheet
// reader, spaces and thousands separators are tolerated ("-65,000,000").
function readCell(value: unknown): Cell {
  if (value === undefined || value === null || value === "") return { kind: "absent" };
  if (typeof value === "number") return Number.isSafeInteger(value) ? { kind: "ok", n: value } : { kind: "bad" };
  if (typeof value !== "string") return { kind: "bad" };
  const cleaned = value.replace(/[\s,]+/g, "");
  if (cleaned === "") return { kind: "absent" };
  if (!/^[+-]?\d{1,15}$/.test(cleaned)) return { kind: "bad" };
  return { kind: "ok", n: Number(cleaned) };
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

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** ISO text of astronomical parts [year, month, day, hour, minute, second, ms]. */
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
 * The When of astronomical parts. Milliseconds keep their place: the date
 * is a second whose iso names the millisecond and whose span is that one
 * millisecond, so slides a few ms apart stay distinct.
 */
function whenOf(values: number[]): When | null {
  if (values.length < 7) return isoWhen(iso(values), undefined);
  const second = isoWhen(iso(values.slice(0, 6)), undefined);
  if (second === null) return null;
  const ms = values[6]!;
  return { ...second, iso: iso(values), earliest: second.earliest + ms, latest: second.earliest + ms + 1 };
}

/**
 * A round year in deep time as the magnitude it names: -66000000 is the
 * million years from 66 Ma, -300000 the millennium from 300,000 years ago.
 * An author who writes "-13800000000" knows it to a hundred million years,
 * not to the year. Read from the year as written: a block holds both the
 * historical and the astronomical reading, so the one-year BCE shift does
 * not arise. Null for years within 270,000 of year 0 and for unround years.
 */
function deepWhen(written: number): When | null {
  if (Math.abs(written) <= MAX_YEAR) return null;
  for (const precision of ["Ga", "Ma", "millennium"] as const) {
    const size = BLOCK_YEARS[precision];
    if (written % size === 0) return blockWhen(precision, written / size);
  }
  return null;
}

/** True when a date object holds no part and no display date: TimelineJS's way of writing "no date". */
export function isEmptyDate(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (typeof value !== "object" || Array.isArray(value)) return false;
  return Object.values(value as Record<string, unknown>).every(isBlank);
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
    report.add("error", "invalid-date", field(),
      "a TimelineJS date must be an object such as {\"year\": 2025, \"month\": 12}");
    return null;
  }
  const object = value as Record<string, unknown>;
  let foreign = false;
  for (const [key, part] of Object.entries(object)) {
    if (PARTS.includes(key as Part) || key === "display_date" || isBlank(part)) continue;
    foreign = true;
    report.unsupported(field(key), `${name}.${key}`);
  }
  const values = readParts(object, field, report);
  if (values === null) return null;
  const year = astronomicalYear(values[0]!);
  if (values[0] === 0) {
    report.add("warning", "year-zero", field("year"),
      "TimelineJS's year 0 is not a historical year; it is read as 1 BC (ISO 0000), where TimelineJS draws it");
  }
  let when: When | null;
  if (cosmological || Math.abs(year) > MAX_YEAR) {
    // TimelineJS's cosmological scale reads only the year; so do we.
    if (values.length > 1) {
      const why = cosmological
        ? "the cosmological scale uses the year only"
        : "a year this far out is kept at year precision";
      report.add("warning", "date-part-ignored", field(PARTS[1]), `${why}; the date is kept as the year ${values[0]}`);
    }
    when = deepWhen(values[0]!) ?? yearWhen(year);
  } else {
    when = whenOf([year, ...values.slice(1)]);
  }
  if (when === null) {
    report.add("error", "invalid-date", field("year"), `year ${values[0]} is beyond the range citeline can place`);
    return null;
  }
  const read: ReadDate = { when };
  if (foreign) read.foreign = true;
  const display = object["display_date"];
  if (typeof display === "string" && display.trim() !== "") read.displayDate = display.trim();
  else if (display !== undefined && display !== null && typeof display !== "string") {
    report.add("warning", "invalid-field", field("display_date"), "display_date must be text; it is ignored");
  }
  return read;
}

const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** The historical parts as given, up to the first gap or invalid part; null without a year. */
function readParts(object: Record<string, unknown>, field: (part?: string) => string, report: Report): number[] | null {
  const values: number[] = [];
  let stopped: Part | undefined;
  for (const part of PARTS) {
    const cell = readCell(object[part]);
    if (cell.kind === "absent") {
      if (part === "year") {
        report.add("error", "missing-date", field("year"), "the date has no year; TimelineJS requires at least a year");
        return null;
      }
      stopped ??= part;
      continue;
    }
    const shownSoFar = (): string => iso([astronomicalYear(values[0] ?? 0), ...values.slice(1)]);
    if (stopped !== undefined) {
      report.add("warning", "date-part-ignored", field(part),
        `${part} is given without ${stopped}; the date is kept as ${shownSoFar()}`);
      break;
    }
    const [min, max] = limit(part, astronomicalYear(values[0] ?? 0), values[1] ?? 1);
    if (cell.kind === "bad" || cell.n < min || cell.n > max) {
      if (part === "year") {
        report.add("error", "invalid-date", field(part), `invalid year: ${shown(object[part])}`);
        return null;
      }
      report.add("error", "invalid-date", field(part),
        `invalid ${part}: ${shown(object[part])}; the date is kept as ${shownSoFar()}`);
      break;
    }
    values.push(cell.n);
  }
  return values;
}

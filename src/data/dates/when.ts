import type { PartOfDay, Precision, Qualifier, When } from "../types.js";

/** Optional annotations carried by a {@link When} besides its span. */
export interface WhenExtras {
  text?: string;
  partOfDay?: PartOfDay;
  qualifier?: Qualifier;
  timeZone?: string;
}

export const HOUR = 3_600_000;
export const DAY = 86_400_000;
/** The Gregorian calendar repeats every 400 years, which hold exactly 146,097 days. */
const CYCLE = 146_097 * DAY;

/**
 * Epoch ms of a UTC wall time. `Date.UTC` maps years 0–99 to 1900–1999, so the
 * year is set separately; months and days may overflow as in `Date.UTC`.
 *
 * Past `Date`'s range (±271,821 years) the proleptic Gregorian calendar is
 * carried on by whole 400-year cycles, so a deep-time year starts where the
 * calendar puts it: its mean length is 365.2425 days. The result is a double
 * with 53 bits: exact to the ms up to ±285,000 years, to 65 s at 13.8
 * billion years. Distinct years and days stay distinct; see docs/dates.md.
 */
export function utc(year: number, month0 = 0, day = 1, hour = 0, minute = 0, second = 0): number {
  if (year > MAX_YEAR || year < -MAX_YEAR) {
    const q = Math.floor(year / 400);
    return q * CYCLE + utc(year - 400 * q, month0, day, hour, minute, second);
  }
  // The common case needs no Date object: normalize reads one per input date.
  if (year > 99 || year < 0) return Date.UTC(year, month0, day, hour, minute, second);
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

/**
 * The astronomical year (0 = 1 BC) holding the instant `t` (epoch ms), for
 * every `t` {@link utc} can make, far outside `Date`'s range too.
 *
 * @example
 * ```ts
 * yearOf(Date.UTC(2025, 11, 2)); // 2025
 * yearOf(utc(-13_800_000_000)); // -13800000000
 * ```
 */
export function yearOf(t: number): number {
  if (Math.abs(t) <= DATE_MS) return new Date(t).getUTCFullYear();
  if (!Number.isFinite(t)) return NaN;
  // An estimate on the mean year, then the year whose start utc() puts at or
  // before t: the exact inverse of utc's rounding, so yearOf(utc(y)) is y.
  let y = Math.floor(1970 + t / MEAN_YEAR);
  while (utc(y) > t) y--;
  while (utc(y + 1) <= t) y++;
  return y;
}

const MEAN_YEAR = CYCLE / 400;

/** The largest |epoch ms| a `Date` holds. */
export const DATE_MS = 8.64e15;

/** Years outside 0000–9999 use the ISO 8601 expanded form with a sign. */
export function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, "0");
  return (year < 0 ? "-" : "+") + String(Math.abs(year)).padStart(4, "0");
}

function signed(n: number, width: number): string {
  return (n < 0 ? "-" : "") + String(Math.abs(n)).padStart(width, "0");
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** "+03:00" for an offset in minutes east of UTC; "Z" for zero. */
export function isoOffset(minutes: number): string {
  if (minutes === 0) return "Z";
  const a = Math.abs(minutes);
  return (minutes < 0 ? "-" : "+") + pad2(Math.floor(a / 60)) + ":" + pad2(a % 60);
}

function make(iso: string, precision: Precision, earliest: number, latest: number, extras?: WhenExtras): When | null {
  if (!Number.isFinite(earliest) || !Number.isFinite(latest) || !(earliest < latest)) return null;
  const when: When = { iso, precision, earliest, latest };
  if (extras?.text !== undefined) when.text = extras.text;
  if (extras?.partOfDay !== undefined) when.partOfDay = extras.partOfDay;
  if (extras?.qualifier !== undefined) when.qualifier = extras.qualifier;
  if (extras?.timeZone !== undefined) when.timeZone = extras.timeZone;
  return when;
}

/**
 * Largest |year| of a date finer than a year (a season, a month, a day, a
 * time): every bound stays inside the range `Date` can hold, so Intl can
 * write it. Years and coarser reach {@link MAX_DEEP_YEAR}.
 */
export const MAX_YEAR = 270_000;
/** Largest |year| of a year, decade, century, millennium or magnitude: seven times the age of the universe. */
export const MAX_DEEP_YEAR = 100_000_000_000;
const okYear = (y: number): boolean => Number.isInteger(y) && Math.abs(y) <= MAX_YEAR;
const okDeep = (y: number): boolean => Number.isInteger(y) && Math.abs(y) <= MAX_DEEP_YEAR;

/** Years in one block of each precision coarser than a year, aligned on astronomical year 0. */
export const BLOCK_YEARS = { Ga: 1e9, Ma: 1e6, millennium: 1000, century: 100, decade: 10 } as const;
export type BlockPrecision = keyof typeof BLOCK_YEARS;

/**
 * The block of `precision` numbered `index`: astronomical years
 * [index·size, (index + 1)·size), so year 1995 is in decade 199, century 19,
 * millennium 1 and Ma 0, and year -3499 (3500 BC) in century -35.
 *
 * Its iso is TIMEX3's truncated year where that form is unambiguous (a
 * century "19" or "-35", a decade "199"); otherwise, and for every
 * millennium and magnitude, the block's first year in ISO 8601 expanded form
 * ("-3000", "-66000000"): the precision says how wide it is.
 *
 * @example
 * ```ts
 * blockWhen("Ma", -66)?.iso; // "-66000000"
 * blockWhen("century", -35)?.iso; // "-35"
 * ```
 */
export function blockWhen(precision: BlockPrecision, index: number, extras?: WhenExtras): When | null {
  const size = BLOCK_YEARS[precision];
  const first = index * size;
  if (!Number.isInteger(index) || !okDeep(first) || !okDeep(first + size)) return null;
  const width = precision === "century" ? 2 : precision === "decade" ? 3 : 0;
  const iso = width && Math.abs(index) < 10 ** width ? signed(index, width) : isoYear(first);
  return make(iso, precision, utc(first), utc(first + size), extras);
}

export function centuryWhen(century: number, extras?: WhenExtras): When | null {
  return blockWhen("century", century, extras);
}

export function decadeWhen(decade: number, extras?: WhenExtras): When | null {
  return blockWhen("decade", decade, extras);
}

export function yearWhen(year: number, extras?: WhenExtras): When | null {
  if (!okDeep(year)) return null;
  return make(isoYear(year), "year", utc(year), utc(year + 1), extras);
}

/** Seasons are Northern meteorological: SP Mar–May, SU Jun–Aug, FA Sep–Nov, WI Dec–Feb (into next year). */
export const SEASONS = ["SP", "SU", "FA", "WI"] as const;
export type Season = (typeof SEASONS)[number];

export function seasonWhen(year: number, season: Season, extras?: WhenExtras): When | null {
  if (!okYear(year)) return null;
  const start = 2 + 3 * SEASONS.indexOf(season);
  return make(`${isoYear(year)}-${season}`, "season", utc(year, start), utc(year, start + 3), extras);
}

export function quarterWhen(year: number, quarter: number, extras?: WhenExtras): When | null {
  if (!okYear(year) || !(quarter >= 1 && quarter <= 4)) return null;
  return make(`${isoYear(year)}-Q${quarter}`, "quarter", utc(year, 3 * quarter - 3), utc(year, 3 * quarter), extras);
}

export function monthWhen(year: number, month: number, extras?: WhenExtras): When | null {
  if (!okYear(year) || !(Number.isInteger(month) && month >= 1 && month <= 12)) return null;
  return make(`${isoYear(year)}-${pad2(month)}`, "month", utc(year, month - 1), utc(year, month), extras);
}

/** Monday of ISO week 1: the week holding the year's first Thursday. */
function isoWeekOneStart(year: number): number {
  const jan4 = utc(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - dow * DAY;
}

export function isoWeeksInYear(year: number): number {
  return Math.round((isoWeekOneStart(year + 1) - isoWeekOneStart(year)) / (7 * DAY));
}

export function weekWhen(isoYearNumber: number, week: number, extras?: WhenExtras): When | null {
  if (!okYear(isoYearNumber) || !Number.isInteger(week) || week < 1 || week > isoWeeksInYear(isoYearNumber)) return null;
  const start = isoWeekOneStart(isoYearNumber) + (week - 1) * 7 * DAY;
  return make(`${isoYear(isoYearNumber)}-W${pad2(week)}`, "week", start, start + 7 * DAY, extras);
}

/** The ISO week (year, week) that holds a UTC calendar day. */
export function isoWeekOf(epochDay: number): { year: number; week: number } {
  const d = new Date(epochDay);
  const thursday = epochDay + (3 - ((d.getUTCDay() + 6) % 7)) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  return { year, week: Math.floor((thursday - isoWeekOneStart(year)) / (7 * DAY)) + 1 };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? new Date(utc(year, month, 0)).getUTCDate();
}

export function validDay(year: number, month: number, day: number): boolean {
  return okYear(year) && Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

export function dayIso(year: number, month: number, day: number): string {
  return `${isoYear(year)}-${pad2(month)}-${pad2(day)}`;
}

/**
 * A floating calendar day: bounds in UTC so it never moves with a time zone.
 * `iso`, when the caller has it, must equal `dayIso(year, month, day)`.
 */
export function dayWhen(year: number, month: number, day: number, extras?: WhenExtras, iso?: string): When | null {
  if (!validDay(year, month, day)) return null;
  const start = utc(year, month - 1, day);
  return make(iso ?? dayIso(year, month, day), "day", start, start + DAY, extras);
}

/** Wall-clock fields of a time of day. */
export interface ClockFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute?: number;
  second?: number;
}

/**
 * A clock time at hour, minute or second precision. `start` is the real
 * instant of the wall time (already shifted by its zone); `offset` (minutes
 * east of UTC) is written into the iso when the zone is known.
 */
export function clockWhen(fields: ClockFields, start: number, offset: number | undefined, extras?: WhenExtras): When | null {
  const { year, month, day, hour, minute, second } = fields;
  if (!validDay(year, month, day) || !(hour >= 0 && hour <= 23)) return null;
  let iso = `${dayIso(year, month, day)}T${pad2(hour)}`;
  let precision: Precision = "hour";
  let length = HOUR;
  if (minute !== undefined) {
    if (!(minute >= 0 && minute <= 59)) return null;
    iso += `:${pad2(minute)}`;
    precision = "minute";
    length = 60_000;
    if (second !== undefined) {
      if (!(second >= 0 && second <= 59)) return null;
      iso += `:${pad2(second)}`;
      precision = "second";
      length = 1000;
    }
  }
  if (offset !== undefined) iso += isoOffset(offset);
  return make(iso, precision, start, start + length, extras);
}

const YEAR = String.raw`(?:\d{4}|[+-]\d{4,})`;
const ZONE = String.raw`(?:Z|[+-]\d{2}:\d{2})?`;
const ISO_SHAPES: Record<Precision, RegExp> = {
  Ga: new RegExp(`^${YEAR}$`),
  Ma: new RegExp(`^${YEAR}$`),
  millennium: new RegExp(`^${YEAR}$`),
  century: new RegExp(`^(?:-?\\d{2}|${YEAR})$`),
  decade: new RegExp(`^(?:-?\\d{3}|${YEAR})$`),
  year: new RegExp(`^${YEAR}$`),
  season: new RegExp(`^${YEAR}-(?:SP|SU|FA|WI)$`),
  quarter: new RegExp(`^${YEAR}-Q[1-4]$`),
  month: new RegExp(`^${YEAR}-\\d{2}$`),
  week: new RegExp(`^${YEAR}-W\\d{2}$`),
  day: new RegExp(`^${YEAR}-\\d{2}-\\d{2}$`),
  hour: new RegExp(`^${YEAR}-\\d{2}-\\d{2}T\\d{2}${ZONE}$`),
  minute: new RegExp(`^${YEAR}-\\d{2}-\\d{2}T\\d{2}:\\d{2}${ZONE}$`),
  // A second may name its millisecond (TimelineJS's `millisecond`): "…T09:30:05.250".
  second: new RegExp(`^${YEAR}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{3})?${ZONE}$`),
};
// An interval "a/b" spans both ends; each end has the iso shape of its own precision.
const INTERVAL_END = /^[^/]+$/;

const PARTS: ReadonlySet<string> = new Set(["morning", "afternoon", "evening", "night"]);
const QUALIFIERS: ReadonlySet<string> = new Set(["about", "before", "after", "early", "mid", "late"]);

/** True when an iso string has the shape of the given precision (or is an interval of such shapes). */
export function isoMatches(iso: string, precision: Precision): boolean {
  const shape = ISO_SHAPES[precision];
  if (shape.test(iso)) return true;
  const slash = iso.indexOf("/");
  if (slash < 0) return false;
  const a = iso.slice(0, slash);
  const b = iso.slice(slash + 1);
  return INTERVAL_END.test(b) && (shape.test(a) || shape.test(b));
}

/**
 * Structural guard for {@link When}, including its invariants: finite bounds,
 * `earliest < latest`, a known precision and an iso of that precision's shape.
 *
 * @example
 * ```ts
 * isWhen({ iso: "2025", precision: "year", earliest: Date.UTC(2025, 0), latest: Date.UTC(2026, 0) }); // true
 * isWhen({ iso: "2025", precision: "day", earliest: 0, latest: 1 }); // false
 * ```
 */
export function isWhen(value: unknown): value is When {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  const { iso, precision, earliest, latest } = v;
  if (typeof iso !== "string" || typeof precision !== "string" || !Object.hasOwn(ISO_SHAPES, precision)) return false;
  if (typeof earliest !== "number" || typeof latest !== "number") return false;
  if (!Number.isFinite(earliest) || !Number.isFinite(latest) || !(earliest < latest)) return false;
  if (!isoMatches(iso, precision as Precision)) return false;
  if (v["text"] !== undefined && typeof v["text"] !== "string") return false;
  if (v["timeZone"] !== undefined && typeof v["timeZone"] !== "string") return false;
  if (v["partOfDay"] !== undefined && !PARTS.has(v["partOfDay"] as string)) return false;
  if (v["qualifier"] !== undefined && !QUALIFIERS.has(v["qualifier"] as string)) return false;
  return true;
}

/**
 * Strict ISO 8601 / TIMEX3 forms, ISO intervals and instants (epoch ms, Date).
 */
import type { Precision, When } from "../types.js";
import {
  centuryWhen,
  clockWhen,
  dayWhen,
  decadeWhen,
  monthWhen,
  quarterWhen,
  seasonWhen,
  utc,
  weekWhen,
  yearWhen,
  type Season,
  type WhenExtras,
} from "./when.js";
import { isIanaZone, zonedInstant, zoneFromToken, type Zone } from "./zones.js";

// Expanded years reach deep time: "-13800000000" is 13,800,000,001 BC.
const Y = String.raw`([+-]\d{4,12}|\d{4})`;
const RE_CENTURY = /^(-?\d{2})$/;
const RE_DECADE = /^(-?\d{3})$/;
const RE_YEAR = new RegExp(`^${Y}$`);
const RE_MONTH = new RegExp(`^${Y}-(\\d{2})$`);
const RE_WEEK = new RegExp(`^${Y}-W(\\d{2})$`);
const RE_QUARTER = new RegExp(`^${Y}-Q([1-4])$`);
const RE_SEASON = new RegExp(`^${Y}-(SP|SU|FA|WI)$`);
const RE_DAY = new RegExp(`^${Y}-(\\d{2})-(\\d{2})$`);
const RE_TIME = new RegExp(`^${Y}-(\\d{2})-(\\d{2})T(\\d{2})(?::(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?$`);

/** A wall clock time on a day, shifted into a real instant by a zone when one is known. */
export function zonedClock(
  fields: { year: number; month: number; day: number; hour: number; minute?: number; second?: number },
  zone: Zone | null,
  extras?: WhenExtras,
): When | null {
  const { year, month, day, hour } = fields;
  const wall = utc(year, month - 1, day, hour, fields.minute ?? 0, fields.second ?? 0);
  if (!zone) return clockWhen(fields, wall, undefined, extras);
  const at = zonedInstant(wall, zone);
  if (!at) return null;
  // A wall time inside a DST gap moved forward: write the wall time that exists.
  const shown = new Date(at.epoch + at.offset * 60_000);
  const real = {
    year: shown.getUTCFullYear(),
    month: shown.getUTCMonth() + 1,
    day: shown.getUTCDate(),
    hour: shown.getUTCHours(),
    ...(fields.minute !== undefined || shown.getUTCMinutes() !== 0 ? { minute: shown.getUTCMinutes() } : {}),
    ...(fields.second !== undefined ? { second: shown.getUTCSeconds() } : {}),
  };
  const timeZone = zone.kind === "iana" ? zone.name : zone.label;
  return clockWhen(real, at.epoch, at.offset, { ...extras, timeZone });
}

/**
 * Reads the strict ISO 8601 and TIMEX3 forms citeline writes: "2025",
 * "2025-12", "2025-W48", "2025-Q3", "2025-SU", "2025-12-02",
 * "2025-12-02T18:00+03:00", "199" (a decade), "19" (a century) and
 * expanded years such as "-0044-03-15" or "-13800000000" (years alone reach
 * ±100 billion; finer dates stay within ±270,000). A millennium or magnitude
 * is written as its first year, so it reads back as that year. Anything else
 * is null.
 *
 * @example
 * ```ts
 * whenFromIso("2025-W48")?.precision; // "week"
 * whenFromIso("2025-12-02T18:00+03:00")?.earliest === Date.UTC(2025, 11, 2, 15); // true
 * whenFromIso("Dec 2"); // null
 * ```
 */
export function whenFromIso(iso: string): When | null {
  return isoWhen(iso, undefined);
}

/** {@link whenFromIso} with an IANA zone for clock times that carry no offset. */
export function isoWhen(iso: string, timeZone: string | undefined, extras?: WhenExtras): When | null {
  if (typeof iso !== "string" || iso.length > 40) return null;
  const s = iso.trim();
  if (s.length === 10) {
    const day = plainDay(s, extras);
    if (day !== undefined) return day;
  }
  // The forms exclude one another, so the order only saves time.
  let m: RegExpExecArray | null;
  if ((m = RE_DAY.exec(s))) return dayWhen(Number(m[1]), Number(m[2]), Number(m[3]), extras);
  if ((m = RE_TIME.exec(s))) {
    const fields = {
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      hour: Number(m[4]),
      ...(m[5] !== undefined ? { minute: Number(m[5]) } : {}),
      ...(m[5] !== undefined && m[6] !== undefined ? { second: Number(m[6]) } : {}),
    };
    let zone: Zone | null = null;
    if (m[7] !== undefined) zone = zoneFromToken(m[7] === "Z" ? "utc" : m[7]);
    else if (timeZone !== undefined && isIanaZone(timeZone)) zone = { kind: "iana", name: timeZone };
    if (m[7] !== undefined && !zone) return null;
    return zonedClock(fields, zone, extras);
  }
  if ((m = RE_MONTH.exec(s))) return monthWhen(Number(m[1]), Number(m[2]), extras);
  if ((m = RE_YEAR.exec(s))) return yearWhen(Number(m[1]), extras);
  if ((m = RE_WEEK.exec(s))) return weekWhen(Number(m[1]), Number(m[2]), extras);
  if ((m = RE_QUARTER.exec(s))) return quarterWhen(Number(m[1]), Number(m[2]), extras);
  if ((m = RE_SEASON.exec(s))) return seasonWhen(Number(m[1]), m[2] as Season, extras);
  if ((m = RE_DECADE.exec(s))) return decadeWhen(Number(m[1]), extras);
  if ((m = RE_CENTURY.exec(s))) return centuryWhen(Number(m[1]), extras);
  return null;
}

/**
 * "2025-12-02" read digit by digit: most input dates take this form, and
 * this path allocates nothing but the result (whose iso is the text itself).
 * Undefined when the text is not four digits, two and two.
 */
function plainDay(s: string, extras: WhenExtras | undefined): When | null | undefined {
  let year = 0, month = 0, day = 0;
  for (let i = 0; i < 10; i++) {
    const c = s.charCodeAt(i);
    if (i === 4 || i === 7) {
      if (c !== 45) return undefined;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return undefined;
    if (i < 4) year = year * 10 + d;
    else if (i < 7) month = month * 10 + d;
    else day = day * 10 + d;
  }
  return dayWhen(year, month, day, extras, s);
}

const ORDER: readonly Precision[] = [
  "Ga", "Ma", "millennium", "century", "decade", "year", "season", "quarter", "month", "week", "day", "hour", "minute", "second",
];

/** The coarser of two precisions (`week` and `month` do not nest; the wider span wins). */
export function coarser(a: When, b: When): Precision {
  if (a.precision === b.precision) return a.precision;
  const wa = a.latest - a.earliest;
  const wb = b.latest - b.earliest;
  if ((a.precision === "week" || b.precision === "week") && wa !== wb) return wa > wb ? a.precision : b.precision;
  return ORDER.indexOf(a.precision) < ORDER.indexOf(b.precision) ? a.precision : b.precision;
}

/** "2025-12-02/2025-12-03": one When spanning both ends, at the coarser end's precision. */
export function isoInterval(text: string, timeZone: string | undefined, extras: WhenExtras = {}): When | null {
  const slash = text.indexOf("/");
  if (slash < 0 || text.indexOf("/", slash + 1) >= 0) return null;
  const a = isoWhen(text.slice(0, slash).trim(), timeZone);
  const b = isoWhen(text.slice(slash + 1).trim(), timeZone);
  if (!a || !b || !(a.earliest < b.latest) || a.earliest > b.earliest) return null;
  const when: When = { iso: `${a.iso}/${b.iso}`, precision: coarser(a, b), earliest: a.earliest, latest: b.latest };
  const zone = a.timeZone ?? b.timeZone;
  return { ...when, ...(zone !== undefined ? { timeZone: zone } : {}), ...extras };
}

/** An instant (epoch ms or Date) as a UTC second. */
export function instantWhen(epoch: number): When | null {
  if (!Number.isFinite(epoch) || Math.abs(epoch) > 8.64e15 - 1000) return null;
  const start = Math.floor(epoch / 1000) * 1000;
  const d = new Date(start);
  return clockWhen(
    { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() },
    start,
    0,
    { timeZone: "UTC" },
  );
}

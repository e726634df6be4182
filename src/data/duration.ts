import type { When } from "./types.js";

const PATTERN = /^P(?:(\d+(?:\.\d+)?)W|(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?)$/;

const MS = { week: 604_800_000, day: 86_400_000, hour: 3_600_000, minute: 60_000, second: 1000 };

/**
 * Length in milliseconds of an ISO 8601 duration ("PT5H", "P3D", "P1W").
 * Years and months have no fixed length, so they are refused (null) rather
 * than guessed; so is anything that is not a positive duration.
 *
 * @example
 * ```ts
 * durationMs("PT5H");   // 18000000
 * durationMs("P1M");    // null: a month is not a fixed length
 * ```
 */
export function durationMs(text: string): number | null {
  const m = PATTERN.exec(text.trim().toUpperCase());
  if (!m || text.trim() === "P" || /T$/.test(text.trim())) return null;
  const [, w, y, mo, d, h, mi, s] = m;
  if (y !== undefined || mo !== undefined) return null;
  const ms =
    Number(w ?? 0) * MS.week + Number(d ?? 0) * MS.day + Number(h ?? 0) * MS.hour + Number(mi ?? 0) * MS.minute + Number(s ?? 0) * MS.second;
  return ms > 0 && Number.isFinite(ms) ? ms : null;
}

const CLOCK = new Set(["hour", "minute", "second"]);

/**
 * The end of an event that starts at `start` and lasts `ms`, when the start
 * is known to the clock; null when it is only known to the day or coarser
 * (a "five-hour meeting on Tuesday" has no knowable end time).
 */
export function endAfter(start: When, ms: number): When | null {
  if (!CLOCK.has(start.precision) || start.qualifier) return null;
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(start.iso);
  const offsetMs = offset ? (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000 : 0;
  const earliest = start.earliest + ms;
  // A duration that runs past Date's range (±271,821 years) has no clock end to write.
  if (!(Math.abs(earliest + offsetMs) <= 8.64e15)) return null;
  const wall = new Date(earliest + offsetMs).toISOString();
  const zone = offset ? offset[0] : start.iso.endsWith("Z") ? "Z" : "";
  const body = start.precision === "hour" ? wall.slice(0, 13) : start.precision === "minute" ? wall.slice(0, 16) : wall.slice(0, 19);
  const end: When = { iso: body + zone, precision: start.precision, earliest, latest: start.latest + ms };
  if (start.timeZone) end.timeZone = start.timeZone;
  return end;
}

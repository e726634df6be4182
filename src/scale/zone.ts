/**
 * Time-zone offsets for zoned display. Layout is always in absolute epoch
 * milliseconds; a zone only changes where ticks fall and how they read.
 */
import { ianaOffsetMs } from "../data/dates/zones.js";

/**
 * Offset of `timeZone` from UTC at instant `t`, in milliseconds (positive
 * east of Greenwich). "UTC" and fixed offsets ("+03:00") need no Intl; IANA
 * names are read as the date parser reads them (see `ianaOffsetMs`), which
 * holds for years 0–99 and BC too.
 *
 * @example
 * ```ts
 * zoneOffset("Europe/Moscow", Date.UTC(2025, 11, 2)); // 10_800_000
 * zoneOffset("-05:30", 0); // -19_800_000
 * ```
 */
export function zoneOffset(timeZone: string, t: number): number {
  if (timeZone === "UTC") return 0;
  const fixed = /^([+-])(\d{2}):?(\d{2})$/.exec(timeZone);
  if (fixed) return (fixed[1] === "-" ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3])) * 60_000;
  const offset = ianaOffsetMs(timeZone, t);
  // Options have checked the name already (maybeTimeZone): an unknown one here is a programmer error.
  if (offset === null) throw new RangeError(`invalid timeZone: ${timeZone}`);
  return offset;
}

/**
 * The reference a relative expression resolves against (usually the
 * publication date), as one day or the two ends of a span.
 */
import type { When } from "../types.js";
import { isoInterval, isoWhen, instantWhen } from "./iso.js";
import { DAY, isWhen, utc } from "./when.js";

/** A calendar day of the reference, in floating (UTC) terms. */
export interface RefDay {
  /** UTC midnight of the day, epoch ms. */
  epoch: number;
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
}

export function refDay(year: number, month: number, day: number): RefDay {
  const epoch = utc(year, month - 1, day);
  const d = new Date(epoch);
  return { epoch, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

export function refDayAt(epoch: number): RefDay {
  const d = new Date(epoch);
  return refDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(ref: RefDay, days: number): RefDay {
  return refDayAt(ref.epoch + days * DAY);
}

const DATE_PREFIX = /^([+-]\d{4,6}|\d{4})-(\d{2})-(\d{2})/;

/** The local calendar day a When names: its own iso date when it has one (so a zoned time keeps its local day). */
function firstDay(when: When): RefDay {
  const m = DATE_PREFIX.exec(when.iso);
  return m ? refDay(Number(m[1]), Number(m[2]), Number(m[3])) : refDayAt(when.earliest);
}

function lastDay(when: When): RefDay {
  const slash = when.iso.indexOf("/");
  if (slash >= 0) {
    const m = DATE_PREFIX.exec(when.iso.slice(slash + 1));
    if (m) return refDay(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  const first = firstDay(when);
  const span = when.latest - when.earliest;
  return span > DAY ? refDayAt(first.epoch + Math.ceil(span / DAY) * DAY - DAY) : first;
}

/**
 * The days a reference admits: one day, or the first and last day of a span
 * reference (a publication known only as "2025-12-02/2025-12-03").
 */
export function referenceDays(reference: string | number | Date | When | undefined, timeZone: string | undefined): RefDay[] | null {
  let when: When | null;
  if (reference === undefined) when = instantWhen(Date.now());
  else if (typeof reference === "number") when = instantWhen(reference);
  else if (reference instanceof Date) when = instantWhen(reference.getTime());
  else if (typeof reference === "string") when = isoWhen(reference.trim(), timeZone) ?? isoInterval(reference.trim(), timeZone);
  else when = isWhen(reference) ? reference : null;
  if (!when) return null;
  const a = firstDay(when);
  const b = lastDay(when);
  return a.epoch === b.epoch ? [a] : [a, b];
}

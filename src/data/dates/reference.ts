/**
 * The reference a relative expression resolves against (usually the
 * publication date), and the tense that decides the direction of the bias.
 */
import type { When } from "../types.js";
import { isoInterval, isoWhen, instantWhen } from "./iso.js";
import { isWhen, utc } from "./when.js";

const DAY = 86_400_000;

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

// Future tense or scheduling near the expression flips the past bias.
const FUTURE = /\b(?:will|won't|shall|'ll|(?:is|are|was|were) (?:scheduled|set|due|expected|planned|slated|to)|set to|scheduled|plans? to|planned|planning|intends? to|going to|upcoming|payable|expires?|effective|as (?:soon|early) as|to (?:resume|close|open|begin|start|leave|meet|return|vote|decide))\b/;
const WINDOW_BEFORE = 60;
const WINDOW_AFTER = 40;

/**
 * True when the clause around the expression reads as future tense. Only a
 * window around the expression counts, cut at sentence ends, so a future verb
 * in a neighbouring sentence does not flip a past date.
 */
export function isFutureContext(context: string | undefined, text?: string): boolean {
  if (!context) return false;
  const c = (context.length > 2000 ? context.slice(0, 2000) : context).toLowerCase();
  let window = c;
  const at = text ? c.indexOf(text.toLowerCase()) : -1;
  if (at >= 0) {
    let before = c.slice(Math.max(0, at - WINDOW_BEFORE), at);
    let after = c.slice(at + (text?.length ?? 0), at + (text?.length ?? 0) + WINDOW_AFTER);
    const end = /[.!?;]\s+(?=["'\s]*[a-z])(?![a-z]\.)/g;
    let m: RegExpExecArray | null;
    let cut = -1;
    while ((m = end.exec(before))) cut = m.index + m[0].length;
    if (cut >= 0) before = before.slice(cut);
    const stop = /[.!?;]\s/.exec(after);
    if (stop) after = after.slice(0, stop.index);
    window = `${before} ${after}`;
  }
  return FUTURE.test(window);
}

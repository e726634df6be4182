/**
 * A slide's `display_date` read against its structured date, so that the
 * hedges authors write there ("c. 1677", "Between 1678-1680", "mid 1730s",
 * "Spring") reach the event's own date: its qualifier and its bounds.
 */
import { parseDate } from "../dates/index.js";
import { coarser } from "../dates/iso.js";
import { seasonWhen, type Season } from "../dates/when.js";
import type { When } from "../types.js";

/** The event's dates after reading its display date. */
export interface Displayed {
  start: When;
  end?: When;
  /** The display date names another date than the structured one, which was kept. */
  mismatch: boolean;
}

const HEDGE = /^(?:c\.|ca\.?|circa|approx\.?|approximately|about|around|~)\s*(.+)$/i;
const RANGE = /^(?:between\s+)?(.+?)\s*(?:-|\u2013|\u2014|\bto\b|\band\b)\s*(.+)$/i;
const SEASON: Record<string, Season> = { spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI" };

function overlaps(a: When, b: When): boolean {
  return a.earliest < b.latest && b.earliest < a.latest;
}

function parse(text: string, reference: When): When | null {
  try {
    return parseDate(text, { reference });
  } catch {
    return null;
  }
}

/** One date as written, with the forms parseDate leaves to callers that know the year. */
function readOne(text: string, reference: When): When | null {
  const direct = parse(text, reference);
  const hedge = HEDGE.exec(text.trim());
  // "c. 3500 BC": the hedge is part of what was written, whichever reader found the date.
  if (direct !== null) return hedge && direct.qualifier === undefined ? { ...direct, qualifier: "about" } : direct;
  const season = SEASON[text.trim().toLowerCase()];
  // A season alone is in the slide's year, which a Date can name wherever seasons mean anything.
  if (season !== undefined && Math.abs(reference.earliest) < 8.64e15) {
    return seasonWhen(new Date(reference.earliest).getUTCFullYear(), season);
  }
  if (hedge) {
    const inner = readOne(hedge[1]!, reference);
    return inner === null ? null : { ...inner, qualifier: "about" };
  }
  return null;
}

/** "1678-1680", "1962–64", "Between May and July": both ends, the second read against the first. */
function readRange(text: string, reference: When): [When, When] | null {
  const m = RANGE.exec(text.trim());
  if (!m) return null;
  const a = readOne(m[1]!, reference);
  if (a === null) return null;
  let tail = m[2]!;
  // "1962–64": the second year shares the first one's century.
  const year = /^\d{4}$/.exec(m[1]!.trim().replace(/^between\s+/i, ""));
  if (year && /^\d{2}$/.test(tail.trim())) tail = year[0].slice(0, 2) + tail.trim();
  const b = readOne(tail, a);
  return b !== null && a.earliest < b.latest ? [a, b] : null;
}

/**
 * Reads `display` against the structured `start` (and `end`). A display
 * date that names the same time, more or less precisely, becomes the
 * event's date, with its qualifier and bounds; a range becomes the event's
 * two ends when the slide has an end, else one uncertain date spanning it.
 * One that names another time keeps the structured date (TimelineJS places
 * slides by it) and is flagged. The text is always kept as written.
 */
export function readDisplayDate(display: string, start: When, end: When | undefined): Displayed {
  const text = { text: display };
  const one = readOne(display, start);
  if (one !== null && !one.iso.includes("/")) {
    if (!overlaps(one, start)) return { start: { ...start, ...text }, ...(end ? { end } : {}), mismatch: true };
    return { start: { ...(replaces(one, start) ? one : start), ...text }, ...(end ? { end } : {}), mismatch: false };
  }
  // parseDate reads "1962–64" as one interval; split, its ends can become the slide's two.
  const range = readRange(display, start);
  if (range === null && one === null) return { start: { ...start, ...text }, ...(end ? { end } : {}), mismatch: false };
  const [a, b] = range ?? [one!, one!];
  const whole = range === null ? one! : spanning(a, b);
  if (!overlaps(whole, start)) return { start: { ...start, ...text }, ...(end ? { end } : {}), mismatch: true };
  if (end !== undefined && range !== null && overlaps(b, end)) {
    return { start: { ...a, ...text }, end: b, mismatch: false };
  }
  return { start: { ...whole, ...text }, ...(end ? { end } : {}), mismatch: false };
}

const YEARLY = new Set(["year", "decade", "century", "millennium", "Ma", "Ga"]);

/**
 * Whether a display date that overlaps the structured one should replace
 * it: when it hedges ("c. 1677"), when it is more precise ("Spring" in a
 * year), or when the structured date is only a year standing for a wider
 * span ("1850s" on 1855). A plain "Thursday, March 14" on a slide timed
 * 18:30 is a shorter label, and the clock time stays.
 */
function replaces(display: When, start: When): boolean {
  if (display.qualifier !== undefined) return true;
  if (display.latest - display.earliest <= start.latest - start.earliest) return true;
  return YEARLY.has(start.precision);
}

function spanning(a: When, b: When): When {
  const when: When = { iso: `${a.iso}/${b.iso}`, precision: coarser(a, b), earliest: a.earliest, latest: b.latest };
  const qualifier = a.qualifier ?? b.qualifier;
  return qualifier === undefined ? when : { ...when, qualifier };
}

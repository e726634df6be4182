/**
 * What the live region says, as text: an event the reader reached (its
 * title, its date with the part of day, its lane, its place in time order,
 * its sources, and which source gives which date when they disagree), and
 * the span a zoom settled on. Pure: the chart decides when to say it.
 */
import type { Precision, Source, TimelineEvent, When } from "../data/types.js";
import { formatShort, formatSpan, formatWhen } from "../scale/format.js";
import { dayPeriod } from "../scale/words.js";
import { isConflict } from "./events.js";
import { sourceName } from "./evidence.js";
import type { TimelineLabels } from "./labels.js";

export interface AnnounceContext {
  locale: string;
  /** The chart's time zone (clock times are said in it). */
  timeZone: string;
  labels: TimelineLabels;
  sources: ReadonlyMap<string, Source>;
}

/** Where an event sits: its 1-based place in time order, of how many, its lane's name, and whether the keyboard hit an end. */
export interface EventPlace {
  index: number;
  total: number;
  /** The lane's name; left out of a chart with one lane. */
  lane?: string;
  /** Set when a key went to (or tried to go past) the first or the last event. */
  edge?: "first" | "last";
}

const FINER_THAN_DAY = new Set<Precision>(["hour", "minute", "second"]);

/**
 * A date as said aloud: short, with its part of day ("Dec 2, 2025 (evening)")
 * or its clock time, at the precision the sources gave.
 *
 * @example
 * ```ts
 * spokenWhen(parseDate("Tuesday evening", { reference: "2025-12-03" })!, "en-US", "UTC", defaultLabels);
 * // "Dec 2, 2025 (evening)"
 * ```
 */
export function spokenWhen(when: When, locale: string, timeZone: string, labels: TimelineLabels): string {
  if (FINER_THAN_DAY.has(when.precision)) return formatWhen(when, locale, timeZone, labels);
  const text = formatShort(when, locale, labels);
  return when.partOfDay ? labels.partOfDay(text, when.partOfDay, dayPeriod(when.partOfDay, locale)) : text;
}

/** An event's date as said aloud, a range as "from – to". */
export function spokenDate(e: TimelineEvent, locale: string, timeZone: string, labels: TimelineLabels): string {
  const start = spokenWhen(e.start, locale, timeZone, labels);
  return e.end ? `${start} – ${spokenWhen(e.end, locale, timeZone, labels)}` : start;
}

/**
 * The dates an event's citations resolve to, each with the sources that
 * give it, in citation order: what a date conflict is made of.
 */
export function dateClaims(e: TimelineEvent, ctx: AnnounceContext): { sources: string[]; date: string }[] {
  const claims = new Map<string, string[]>();
  for (const c of e.citations) {
    if (!c.date) continue;
    const date = spokenWhen(c.date, ctx.locale, ctx.timeZone, ctx.labels);
    const name = sourceName(c.source, ctx.sources);
    const names = claims.get(date) ?? [];
    if (!names.includes(name)) names.push(name);
    claims.set(date, names);
  }
  return [...claims].map(([date, sources]) => ({ date, sources }));
}

/**
 * The live region's line for an event: "Last event. Putin meets Witkoff and
 * Kushner in the Kremlin, Dec 2, 2025 (evening), Negotiations. 14 of 14. 5
 * sources." and, when the sources disagree on the date, which says which.
 *
 * @example
 * ```ts
 * live.textContent = eventAnnouncement(event, { index: 3, total: 14, lane: "Russia" }, ctx);
 * ```
 */
export function eventAnnouncement(e: TimelineEvent, place: EventPlace, ctx: AnnounceContext): string {
  const { labels } = ctx;
  const edge = place.edge === "first" ? labels.firstEvent : place.edge === "last" ? labels.lastEvent : "";
  let text = `${edge ? `${edge}. ` : ""}${e.title}, ${spokenDate(e, ctx.locale, ctx.timeZone, labels)}`;
  if (place.lane) text += `, ${place.lane}`;
  text += `. ${labels.position(place.index, place.total)}. `;
  text += `${e.citations.length ? labels.sourceCount(e.citations.length) : labels.noSources}.`;
  if (isConflict(e)) {
    const claims = dateClaims(e, ctx);
    text += ` ${claims.length > 1 ? labels.sourcesDisagree(claims) : labels.dateConflict}`;
  }
  return text;
}

/** The precision a span of `ms` is said at: years, months, days, or (under two days) clock times. */
function spanPrecision(ms: number): Precision {
  const day = 86_400_000;
  if (ms >= 3 * 365 * day) return "year";
  if (ms >= 90 * day) return "month";
  return ms >= 2 * day ? "day" : "minute";
}

/** The zone a clock time is said in, as event dates name it: " UTC", " (Europe/Moscow)", " (UTC+03:00)". */
function zoneName(timeZone: string): string {
  return timeZone === "UTC" ? " UTC" : /^[+-]/.test(timeZone) ? ` (UTC${timeZone})` : ` (${timeZone})`;
}

/**
 * The live region's line after a zoom or pan settles: the span shown, at
 * the precision its length calls for, and how many events it holds.
 *
 * @example
 * ```ts
 * viewAnnouncement(Date.UTC(2025, 11, 1), Date.UTC(2025, 11, 4), 9, ctx);
 * // "Showing Dec 1, 2025 – Dec 3, 2025, 9 events"
 * viewAnnouncement(Date.UTC(2025, 11, 2, 3, 43), Date.UTC(2025, 11, 2, 15, 43), 3, ctx);
 * // "Showing Dec 2, 2025, 3:43 AM – 3:43 PM UTC, 3 events"
 * ```
 */
export function viewAnnouncement(t0: number, t1: number, count: number, ctx: AnnounceContext): string {
  const precision = spanPrecision(t1 - t0);
  // Under two days: the short date of the rest of the live region, said once when the span stays in one day,
  // then the clock times and the zone they are in ("Dec 2, 2025, 3:43 AM – 3:43 PM UTC").
  if (precision === "minute")
    return ctx.labels.showing(`${formatSpan(t0, t1, ctx.locale, ctx.timeZone)}${zoneName(ctx.timeZone)}`, count);
  const at = (t: number): string =>
    spokenWhen({ iso: "", precision, earliest: t, latest: t + 1 }, ctx.locale, ctx.timeZone, ctx.labels);
  // The span ends before t1: a view up to midnight of Dec 4 shows Dec 3 last.
  const [a, b] = [at(t0), at(t1 - 1)];
  return ctx.labels.showing(a === b ? a : `${a} – ${b}`, count);
}

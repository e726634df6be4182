/**
 * The numeric model of a timeline: per-event typed arrays computed once per
 * data update, so zoom, culling and label layout never touch event objects
 * or date logic in a frame.
 */
import { durationMs } from "../data/duration.js";
import { sortedIndices } from "../data/order.js";
import type { Precision, TimelineEvent, When } from "../data/types.js";
import { toSpan } from "../scale/instant.js";
import { DAY, HOUR } from "../scale/time.js";

/** Hours of the day each part covers, [from, to) (night runs past midnight). */
const PART_HOURS = { morning: [6, 12], afternoon: [12, 18], evening: [18, 22], night: [22, 29] } as const;

/**
 * The span of instants a date can denote, narrowed by what the date says
 * beyond its precision: a part of the day, or "early"/"mid"/"late".
 *
 * @example
 * ```ts
 * whenSpan({ iso: "2025-12-02", precision: "day", partOfDay: "evening", earliest: d, latest: d + 864e5 });
 * // [d + 18h, d + 22h]
 * ```
 */
export function whenSpan(w: When): [number, number] {
  let a = w.earliest,
    b = w.latest;
  if (w.partOfDay && b - a >= DAY - HOUR && b - a <= DAY + HOUR) {
    const [from, to] = PART_HOURS[w.partOfDay];
    b = a + to * HOUR;
    a = a + from * HOUR;
  }
  if (w.qualifier === "early" || w.qualifier === "mid" || w.qualifier === "late") {
    const third = (b - a) / 3;
    const k = w.qualifier === "early" ? 0 : w.qualifier === "mid" ? 1 : 2;
    a = a + k * third;
    b = a + third;
  }
  return [a, b];
}

/** A date whose span is just [earliest, latest]: no part of day or qualifier narrows it. */
const plain = (w: When): boolean => w.partOfDay === undefined && w.qualifier === undefined;

const FINE = new Set(["hour", "minute", "second"]);

/** The length of one unit of each precision (ms): the finest tick step a date written at it warrants. */
export const UNIT: Record<Precision, number> = {
  second: 1000,
  minute: 60_000,
  hour: HOUR,
  day: DAY,
  week: 7 * DAY,
  month: 28 * DAY,
  season: 89 * DAY,
  quarter: 89 * DAY,
  year: 365 * DAY,
  decade: 3650 * DAY,
  century: 36_500 * DAY,
  millennium: 365_000 * DAY,
  Ma: 365e6 * DAY,
  Ga: 365e9 * DAY,
};

/** Numeric arrays, one slot per event, in the events' (sorted) order. */
export interface Model {
  events: readonly TimelineEvent[];
  n: number;
  /** Start of what is drawn: the uncertainty band or the bar (ms). */
  a: Float64Array;
  /** End of what is drawn (ms, exclusive). */
  b: Float64Array;
  /** Where the mark sits: a range's start, an instant's midpoint (ms). */
  x: Float64Array;
  /** The unit of each event's precision (ms), see `UNIT`. */
  unit: Float64Array;
  /** The smallest of `unit`; 0 when there are no events. */
  minUnit: number;
  /** 1 when the event is a range drawn as a bar. */
  range: Uint8Array;
  /** -1 fades toward earlier ("before"), 1 toward later ("after"), 0 none. */
  fade: Int8Array;
  /** Lane index per event. */
  lane: Int32Array;
  /** Lanes in first-appearance order of their groups. */
  lanes: { key: string; label: string }[];
  /** Event indices sorted by mark position (ties in the events' order). */
  order: Int32Array;
  /** Position of each event in `order`. */
  rank: Int32Array;
  /** The widest drawn span (ms), for culling bars that start off-screen. */
  maxSpan: number;
  /** [min a, max b] over all events; null when empty. */
  extent: [number, number] | null;
  /**
   * [first mark, last mark or bar end]: what the first view must show. An
   * uncertainty span fades out on its own and may run past it ("before
   * Dec 2" reaches back days; fitting those left most of the plot empty).
   */
  marks: [number, number] | null;
  /**
   * The narrowest span any event's date tells apart (ms): its precision's
   * unit, or the part of day or early/mid/late third it names (0 with no
   * events). The zoom limit and the axis's finest fallback step follow it.
   */
  finest: number;
  /** Events per source id (each source once per event) and per tag: the legend's counts. */
  perSource: Map<string, number>;
  perTag: Map<string, number>;
}

/**
 * Builds the numeric model. `laneOf` gives each event's lane key;
 * `groupLabel` turns a key into its lane label.
 *
 * @example
 * ```ts
 * const m = buildModel(timeline.events, (e) => e.group ?? "", (k) => k);
 * m.x[0]; // epoch ms of the first mark
 * ```
 */
export function buildModel(
  events: readonly TimelineEvent[],
  laneOf: (e: TimelineEvent) => string,
  groupLabel: (key: string) => string,
  laneOrder: readonly string[] = [],
): Model {
  const n = events.length;
  const a = new Float64Array(n),
    b = new Float64Array(n),
    x = new Float64Array(n);
  const range = new Uint8Array(n),
    fade = new Int8Array(n),
    lane = new Int32Array(n),
    unit = new Float64Array(n);
  // Lane keys are numbered in order of appearance in the main loop, and the
  // numbers mapped to lane indexes after it (declared groups first): each
  // pass over 100,000 event objects scattered in the heap costs 15-30 ms in
  // cache misses alone, and this needs none of its own.
  const seen = new Map<string, number>(),
    perSource = new Map<string, number>(),
    perTag = new Map<string, number>();
  let lo = Infinity,
    hi = -Infinity,
    mlo = Infinity,
    mhi = -Infinity,
    maxSpan = 0,
    finest = Infinity,
    minUnit = Infinity;
  for (let i = 0; i < n; i++) {
    const e = events[i] as TimelineEvent;
    // Plain dates (the bulk of a large timeline) skip whenSpan and its pair.
    let sa = e.start.earliest,
      sb = e.start.latest;
    if (!plain(e.start)) [sa, sb] = whenSpan(e.start);
    let ea = sa,
      eb = sb;
    if (e.end) {
      const endB = plain(e.end) ? e.end.latest : whenSpan(e.end)[1];
      // A clock-time end is the moment it ended; a calendar end includes its whole day/month.
      eb = FINE.has(e.end.precision) ? Math.max(e.end.earliest, sa) : endB;
      range[i] = eb > sa ? 1 : 0;
      x[i] = sa;
    } else if (e.duration && FINE.has(e.start.precision) && (durationMs(e.duration) ?? 0) > 0) {
      // "A five-hour meeting" that started at a known time is a bar, though the data has no end.
      eb = sa + (durationMs(e.duration) ?? 0);
      range[i] = 1;
      x[i] = sa;
    } else if (e.start.qualifier === "before" || e.start.qualifier === "after") {
      // "Before X" is known at X's side: the mark sits where X begins (or, for
      // "after", ends) and the span of possible dates runs to the open side.
      const anchor = toSpan(e.start.iso);
      const before = e.start.qualifier === "before";
      x[i] = Math.min(sb, Math.max(sa, anchor ? anchor[before ? 0 : 1] : before ? sb : sa));
      if (before) eb = x[i]!;
      else ea = x[i]!;
    } else {
      x[i] = (sa + sb) / 2;
    }
    a[i] = ea;
    b[i] = Math.max(eb, ea);
    fade[i] = e.start.qualifier === "before" ? -1 : e.start.qualifier === "after" ? 1 : 0;
    unit[i] = UNIT[e.start.precision] ?? DAY;
    if (unit[i]! < minUnit) minUnit = unit[i]!;
    // "Tuesday evening" or "early 2025" tells apart a part of its unit: the
    // zoom limit follows it, while ticks over it stay days (or years).
    const told = sb - sa > 0 && sb - sa < unit[i]! ? sb - sa : unit[i]!;
    if (told < finest) finest = told;
    const key = laneOf(e);
    let k = seen.get(key);
    if (k === undefined) seen.set(key, (k = seen.size));
    lane[i] = k;
    if (a[i]! < lo) lo = a[i]!;
    if (b[i]! > hi) hi = b[i]!;
    if (x[i]! < mlo) mlo = x[i]!;
    const end = range[i] ? b[i]! : x[i]!;
    if (end > mhi) mhi = end;
    if (b[i]! - a[i]! > maxSpan) maxSpan = b[i]! - a[i]!;
    // Counted here, with the event at hand, rather than in a pass of their own (see above).
    const cs = e.citations;
    for (let k = 0; k < cs.length; k++) {
      const id = cs[k]!.source;
      // Citations are few: a scan beats a Set per event.
      let again = false;
      for (let j = 0; j < k && !again; j++) again = cs[j]!.source === id;
      if (!again) perSource.set(id, (perSource.get(id) ?? 0) + 1);
    }
    for (let k = 0; k < e.tags.length; k++) perTag.set(e.tags[k]!, (perTag.get(e.tags[k]!) ?? 0) + 1);
  }
  const lanes: { key: string; label: string }[] = [];
  const laneOfKey = new Int32Array(seen.size).fill(-1);
  for (const key of [...laneOrder, ...seen.keys()]) {
    const k = seen.get(key);
    if (k === undefined || laneOfKey[k]! >= 0) continue;
    laneOfKey[k] = lanes.length;
    lanes.push({ key, label: groupLabel(key) });
  }
  for (let i = 0; i < n; i++) lane[i] = laneOfKey[lane[i]!]!;
  // Ties keep the data's order, which normalize made (start, end, id).
  const order = sortedIndices([x], n);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[order[r]!] = r;
  return {
    events,
    n,
    a,
    b,
    x,
    unit,
    minUnit: n ? minUnit : 0,
    range,
    fade,
    lane,
    lanes,
    order,
    rank,
    maxSpan,
    extent: n ? [lo, hi] : null,
    marks: n ? [mlo, mhi] : null,
    finest: n ? finest : 0,
    perSource,
    perTag,
  };
}

/**
 * Times of day ("10:30 a.m.", "18:00 MSK", "noon", "4 in the morning") and
 * parts of day ("Friday afternoon", "last night", "tonight").
 */
import type { PartOfDay } from "../../types.js";
import { ZONE_PATTERN, zoneFromToken, type Zone } from "../zones.js";

export interface ClockMatch {
  /** 0–24; 24 only for midnight, the end of the day. */
  hour: number;
  minute?: number;
  second?: number;
  /** The zone written next to the time; undefined when none was written, null when unreadable. */
  zone: Zone | null | undefined;
  /** The text around the time, to be read as the day. */
  rest: string;
}

const MERIDIEM = String.raw`(a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'clock|in the morning|in the afternoon|in the evening|at night|tonight)`;
const RE_CLOCK = new RegExp(
  String.raw`(?:^|[\s,(])(?:at\s+)?(?:(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*` + MERIDIEM +
    String.raw`|(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*h)?|(noon|midday|midnight))(?:\s*\(?(${ZONE_PATTERN})\)?)?(?=$|[\s,.)])`,
);

/** Finds a clock time in the text and returns it with the remaining text. */
export function extractClock(s: string): ClockMatch | null {
  const m = RE_CLOCK.exec(s);
  if (!m) return null;
  let hour: number;
  let minute: number | undefined;
  let second: number | undefined;
  if (m[8] !== undefined) {
    // Midnight attached to a day names its end ("expires at midnight Friday"): 24:00.
    hour = m[8] === "midnight" ? 24 : 12;
    minute = 0;
  } else if (m[1] !== undefined) {
    hour = Number(m[1]);
    minute = m[2] !== undefined ? Number(m[2]) : undefined;
    second = m[3] !== undefined ? Number(m[3]) : undefined;
    const mer = m[4] ?? "";
    if (hour > 12 || hour === 0) return null;
    const pm = mer.startsWith("p") || mer === "in the afternoon" || mer === "in the evening" || ((mer === "at night" || mer === "tonight") && hour >= 6 && hour < 12);
    if (pm && hour < 12) hour += 12;
    else if (!pm && hour === 12 && mer !== "o'clock") hour = 0;
  } else {
    hour = Number(m[5]);
    minute = Number(m[6]);
    second = m[7] !== undefined ? Number(m[7]) : undefined;
  }
  if (hour > 24 || (minute ?? 0) > 59 || (second ?? 0) > 59) return null;
  const zone = m[9] !== undefined ? zoneFromToken(m[9].replace("−", "-")) : undefined;
  const rest = (s.slice(0, m.index) + " " + s.slice(m.index + m[0].length))
    .replace(/\b(?:on|at)\b/g, " ")
    .replace(/[,()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const out: ClockMatch = { hour, zone, rest };
  if (minute !== undefined) out.minute = minute;
  if (second !== undefined) out.second = second;
  return out;
}

export interface PartMatch {
  part: PartOfDay;
  /** Days to add to the day the rest names ("last night" is the night before). */
  shift: number;
  rest: string;
}

const PART_OF: Readonly<Record<string, PartOfDay>> = { morning: "morning", afternoon: "afternoon", evening: "evening", night: "night", overnight: "night" };
const RE_PART_AFTER = /^(.*?)\s*\b(?:(?:early|late|mid)[- ]?)?(morning|afternoon|evening|night|overnight)$/;
const RE_PART_BEFORE = /^(?:in the\s+)?(?:(?:early|late|mid)[- ]?)?(morning|afternoon|evening|night)\s+(?:of\s+)?(.+)$/;

/** Finds a part-of-day word and returns it with the text naming the day. */
export function extractPart(s: string): PartMatch | null {
  if (s === "tonight" || s === "overnight") return { part: "night", shift: 0, rest: "" };
  let m = RE_PART_AFTER.exec(s);
  let part: PartOfDay | undefined;
  let rest = "";
  if (m) {
    part = PART_OF[m[2] ?? ""];
    rest = (m[1] ?? "").replace(/[,]$/, "").trim();
  } else if ((m = RE_PART_BEFORE.exec(s))) {
    part = PART_OF[m[1] ?? ""];
    rest = (m[2] ?? "").trim();
  }
  if (!part) return null;
  rest = rest.replace(/^(?:early|late|later|earlier|on|in|of)\s+/, "").replace(/\s+(?:on|in|of)$/, "");
  switch (rest) {
    case "": case "the": case "this": case "that": case "in the": case "during the": case "same": case "the same":
      return { part, shift: 0, rest: "" };
    case "last": case "the previous": case "the preceding":
      return { part, shift: -1, rest: "" };
    case "the next": case "the following": case "next": case "tomorrow":
      return { part, shift: rest === "tomorrow" ? 1 : 1, rest: "" };
  }
  return { part, shift: 0, rest };
}

/**
 * Times of day ("10:30 a.m.", "18:00 MSK", "430pm", "0737 GMT", "12 noon",
 * "4 in the morning") and parts of day ("Friday afternoon", "last night",
 * "the early hours of Sunday").
 */
import type { PartOfDay } from "../../types.js";
import { PART_OF_DAY, PARTS_OF_DAY } from "../vocabulary.js";
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

const MERIDIEM = String.raw`(?<mer>a\.?\s?m\b\.?|p\.?\s?m\b\.?|(?:o'clock )?(?:in the morning|in the afternoon|in the evening|at night|tonight)|o'clock)`;
/**
 * A clock time anywhere in the text: "3:30 p.m.", "430pm" (hours and minutes run together before a meridiem), "19:00
 * hr", "0737 GMT" (four digits only with a zone), "12 noon"; then an optional zone.
 */
export const CLOCK_PATTERN = new RegExp(
  String.raw`(?:^|[\s,(])(?:at\s+)?(?:(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?(?::(?<s>\d{2}))?\s*${MERIDIEM}` +
    String.raw`|(?<ch>1[0-2]|0?[1-9])(?<cm>[0-5]\d)\s*(?<cmer>a\.?m\b\.?|p\.?m\b\.?)` +
    String.raw`|(?<h24>\d{1,2}):(?<m24>\d{2})(?::(?<s24>\d{2}))?(?:\s*(?:hrs?|h)\b\.?)?` +
    String.raw`|(?<mh>[01]\d|2[0-3])(?<mm>[0-5]\d)(?:\s*(?:hrs?|h)\b\.?)?(?=\s*\(?(?:${ZONE_PATTERN})\b)` +
    String.raw`|(?:12\s+)?(?<word>noon|midday|midnight))(?:\s*\(?(?<zone>${ZONE_PATTERN})\)?)?(?:\s+local\s+time)?(?=$|[\s,.)])`,
);

function meridiem(hour: number, written: string): number | null {
  if (hour > 12 || hour === 0) return null;
  // "Ten o'clock at night" is ten at night.
  const mer = written.startsWith("o'clock ") ? written.slice(8) : written;
  const pm =
    mer.startsWith("p") ||
    mer === "in the afternoon" ||
    mer === "in the evening" ||
    ((mer === "at night" || mer === "tonight") && hour >= 6 && hour < 12);
  if (pm && hour < 12) return hour + 12;
  if (!pm && hour === 12 && mer !== "o'clock") return 0;
  return hour;
}

/** The clock time of a {@link CLOCK_PATTERN} match, with the rest of its input as the day; null when no real time. */
export function clockOf(m: RegExpExecArray): ClockMatch | null {
  const g = m.groups ?? {};
  let hour: number | null;
  let minute: number | undefined;
  let second: number | undefined;
  if (g["word"] !== undefined) {
    // Midnight attached to a day names its end ("expires at midnight Friday"): 24:00.
    hour = g["word"] === "midnight" ? 24 : 12;
    minute = 0;
  } else if (g["h"] !== undefined) {
    hour = meridiem(Number(g["h"]), g["mer"] ?? "");
    minute = g["m"] !== undefined ? Number(g["m"]) : undefined;
    second = g["s"] !== undefined ? Number(g["s"]) : undefined;
  } else if (g["ch"] !== undefined) {
    hour = meridiem(Number(g["ch"]), g["cmer"] ?? "");
    minute = Number(g["cm"]);
  } else {
    hour = Number(g["h24"] ?? g["mh"]);
    minute = Number(g["m24"] ?? g["mm"]);
    second = g["s24"] !== undefined ? Number(g["s24"]) : undefined;
  }
  if (hour === null || hour > 24 || (minute ?? 0) > 59 || (second ?? 0) > 59) return null;
  const zone = g["zone"] !== undefined ? zoneFromToken(g["zone"].replace("−", "-")) : undefined;
  const s = m.input;
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

/** Finds a clock time in the text and returns it with the remaining text. */
export function extractClock(s: string): ClockMatch | null {
  const m = CLOCK_PATTERN.exec(s);
  return m ? clockOf(m) : null;
}

export interface PartMatch {
  part: PartOfDay;
  /** Days to add to the day the rest names ("last night" is the night before). */
  shift: number;
  rest: string;
}

const RE_PART_AFTER = new RegExp(`^(?<rest>.*?)\\s*\\b(?:(?:early|late|mid)[- ]?)?(?<part>${PART_OF_DAY})$`);
const RE_PART_BEFORE = new RegExp(
  `^(?:in\\s+)?(?:the\\s+)?(?:(?:early|late|mid)[- ]?)?(?<part>${PART_OF_DAY})\\s+(?:of\\s+)?(?<rest>.+)$`,
);
/** Any text holding a part-of-day word: the part-of-day rule reads it with {@link extractPart}. */
export const PART_PATTERN = new RegExp(`^tonight$|\\b${PART_OF_DAY}\\b`);

/** Finds a part-of-day word and returns it with the text naming the day. */
export function extractPart(s: string): PartMatch | null {
  if (s === "tonight" || s === "overnight") return { part: "night", shift: 0, rest: "" };
  const m = RE_PART_AFTER.exec(s) ?? RE_PART_BEFORE.exec(s);
  if (!m) return null;
  const part = PARTS_OF_DAY[(m.groups?.["part"] ?? "").replace(/\s+/g, " ")];
  if (!part) return null;
  let rest = (m.groups?.["rest"] ?? "").replace(/[,]$/, "").trim();
  rest = rest.replace(/^(?:early|late|later|earlier|on|in|of)\s+/, "").replace(/\s+(?:on|in|of)$/, "");
  switch (rest) {
    case "":
    case "the":
    case "this":
    case "that":
    case "in the":
    case "during the":
    case "same":
    case "the same":
      return { part, shift: 0, rest: "" };
    case "last":
    case "the previous":
    case "the preceding":
      return { part, shift: -1, rest: "" };
    case "the next":
    case "the following":
    case "next":
    case "tomorrow":
      return { part, shift: 1, rest: "" };
  }
  return { part, shift: 0, rest };
}

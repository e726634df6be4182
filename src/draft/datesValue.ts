/**
 * TIMEX3-style values for what is not a calendar point: durations ("P3D"),
 * frequencies ("P1W") and references to the present, past or future; and
 * the TIMEX3 value of a {@link When} at its precision.
 */
import { cardinal, FREQUENCIES, MONTHS, REFERENCES, WEEKDAYS } from "../data/dates/vocabulary.js";
import type { When } from "../data/types.js";

/** A reference to the present, the past or the future, as TIMEX3 writes them. */
export type ReferenceValue = "PRESENT_REF" | "PAST_REF" | "FUTURE_REF";

const UNIT_CODE: Readonly<Record<string, [string, number]>> = {
  second: ["TS", 1],
  minute: ["TM", 1],
  hour: ["TH", 1],
  day: ["D", 1],
  night: ["D", 1],
  weekend: ["D", 2],
  week: ["W", 1],
  fortnight: ["W", 2],
  month: ["M", 1],
  quarter: ["Q", 1],
  year: ["Y", 1],
  // ISO 8601 has no decade, century or millennium designator: they are written in years ("two decades" is P20Y).
  decade: ["Y", 10],
  century: ["Y", 100],
  centurie: ["Y", 100],
  millenni: ["Y", 1000],
};

const UNIT_IN =
  /(second|minute|hour|day|night|weekend|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|millenni)(?:um|a|s)?\b/;
const VAGUE =
  /\b(?:several|few|many|some|a number of|couple of)\b|^(?:the\s+)?(?:past|last|next|previous|coming|following|first|(?:most\s+)?recent)?\s*(?:hours|days|weeks|months|years|decades|centuries)$/;

// A fraction of a unit is written in the next smaller one: "5 1/2 hours" is PT5H30M, as ISO 8601 prefers.
const SMALLER: Readonly<Record<string, [string, number]>> = {
  Y: ["M", 12],
  M: ["D", 30],
  W: ["D", 7],
  D: ["TH", 24],
  TH: ["TM", 60],
  TM: ["TS", 60],
};

function durationOf(n: number | "X", code: string, scale: number): string {
  const time = code.startsWith("T");
  const letter = time ? code.slice(1) : code;
  if (n === "X") return `P${time ? "T" : ""}X${letter}`;
  const whole = Math.floor(n * scale);
  const rest = n * scale - whole;
  const next = SMALLER[code];
  if (rest > 0 && next && Number.isInteger(rest * next[1])) {
    const head = whole > 0 ? `${whole}${letter}` : "";
    const part = `${rest * next[1]}${next[0].replace("T", "")}`;
    // Days then hours cross into the time part: P1DT12H.
    if (!time && next[0].startsWith("T")) return `P${head}T${part}`;
    return `P${time ? "T" : ""}${head}${part}`;
  }
  return `P${time ? "T" : ""}${Math.round(n * scale * 1000) / 1000}${letter}`;
}

/** The amount written before the unit: a number, a number word, a half; "X" when vague. */
function amountOf(s: string, andAHalf: boolean): number | "X" | null {
  if (VAGUE.test(s)) return "X";
  const half = andAHalf || /\band[\s-]a[\s-]half\b/.test(s) ? 0.5 : 0;
  if (/\bhalf\s+an?\b|\ba\s+half\b/.test(s) && !half) return 0.5;
  const halves = /(\d+)\s+1\/2\b/.exec(s);
  if (halves) return Number(halves[1]) + 0.5;
  const digits = /(\d+(?:\.\d+)?)/.exec(s);
  if (digits) return Number(digits[1]) + half;
  const words = s
    .replace(UNIT_IN, " ")
    .replace(/[-\s]+/g, " ")
    .trim()
    .split(" ");
  // The longest run of words before the unit that reads as a number: "twenty one", "a couple of".
  for (let i = 0; i < words.length; i++) {
    const n = cardinal(words.slice(i).join(" ")) || cardinal(words.slice(i).join("-"));
    if (Number.isFinite(n) && n > 0) return n + half;
  }
  return /\b(?:a|an|one|the)\b/.test(s) || /^(?:[a-z]+\s+)?(?:hour|day|week|month|year)/.test(s) ? 1 + half : null;
}

/**
 * The ISO 8601 duration of a length of time written in words ("three days" →
 * "P3D", "16-hour" → "PT16H", "the past two years" → "P2Y", "years" → "PXY").
 */
export function durationValue(text: string): string | null {
  // "Two more weeks" lasts two weeks.
  const s = text
    .toLowerCase()
    .replace(/-(?:long|old)$/, "")
    .replace(/\s+more(?=[\s-])/, "");
  const aged = /^aged\s+(\d{1,3})$/.exec(s);
  if (aged) return `P${aged[1]}Y`;
  const unit = UNIT_IN.exec(s);
  if (!unit) return null;
  const [code, scale] = UNIT_CODE[unit[1] ?? ""] ?? ["D", 1];
  const n = amountOf(s.slice(0, unit.index + unit[0].length), /\band[\s-]a[\s-]half$/.test(s));
  if (n === null) return null;
  return durationOf(n, code, scale);
}

/** The period of a frequency ("daily" → "P1D", "every two weeks" → "P2W", "twice a year" → "P1Y"). */
export function setValue(text: string): string | null {
  const s = text.toLowerCase();
  const word = FREQUENCIES[s];
  if (word) return word;
  // TIMEX3 writes a recurring calendar position as that position with the rest unknown: "every Thursday" is
  // XXXX-WXX-4 (ISO weekday), "each July" XXXX-07, "every Monday night" XXXX-WXX-1TNI.
  const named = /^(?:every|each)\s+([a-z]+?)s?(?:\s+(morning|afternoon|evening|night))?$/.exec(s);
  const weekday = named ? WEEKDAYS[named[1] ?? ""] : undefined;
  if (named && weekday !== undefined && (named[1] ?? "").endsWith("day")) {
    const part = named[2] ? `T${PART_CODE[named[2]] ?? "MO"}` : "";
    return `XXXX-WXX-${weekday === 0 ? 7 : weekday}${part}`;
  }
  const month = named && !named[2] ? MONTHS[named[1] ?? ""] : undefined;
  if (month !== undefined && (named?.[1] ?? "").length > 3) return `XXXX-${String(month).padStart(2, "0")}`;
  const tail = s.replace(/^(?:every|each|once|twice|\w+\s+times)\s+(?:a|per|other)?\s*/, "");
  const d = durationValue(
    /^\D*$/.test(tail) && !/^(?:a|an|one|two|three|four|five|six)\b/.test(tail) ? `1 ${tail}` : tail,
  );
  if (!d) return null;
  return /\bother\b/.test(s) ? d.replace(/1([A-Z]+)$/, "2$1") : d;
}

/** Which reference a "now"-like word makes; null when the text is none. */
export function referenceValue(text: string): ReferenceValue | null {
  const key = text.toLowerCase().replace(/\s+/g, " ");
  // "Recent years" is the recent past, where "recent weeks" still measures a stretch (PXW): the running-text scan
  // proposes it as a reference, which parseDate's vocabulary need not carry.
  return REFERENCES[key] ?? (key === "recent years" ? "PAST_REF" : null);
}

const PART_CODE: Readonly<Record<string, string>> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI" };

/**
 * A {@link When} as a TIMEX3 value at its precision: "1998-08-07", "1998-W32",
 * "1998-08-07TNI" for a part of a day, "1998-08-07T14:30" for a clock time
 * (local wall time; the zone stays in the When).
 */
export function timexOf(when: When): string {
  const iso = when.iso.split("/")[0] ?? when.iso;
  if (when.partOfDay && when.precision === "day") return `${iso}T${PART_CODE[when.partOfDay] ?? "MO"}`;
  if (when.precision === "hour" || when.precision === "minute" || when.precision === "second") {
    const local = iso.replace(/(?:Z|[+-]\d{2}:\d{2})$/, "");
    return when.precision === "hour" ? `${local}:00` : local;
  }
  return iso;
}

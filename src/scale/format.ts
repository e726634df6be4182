/**
 * Locale-aware date formats (Intl, or english.ts for the default locale in UTC): tick labels that adapt to the
 * tick step (decades to seconds), and dates written at their precision for
 * the details panel and the list view.
 */
import type { When } from "../data/types.js";
import { englishFormat, isEnglish, type DateFormat } from "./english.js";
import { toSpan } from "./instant.js";
import { DAY, MINUTE, type Tick } from "./time.js";

const cache = new Map<string, DateFormat>();

function fmt(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): DateFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    let intl: DateFormat | undefined;
    const viaIntl = (): DateFormat => (intl ??= new Intl.DateTimeFormat(locale, { ...options, timeZone }));
    f = (timeZone === "UTC" && isEnglish(locale) ? englishFormat(options, viaIntl) : null) ?? viaIntl();
    // Intl writes a year before 1 CE without its era ("March 15, 45" for 45 BC): those dates get one.
    const plain = f;
    if (options.year && !options.era) f = { format: (d) => (d.getUTCFullYear() < 1 ? fmt(locale, timeZone, { ...options, era: "short" }) : plain).format(d) };
    cache.set(key, f);
  }
  return f;
}

/**
 * Formats the ticks of one axis. The step between ticks decides the unit;
 * the first tick and each tick that starts a larger unit (a new day among
 * hours, a new year among months) carry that larger unit too, so every
 * label can be read without its neighbours.
 *
 * @example
 * ```ts
 * formatTicks(zonedTicks(x, 8, "UTC"), "en-US"); // ["Dec 1, 2025", "Dec 2", ...]
 * ```
 */
export function formatTicks(ticks: readonly Tick[], locale: string): string[] {
  const first = ticks[0], second = ticks[1];
  const step = first && second ? +second.wall - +first.wall : DAY;
  const f = (o: Intl.DateTimeFormatOptions) => fmt(locale, "UTC", o);
  return ticks.map(({ wall }, i) => {
    const month = wall.getUTCMonth(), day = wall.getUTCDate(), midnight = +wall % DAY === 0;
    const newYear = month === 0 && day === 1 && midnight;
    if (step >= 360 * DAY) return f({ year: "numeric" }).format(wall);
    if (step >= 28 * DAY) return i === 0 || newYear ? f({ month: "short", year: "numeric" }).format(wall) : f({ month: "short" }).format(wall);
    if (step >= DAY) return i === 0 || newYear ? f({ month: "short", day: "numeric", year: "numeric" }).format(wall) : f({ month: "short", day: "numeric" }).format(wall);
    if (step >= MINUTE) {
      if (midnight && step >= 3 * 3_600_000) return f({ month: "short", day: "numeric" }).format(wall);
      const time = f({ hour: "numeric", minute: "2-digit" }).format(wall);
      return i === 0 || midnight ? `${f({ month: "short", day: "numeric" }).format(wall)}, ${time}` : time;
    }
    return f({ hour: "numeric", minute: "2-digit", second: "2-digit" }).format(wall);
  });
}

const SEASONS: Record<string, string> = { SP: "spring", SU: "summer", FA: "fall", WI: "winter" };

/**
 * A date written at its precision: "2 December 2025" for a day, "December
 * 2025" for a month, "Q3 2025", "the 1990s", "18:00" with the zone. A
 * floating date is formatted in UTC so it never moves to a neighbouring
 * day; a zoned time in its own zone unless `timeZone` overrides.
 *
 * @example
 * ```ts
 * formatWhen({ iso: "2025-12", precision: "month", earliest: Date.UTC(2025, 11), latest: Date.UTC(2026, 0) }, "en-US");
 * // "December 2025"
 * ```
 */
export function formatWhen(when: When, locale: string, timeZone = "UTC"): string {
  // "Before Dec 2" spans the days up to Dec 2; the sentence names the anchor its iso gives, not the span's start.
  const anchor = when.qualifier === "before" || when.qualifier === "after" || when.qualifier === "about" ? toSpan(when.iso)?.[0] : undefined;
  const at = new Date(anchor ?? when.earliest);
  const f = (o: Intl.DateTimeFormatOptions, zone = "UTC") => fmt(locale, zone, o).format(at);
  const year = at.getUTCFullYear();
  let text: string;
  switch (when.precision) {
    // "19" is 1900–1999, the 20th century; before 1 CE centuries count back from 1 BC.
    case "century": text = year < 0 ? `${ordinal(Math.ceil((1 - year) / 100))} century BC` : `${ordinal(Math.floor(year / 100) + 1)} century`; break;
    case "decade": text = `the ${year}s`; break;
    case "year": text = f({ year: "numeric" }); break;
    // The iso's last two letters: "Q3", or a season ("2025-WI" is December 2025 to February 2026).
    case "season": case "quarter": text = `${SEASONS[when.iso.slice(-2)] ?? when.iso.slice(-2)} ${year}`; break;
    case "month": text = f({ month: "long", year: "numeric" }); break;
    case "week": text = `week of ${f({ month: "long", day: "numeric", year: "numeric" })}`; break;
    case "day": text = f({ month: "long", day: "numeric", year: "numeric" }); break;
    default: {
      // A time of day reads in the place's zone (as sources write it), unless the reader asked for another zone.
      const zone = timeZone !== "UTC" ? timeZone : when.timeZone ?? "UTC";
      const safeZone = /^[+-]\d{2}:?\d{2}$/.test(zone) ? "UTC" : zone;
      const shifted = safeZone === zone ? at : new Date(when.earliest + offsetOf(zone));
      const options: Intl.DateTimeFormatOptions = { month: "long", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit" };
      if (when.precision === "second") options.second = "2-digit";
      text = `${fmt(locale, safeZone, options).format(shifted)}${zone === "UTC" ? " UTC" : safeZone === zone ? ` (${zone})` : ` (UTC${zone})`}`;
    }
  }
  if (when.partOfDay) text += ` (${when.partOfDay})`;
  if (when.qualifier) text = `${when.qualifier === "mid" ? "mid-" : `${when.qualifier} `}${text}`;
  return text;
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
const ordinal = (n: number): string => n + ((["th", "st", "nd", "rd"][n % 100 >> 3 === 1 ? 0 : n % 10]) ?? "th");

function offsetOf(fixed: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(fixed);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
}

/** A short date for marks and the live region: "Dec 2, 2025", "Dec 2025", "2025". */
export function formatShort(when: When, locale: string): string {
  // A clock time belongs to its place's day, not to UTC's.
  const zone = when.timeZone && !/^[+-]/.test(when.timeZone) && /hour|minute|second/.test(when.precision) ? when.timeZone : "UTC";
  const nominal = when.qualifier === "before" || when.qualifier === "after" ? toSpan(when.iso)?.[0] : undefined;
  const f = (o: Intl.DateTimeFormatOptions) => fmt(locale, zone, o).format(new Date(nominal ?? when.earliest));
  // formatWhen already words its own qualifier; short forms add it here.
  const hedge = when.qualifier === "before" || when.qualifier === "after" ? `${when.qualifier} ` : when.qualifier === "about" ? "c. " : "";
  switch (when.precision) {
    case "century": case "decade": case "year": case "season": case "quarter": case "week": return formatWhen(when, locale);
    case "month": return hedge + f({ month: "short", year: "numeric" });
    default: return hedge + f({ month: "short", day: "numeric", year: "numeric" });
  }
}


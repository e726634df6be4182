/**
 * Locale-aware date formats (Intl, or english.ts for the default locale in UTC): tick labels that adapt to the
 * tick step (billions of years to seconds), and dates written at their precision for
 * the details panel and the list view. Years, and every date coarser than
 * a year, are written by years.ts ("3500 BC", "66 million years ago") with
 * era words from labels; a BC month or day goes through Intl, which writes
 * its era in the locale's own words ("Mar 15, 44 BC").
 */
import { DATE_MS, yearOf } from "../data/dates/when.js";
import type { When } from "../data/types.js";
import { englishFormat, isEnglish, type DateFormat } from "./english.js";
import { toSpan } from "./instant.js";
import { DAY, MINUTE, YEAR, type AxisTick, type Tick } from "./time.js";
import type { YearTick } from "./yearticks.js";
import { zoneOffset } from "./zone.js";
import { dayPeriod, hedge, partOfDay, type DateWords } from "./words.js";
import { defaultEraWords, formatYear, PRESENT_YEAR, type EraWords } from "./years.js";

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
    if (options.year && !options.era)
      f = {
        format: (d) => (d.getUTCFullYear() < 1 ? fmt(locale, timeZone, { ...options, era: "short" }) : plain).format(d),
      };
    cache.set(key, f);
  }
  return f;
}

/** How {@link formatTicks} writes an axis's labels. */
export interface TickFormatOptions {
  /** Leave the year off the first tick of an axis of days or hours, for a plot too narrow for it and three ticks. */
  brief?: boolean;
  /** The axis's step (ms), when the ticks given are a thinned subset; default the first two ticks' distance. */
  step?: number;
}

/**
 * Formats the ticks of one axis. The step between ticks decides the unit;
 * the first tick and each tick that starts a larger unit (a new day among
 * hours, a new year among months) carry that larger unit too, so every
 * label can be read without its neighbours. Year ticks read as people
 * count years: "500 BC", "AD 1", "66 million years ago".
 *
 * @example
 * ```ts
 * formatTicks(zonedTicks(x, 8, "UTC"), "en-US"); // ["Dec 1, 2025", "Dec 2", ...]
 * ```
 */
export function formatTicks(
  ticks: readonly AxisTick[],
  locale: string,
  words: EraWords = defaultEraWords,
  o: TickFormatOptions = {},
): string[] {
  const first = ticks[0];
  if (first && !("wall" in first)) return formatYearTicks(ticks as readonly YearTick[], locale, words);
  const calendar = ticks as readonly Tick[];
  const second = calendar[1],
    brief = o.brief ?? false;
  // A lone tick off midnight is a time of day, whatever step it was drawn at.
  const step = o.step ?? (first && second ? +second.wall - +first.wall : first && +first.wall % DAY ? MINUTE : DAY);
  const era = calendar.some(({ wall, year }) => (year ?? wall.getUTCFullYear()) < 1000);
  return calendar.map(({ wall, year }, i) => {
    // A date far outside Date's range (see Tick.year) is written without Intl's year, then with its own.
    const f = (o: Intl.DateTimeFormatOptions): DateFormat => {
      if (year === undefined || !o.year) return fmt(locale, "UTC", o);
      const plain = fmt(locale, "UTC", { ...o, year: undefined });
      // Every digit: a day among days says which year it is, not "13.8 billion years ago".
      return { format: (d) => `${plain.format(d)}, ${formatYear(year, locale, words, { digits: 16 })}` };
    };
    const month = wall.getUTCMonth(),
      day = wall.getUTCDate(),
      midnight = +wall % DAY === 0;
    const newYear = month === 0 && day === 1 && midnight;
    if (step >= 360 * DAY) return formatYear(year ?? wall.getUTCFullYear(), locale, words, { era });
    if (step >= 28 * DAY)
      return i === 0 || newYear
        ? f({ month: "short", year: "numeric" }).format(wall)
        : f({ month: "short" }).format(wall);
    const first = i === 0 && !brief;
    if (step >= DAY)
      return first || newYear
        ? f({ month: "short", day: "numeric", year: "numeric" }).format(wall)
        : f({ month: "short", day: "numeric" }).format(wall);
    // Among hours, the first tick and each midnight name their day (and the first and a new year's, the year).
    const date = f(
      first || newYear ? { month: "short", day: "numeric", year: "numeric" } : { month: "short", day: "numeric" },
    );
    if (step >= MINUTE) {
      if (midnight && step >= 3 * 3_600_000) return date.format(wall);
      const time = f({ hour: "numeric", minute: "2-digit" }).format(wall);
      return i === 0 || midnight ? `${date.format(wall)}, ${time}` : time;
    }
    const time = f({ hour: "numeric", minute: "2-digit", second: "2-digit" }).format(wall);
    return i === 0 ? `${date.format(wall)}, ${time}` : time;
  });
}

/**
 * Year ticks: an axis that counts years ago writes each with the digits its
 * step needs ("13.5 billion", not "14 billion" twice); a historical one
 * says "AD" on every common-era tick when it also shows BC or starts
 * before AD 1000, so "AD 500" never reads as a count.
 */
function formatYearTicks(ticks: readonly YearTick[], locale: string, words: EraWords): string[] {
  const era = ticks.some((t) => t.year < 1000);
  return ticks.map(({ year, step, ago }) => {
    if (!ago) return formatYear(year, locale, words, { era, calendar: true });
    const back = Math.abs(PRESENT_YEAR - year) || 1;
    const digits = Math.max(1, Math.floor(Math.log10(back)) - Math.floor(Math.log10(step)) + 1);
    return formatYear(year, locale, words, { digits, ago: true });
  });
}

const SEASONS: Record<string, string> = { SP: "spring", SU: "summer", FA: "fall", WI: "winter" };

/**
 * A date written at its precision: "2 December 2025" for a day, "December
 * 2025" for a month, "Q3 2025", "the 1990s", "18:00" with the zone,
 * "3500 BC", "the 2nd millennium BC", "66 million years ago". A floating
 * date is formatted in UTC so it never moves to a neighbouring day; a zoned
 * time in its own zone unless `timeZone` overrides. `words` are the era,
 * hedge and part-of-day words (a chart passes its labels).
 *
 * @example
 * ```ts
 * formatWhen({ iso: "2025-12", precision: "month", earliest: Date.UTC(2025, 11), latest: Date.UTC(2026, 0) }, "en-US");
 * // "December 2025"
 * ```
 */
export function formatWhen(when: When, locale: string, timeZone = "UTC", words: DateWords = defaultEraWords): string {
  // "Before Dec 2" spans the days up to Dec 2; the sentence names the anchor its iso gives, not the span's start.
  const anchor =
    when.qualifier === "before" || when.qualifier === "after" || when.qualifier === "about"
      ? toSpan(when.iso)?.[0]
      : undefined;
  const start = anchor ?? when.earliest;
  let text = yearly(when, yearOf(start), locale, words);
  if (text === undefined) {
    // Finer than a year: within Date's range (see MAX_YEAR in when.ts).
    const at = new Date(start);
    const f = (o: Intl.DateTimeFormatOptions, zone = "UTC") => fmt(locale, zone, o).format(at);
    const year = at.getUTCFullYear();
    switch (when.precision) {
      // The iso's last two letters: "Q3", or a season ("2025-WI" is December 2025 to February 2026).
      case "season":
      case "quarter":
        text = `${SEASONS[when.iso.slice(-2)] ?? when.iso.slice(-2)} ${formatYear(year, locale, words)}`;
        break;
      case "month":
        text = f({ month: "long", year: "numeric" });
        break;
      case "week":
        text = `week of ${f({ month: "long", day: "numeric", year: "numeric" })}`;
        break;
      case "day":
        text = f({ month: "long", day: "numeric", year: "numeric" });
        break;
      default:
        text = clock(when, at, locale, timeZone);
    }
  }
  if (when.partOfDay) text = (words.partOfDay ?? partOfDay)(text, when.partOfDay, dayPeriod(when.partOfDay, locale));
  if (when.qualifier) text = (words.hedge ?? hedge)(text, when.qualifier, false);
  return text;
}

/** A year or a block of years (decade to Ga) in words; undefined for finer precisions. */
function yearly(when: When, year: number, locale: string, words: EraWords): string | undefined {
  const bc = (text: string): string => words.bc(text);
  switch (when.precision) {
    case "year":
      return formatYear(year, locale, words, { era: year < 1000 });
    // "199" is 1990–1999; before AD 1 a decade reads by its first year's number ("the 3500s BC").
    case "decade":
      return year < 0 ? `the ${bc(`${-year}s`)}` : `the ${year}s`;
    // "19" is 1900–1999, the 20th century; before AD 1 centuries count back from 1 BC.
    // Century -35 holds ISO years -3500 to -3401, 3501 to 3402 BC: 99 of its years are in the 35th century BC,
    // which is also what parseDate reads "the 35th century BC" as.
    case "century":
      if (year < 0) return deep(year) ?? bc(`${ordinal(-year / 100)} century`);
      return deep(year) ?? `${ordinal(Math.floor(year / 100) + 1)} century`;
    case "millennium":
      if (year < 0) return deep(year) ?? `the ${bc(`${ordinal(-year / 1000)} millennium`)}`;
      return deep(year) ?? `the ${ordinal(year / 1000 + 1)} millennium`;
    case "Ma":
    case "Ga":
      return formatYear(year, locale, words, { ago: year < PRESENT_YEAR });
    default:
      return undefined;
  }

  /** A block 100,000 years back or more reads as years ago, like a year there. */
  function deep(first: number): string | undefined {
    return PRESENT_YEAR - first >= 100_000 ? formatYear(first, locale, words) : undefined;
  }
}

/** A time of day in the place's zone (as sources write it), unless the reader asked for another zone. */
function clock(when: When, at: Date, locale: string, timeZone: string): string {
  const zone = timeZone !== "UTC" ? timeZone : (when.timeZone ?? "UTC");
  const safeZone = /^[+-]\d{2}:?\d{2}$/.test(zone) ? "UTC" : zone;
  const shifted = safeZone === zone ? at : new Date(when.earliest + offsetOf(zone));
  const options: Intl.DateTimeFormatOptions = { month: "long", day: "numeric", year: "numeric", hour: "numeric" };
  options.minute = "2-digit";
  if (when.precision === "second") options.second = "2-digit";
  const named = zone === "UTC" ? " UTC" : safeZone === zone ? ` (${zone})` : ` (UTC${zone})`;
  return `${fmt(locale, safeZone, options).format(shifted)}${named}`;
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
const ordinal = (n: number): string => n + (["th", "st", "nd", "rd"][(n % 100) >> 3 === 1 ? 0 : n % 10] ?? "th");

function offsetOf(fixed: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(fixed);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
}

/** A short date for marks and the live region: "Dec 2, 2025", "Dec 2025", "2025", "3500 BC". */
export function formatShort(when: When, locale: string, words: DateWords = defaultEraWords): string {
  switch (when.precision) {
    case "month":
    case "day":
    case "hour":
    case "minute":
    case "second":
      break;
    default:
      return formatWhen(when, locale, "UTC", words);
  }
  // A clock time belongs to its place's day, not to UTC's.
  const zone =
    when.timeZone && !/^[+-]/.test(when.timeZone) && /hour|minute|second/.test(when.precision) ? when.timeZone : "UTC";
  const nominal = when.qualifier === "before" || when.qualifier === "after" ? toSpan(when.iso)?.[0] : undefined;
  const f = (o: Intl.DateTimeFormatOptions) => fmt(locale, zone, o).format(new Date(nominal ?? when.earliest));
  const text =
    when.precision === "month"
      ? f({ month: "short", year: "numeric" })
      : f({ month: "short", day: "numeric", year: "numeric" });
  // formatWhen already words its own qualifier; short forms add the ones that move the date.
  const q = when.qualifier;
  return q === "before" || q === "after" || q === "about" ? (words.hedge ?? hedge)(text, q, true) : text;
}

/**
 * The span [t0, t1] (epoch ms) in words, at the detail its length calls for:
 * "Dec 2, 2025, 6:00 – 9:00 PM" over hours, "Nov 29 – Dec 4, 2025" over
 * days, "Jan – Dec 2025" over months, "3500 BC – 3000 BC" over years. For a
 * view that changed (the live region's zoom announcement), in the chart's
 * time zone.
 *
 * @example
 * ```ts
 * formatSpan(Date.UTC(2025, 11, 2, 18), Date.UTC(2025, 11, 2, 21), "en-US"); // "Dec 2, 2025, 6:00 – 9:00 PM"
 * ```
 */
export function formatSpan(
  t0: number,
  t1: number,
  locale: string,
  timeZone = "UTC",
  words: EraWords = defaultEraWords,
): string {
  const span = t1 - t0;
  const y0 = yearOf(t0),
    y1 = yearOf(t1);
  if (span >= 2 * YEAR || Math.abs(t0) > DATE_MS || Math.abs(t1) > DATE_MS) {
    const era = y0 < 1000;
    const [a, b] = [formatYear(y0, locale, words, { era }), formatYear(y1, locale, words, { era })];
    return a === b ? a : `${a} – ${b}`;
  }
  const options: Intl.DateTimeFormatOptions =
    span >= 60 * DAY
      ? { month: "short", year: "numeric" }
      : span >= 2 * DAY
        ? { month: "short", day: "numeric", year: "numeric" }
        : { month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit" };
  if (y0 < 1) options.era = "short";
  // A fixed offset ("+03:00") is not a zone every Intl knows: its wall clock is UTC shifted.
  const fixed = /^[+-]/.test(timeZone);
  const shift = fixed ? zoneOffset(timeZone, t0) : 0;
  const intl = new Intl.DateTimeFormat(locale, { ...options, timeZone: fixed ? "UTC" : timeZone });
  return intl.formatRange(t0 + shift, t1 + shift);
}

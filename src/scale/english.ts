/**
 * The default locale (en-US) in UTC, written without Intl. A page's first
 * `Intl.DateTimeFormat` costs 50–140 ms in Chromium while ICU loads its
 * data (and the first `NumberFormat` another 50), which was a fifth of a
 * 1,000-event first render and a dropped frame the first time zooming
 * reached hours. d3-time-format does the same for its default locale.
 *
 * The output is what Intl gives for "en-US" with CLDR 42 or later, as in
 * Chromium and Node (a test compares every form with Intl on many dates).
 * Other locales, other zones and years before 1 CE go through Intl.
 */

const LONG = "January February March April May June July August September October November December".split(" ");
const SHORT = /*#__PURE__*/ LONG.map((m) => m.slice(0, 3));

/** Something with Intl.DateTimeFormat's `format`. */
export interface DateFormat {
  format(date: Date): string;
}

/** True for the locales this module writes: "en-US" and plain "en", which Intl writes the same. */
export const isEnglish = (locale: string): boolean => locale === "en-US" || locale === "en";

const KNOWN = new Set(["year", "month", "day", "hour", "minute", "second", "timeZone"]);

/**
 * A UTC formatter for the en-US option sets citeline uses, or null for any
 * other set (the caller then uses Intl). `fallback` formats dates it does
 * not cover (years before 1 CE, which Intl writes without an era).
 *
 * @example
 * ```ts
 * englishFormat({ month: "short", day: "numeric", year: "numeric" }, intl)?.format(new Date(Date.UTC(2025, 11, 2)));
 * // "Dec 2, 2025"
 * ```
 */
export function englishFormat(options: Intl.DateTimeFormatOptions, fallback: () => DateFormat): DateFormat | null {
  const { year, month, day, hour, minute, second } = options;
  for (const key in options) if (!KNOWN.has(key)) return null;
  const clock = hour !== undefined;
  if (
    (year ?? "numeric") !== "numeric" ||
    (month !== undefined && month !== "short" && month !== "long") ||
    (day !== undefined && (day !== "numeric" || month === undefined)) ||
    (clock
      ? hour !== "numeric" || minute !== "2-digit" || (second ?? "2-digit") !== "2-digit"
      : minute !== undefined || second !== undefined) ||
    (clock
      ? (year !== undefined || month !== undefined) && day === undefined
      : year === undefined && month === undefined)
  )
    return null;
  const names = month === "long" ? LONG : SHORT;
  return {
    format(date: Date): string {
      const y = date.getUTCFullYear();
      if (!(y >= 1)) return fallback().format(date);
      let text = "";
      if (month !== undefined) {
        text = names[date.getUTCMonth()]!;
        if (day !== undefined) text += ` ${date.getUTCDate()}`;
        if (year !== undefined) text += day !== undefined ? `, ${y}` : ` ${y}`;
      } else if (year !== undefined) text = String(y);
      if (!clock) return text;
      const h = date.getUTCHours();
      let time = `${h % 12 || 12}:${pad2(date.getUTCMinutes())}`;
      if (second !== undefined) time += `:${pad2(date.getUTCSeconds())}`;
      time += h < 12 ? " AM" : " PM";
      // CLDR joins a long date to a time with "at", a medium one with a comma.
      return text ? `${text}${month === "long" ? " at " : ", "}${time}` : time;
    },
  };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * A whole number with thousands separators: "12,345" in en-US without
 * NumberFormat, other locales through `toLocaleString`.
 *
 * @example
 * ```ts
 * formatCount(100000, "en-US"); // "100,000"
 * ```
 */
export function formatCount(n: number, locale: string): string {
  if (!isEnglish(locale) || !Number.isSafeInteger(n)) return n.toLocaleString(locale);
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

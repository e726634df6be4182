/**
 * Time-zone offsets for zoned display. Layout is always in absolute epoch
 * milliseconds; a zone only changes where ticks fall and how they read.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Offset of `timeZone` from UTC at instant `t`, in milliseconds (positive
 * east of Greenwich). "UTC" and fixed offsets ("+03:00") need no Intl.
 *
 * @example
 * ```ts
 * zoneOffset("Europe/Moscow", Date.UTC(2025, 11, 2)); // 10_800_000
 * zoneOffset("-05:30", 0); // -19_800_000
 * ```
 */
export function zoneOffset(timeZone: string, t: number): number {
  if (timeZone === "UTC") return 0;
  const fixed = /^([+-])(\d{2}):?(\d{2})$/.exec(timeZone);
  if (fixed) return (fixed[1] === "-" ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3])) * 60_000;
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(t))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  // Intl drops milliseconds, so compare against t truncated to the second.
  return wall - (t - (((t % 1000) + 1000) % 1000));
}

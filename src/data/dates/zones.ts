/**
 * Time zones: abbreviations as news writes them, fixed UTC offsets, and IANA
 * names resolved with `Intl.DateTimeFormat`. The host's own zone is never read.
 */

/** A zone is either a fixed offset (minutes east of UTC) or an IANA name. */
export type Zone = { kind: "fixed"; offset: number; label: string } | { kind: "iana"; name: string };

// Generic North American names follow daylight saving, so they map to a place;
// the explicit standard/daylight forms are fixed offsets, as written.
const ABBREVIATIONS: Readonly<Record<string, Zone>> = {
  utc: { kind: "fixed", offset: 0, label: "UTC" },
  gmt: { kind: "fixed", offset: 0, label: "UTC" },
  z: { kind: "fixed", offset: 0, label: "UTC" },
  msk: { kind: "fixed", offset: 180, label: "+03:00" },
  est: { kind: "fixed", offset: -300, label: "-05:00" },
  edt: { kind: "fixed", offset: -240, label: "-04:00" },
  cst: { kind: "fixed", offset: -360, label: "-06:00" },
  cdt: { kind: "fixed", offset: -300, label: "-05:00" },
  mst: { kind: "fixed", offset: -420, label: "-07:00" },
  mdt: { kind: "fixed", offset: -360, label: "-06:00" },
  pst: { kind: "fixed", offset: -480, label: "-08:00" },
  pdt: { kind: "fixed", offset: -420, label: "-07:00" },
  bst: { kind: "fixed", offset: 60, label: "+01:00" },
  cet: { kind: "fixed", offset: 60, label: "+01:00" },
  cest: { kind: "fixed", offset: 120, label: "+02:00" },
  eet: { kind: "fixed", offset: 120, label: "+02:00" },
  eest: { kind: "fixed", offset: 180, label: "+03:00" },
  jst: { kind: "fixed", offset: 540, label: "+09:00" },
  kst: { kind: "fixed", offset: 540, label: "+09:00" },
  hkt: { kind: "fixed", offset: 480, label: "+08:00" },
  aest: { kind: "fixed", offset: 600, label: "+10:00" },
  aedt: { kind: "fixed", offset: 660, label: "+11:00" },
  et: { kind: "iana", name: "America/New_York" },
  ct: { kind: "iana", name: "America/Chicago" },
  mt: { kind: "iana", name: "America/Denver" },
  pt: { kind: "iana", name: "America/Los_Angeles" },
};

/** Matches a zone written after a clock time: an abbreviation or "UTC+3", "GMT-05:30", "+03:00". */
export const ZONE_PATTERN = String.raw`(?:(?:utc|gmt)\s*[+-−]\s*\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|utc|gmt|msk|e[sd]t|c[sd]t|m[sd]t|p[sd]t|bst|cest|cet|eest|eet|jst|kst|hkt|aest|aedt|et|ct|mt|pt|z)`;

const OFFSET = /^(?:utc|gmt)?\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?$/;

/** Reads a zone token as written ("MSK", "ET", "UTC+3", "+03:00"); null when unknown. */
export function zoneFromToken(token: string): Zone | null {
  const t = token.trim().toLowerCase();
  const known = ABBREVIATIONS[t];
  if (known) return known;
  const m = OFFSET.exec(t);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? "0");
  if (hours > 14 || minutes > 59) return null;
  const offset = (m[1] === "+" ? 1 : -1) * (hours * 60 + minutes);
  const a = Math.abs(offset);
  const label = offset === 0 ? "UTC" : `${offset < 0 ? "-" : "+"}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
  return { kind: "fixed", offset, label };
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(name: string): Intl.DateTimeFormat | null {
  let f = formatters.get(name);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat("en-US", {
        timeZone: name,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
        era: "short",
      });
    } catch {
      f = null;
    }
    if (formatters.size < 500) formatters.set(name, f);
  }
  return f;
}

/** True when the runtime knows this IANA zone name. */
export function isIanaZone(name: string): boolean {
  return name.length < 64 && formatter(name) !== null;
}

/**
 * Offset (milliseconds east of UTC, to the second: local mean times are not
 * whole minutes) of an IANA zone at a real instant; null for a zone the
 * runtime does not know. The scale's zoned ticks use it too, so the wall
 * clock of years 0–99 and BC is read in one place.
 *
 * @example
 * ```ts
 * ianaOffsetMs("Asia/Kolkata", Date.UTC(2025, 0, 1)); // 19_800_000
 * ```
 */
export function ianaOffsetMs(name: string, epoch: number): number | null {
  const f = formatter(name);
  if (!f) return null;
  let year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0, bc = false;
  for (const p of f.formatToParts(epoch)) {
    const n = Number(p.value);
    if (p.type === "year") year = n;
    else if (p.type === "month") month = n;
    else if (p.type === "day") day = n;
    else if (p.type === "hour") hour = n;
    else if (p.type === "minute") minute = n;
    else if (p.type === "second") second = n;
    else if (p.type === "era") bc = /^b/i.test(p.value);
  }
  const d = new Date(0);
  // Not the Date constructor, which reads years 0–99 as 1900–1999.
  d.setUTCFullYear(bc ? 1 - year : year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  // Intl drops milliseconds, so compare against the instant truncated to the second.
  return d.getTime() - (epoch - (((epoch % 1000) + 1000) % 1000));
}

/** Offset (minutes east of UTC) of an IANA zone at a real instant. */
export function ianaOffset(name: string, epoch: number): number | null {
  const ms = ianaOffsetMs(name, epoch);
  return ms === null ? null : Math.round(ms / 60_000);
}

/**
 * The real instant of a wall time in a zone. A wall time skipped by a DST gap
 * moves forward by the gap; one repeated by an overlap takes the earlier
 * instant (the "compatible" choice of Temporal), so results are deterministic.
 */
export function zonedInstant(wall: number, zone: Zone): { epoch: number; offset: number } | null {
  if (zone.kind === "fixed") return { epoch: wall - zone.offset * 60_000, offset: zone.offset };
  const before = ianaOffset(zone.name, wall - 86_400_000);
  const after = ianaOffset(zone.name, wall + 86_400_000);
  if (before === null || after === null) return null;
  const candidates: { epoch: number; offset: number }[] = [];
  for (const o of before === after ? [before] : [before, after]) {
    const epoch = wall - o * 60_000;
    if (ianaOffset(zone.name, epoch) === o) candidates.push({ epoch, offset: o });
  }
  if (candidates.length === 0) return { epoch: wall - before * 60_000, offset: after };
  candidates.sort((a, b) => a.epoch - b.epoch);
  return candidates[0] ?? null;
}

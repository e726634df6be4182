// Zone offsets for the axis: one implementation (data/dates/zones.ts's
// ianaOffsetMs) serves the parser and the scale. Years 0–99 and BC used to
// go through the Date constructor and Intl's era-less year, which read year
// 50 as 1950 and 500 BC as AD 501. The suite runs under several host TZ
// values (scripts/test.mjs); none of these numbers may depend on it.
import { describe, expect, test } from "vitest";
import { ianaOffset, ianaOffsetMs } from "../../src/data/dates/zones.js";
import { timeScale, zonedTicks } from "../../src/scale/time.js";
import { zoneOffset } from "../../src/scale/zone.js";

const S = 1000,
  H = 3_600_000;

/** Epoch ms of a UTC wall time, years 0–99 and BC (astronomical: -500 is 501 BC) included. */
function utc(year: number, month = 1, day = 1, hour = 0, minute = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, 0, 0);
  return +d;
}

/** The wall clock Intl shows in `zone` at `t`, to the second. */
const wall = (t: number, zone: string): string =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(t);

// Local mean time, which tzdata gives every zone before its first standard
// time, to the second: New York -4:56:02, London -0:01:15, Kolkata +5:53:28.
const LMT: [zone: string, ms: number][] = [
  ["America/New_York", -(4 * H + 56 * 60 * S + 2 * S)],
  ["Europe/London", -(60 * S + 15 * S)],
  ["Asia/Kolkata", 5 * H + 53 * 60 * S + 28 * S],
];

describe("offsets in year 50 and 500 BC (Date's two-digit years, Intl's era)", () => {
  for (const [zone, lmt] of LMT) {
    test(`${zone}: local mean time, as in 1800`, () => {
      expect(zoneOffset(zone, utc(1800, 6, 1))).toBe(lmt);
      expect(zoneOffset(zone, utc(50, 3, 15, 12))).toBe(lmt);
      expect(zoneOffset(zone, utc(-500, 3, 15, 12))).toBe(lmt);
      // A year-boundary instant: the wall clock is on the other side of New Year.
      expect(zoneOffset(zone, utc(50, 1, 1, 0, 0))).toBe(lmt);
      expect(zoneOffset(zone, utc(-500, 12, 31, 23, 59))).toBe(lmt);
    });
  }

  test("the parser's minutes round the same offsets", () => {
    expect(ianaOffset("America/New_York", utc(50, 6, 1))).toBe(-296);
    expect(ianaOffset("Asia/Kolkata", utc(-500, 6, 1))).toBe(353);
    expect(ianaOffset("Asia/Kolkata", utc(2025, 6, 1))).toBe(330);
  });

  test("axis ticks in year 50 fall on Kolkata's midnights to the second", () => {
    const mid = utc(50, 7, 10, 12);
    const x = timeScale([mid - 5 * 86_400_000, mid + 5 * 86_400_000], [0, 1100]);
    const ticks = zonedTicks(x, 10, "Asia/Kolkata");
    expect(ticks.length).toBeGreaterThanOrEqual(9);
    for (const { t } of ticks) expect(wall(t, "Asia/Kolkata")).toBe("00:00:00");
    expect(ticks[0]!.wall.getUTCFullYear()).toBe(50);
  });
});

describe("daylight saving in 1969", () => {
  const ny = "America/New_York";
  test("New York springs forward on 27 April at 2:00 EST (07:00 UTC)", () => {
    expect(zoneOffset(ny, utc(1969, 4, 27, 7) - S)).toBe(-5 * H);
    expect(zoneOffset(ny, utc(1969, 4, 27, 7))).toBe(-4 * H);
  });
  test("and falls back on 26 October at 2:00 EDT (06:00 UTC)", () => {
    expect(zoneOffset(ny, utc(1969, 10, 26, 6) - S)).toBe(-4 * H);
    expect(zoneOffset(ny, utc(1969, 10, 26, 6))).toBe(-5 * H);
  });
  test("London keeps British Standard Time (UTC+1) all year, winter included", () => {
    expect(zoneOffset("Europe/London", utc(1969, 1, 15))).toBe(H);
    expect(zoneOffset("Europe/London", utc(1969, 7, 15))).toBe(H);
  });
  test("Kolkata stays at +5:30", () => {
    expect(zoneOffset("Asia/Kolkata", utc(1969, 1, 15))).toBe(5.5 * H);
    expect(zoneOffset("Asia/Kolkata", utc(1969, 7, 15))).toBe(5.5 * H);
  });
});

describe("daylight saving in 2025", () => {
  const changes: [zone: string, at: number, before: number, after: number][] = [
    ["America/New_York", utc(2025, 3, 9, 7), -5 * H, -4 * H],
    ["America/New_York", utc(2025, 11, 2, 6), -4 * H, -5 * H],
    ["Europe/London", utc(2025, 3, 30, 1), 0, H],
    ["Europe/London", utc(2025, 10, 26, 1), H, 0],
  ];
  for (const [zone, at, before, after] of changes) {
    test(`${zone} changes at ${new Date(at).toISOString()}`, () => {
      // Intl reads whole seconds: the last millisecond before is still the old offset.
      expect(zoneOffset(zone, at - 1)).toBe(before);
      expect(zoneOffset(zone, at)).toBe(after);
      expect(zoneOffset(zone, at + 999)).toBe(after);
    });
  }
  test("Kolkata's half hour: +5:30 in winter and summer, hourly ticks at :30 UTC", () => {
    expect(zoneOffset("Asia/Kolkata", utc(2025, 1, 15))).toBe(5.5 * H);
    expect(zoneOffset("Asia/Kolkata", utc(2025, 7, 15))).toBe(5.5 * H);
    const x = timeScale([utc(2025, 3, 9, 3), utc(2025, 3, 9, 11)], [0, 1100]);
    const ticks = zonedTicks(x, 8, "Asia/Kolkata");
    expect(ticks.length).toBeGreaterThanOrEqual(6);
    for (const { t } of ticks) expect(new Date(t).getUTCMinutes()).toBe(30);
  });
});

describe("names that need no Intl, and names Intl does not know", () => {
  test("UTC and fixed offsets, with or without the colon", () => {
    expect(zoneOffset("UTC", utc(50))).toBe(0);
    expect(zoneOffset("+0530", utc(-500))).toBe(5.5 * H);
    expect(zoneOffset("-05:30", 0)).toBe(-5.5 * H);
  });
  test("an unknown IANA name is null to the parser and a RangeError to the scale", () => {
    expect(ianaOffsetMs("Mars/Olympus_Mons", 0)).toBeNull();
    expect(() => zoneOffset("Mars/Olympus_Mons", 0)).toThrow(/invalid timeZone: Mars\/Olympus_Mons/);
  });
});

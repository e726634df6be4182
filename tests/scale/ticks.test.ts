// Ticks at every zoom level (issue 24): from a full view down to the zoom
// limit the data's precision sets, an axis keeps three ticks or more on
// round times of the chart's zone, its labels name the day and year a
// reader needs, and a view can be put in words for the live region.
import { describe, expect, test } from "vitest";
import { formatSpan as span, formatTicks } from "../../src/scale/format.js";
import { axisTicks, DAY, HOUR, MINUTE, narrowestSpan, timeScale, zonedTicks } from "../../src/scale/time.js";
import { UNIT } from "../../src/layout/model.js";
import { utc, yearOf } from "../../src/data/dates/when.js";

const D = (s: string) => Date.parse(s);

describe("narrowestSpan: the zoom limit follows the data's finest precision", () => {
  test("minutes zoom to ten minutes, hours to three, days to three days, years never below three years", () => {
    expect(narrowestSpan(UNIT.minute)).toBe(10 * MINUTE);
    expect(narrowestSpan(UNIT.second)).toBe(10 * MINUTE);
    expect(narrowestSpan(UNIT.hour)).toBe(3 * HOUR);
    expect(narrowestSpan(UNIT.day)).toBe(3 * DAY);
    expect(narrowestSpan(UNIT.year)).toBeGreaterThanOrEqual(3 * 365 * DAY);
    // No events: a few days, not zero (which would allow any zoom).
    expect(narrowestSpan(0)).toBe(3 * DAY);
  });
});

describe("axisTicks at every zoom level", () => {
  // From years down to each precision's limit, at a phone's plot and a desktop's.
  const spans = [4 * 365 * DAY, 200 * DAY, 30 * DAY, 7 * DAY, 3 * DAY, DAY, 6 * HOUR, 3 * HOUR, HOUR, 20 * MINUTE];
  const precisions: [string, number][] = [
    ["minute", UNIT.minute],
    ["hour", UNIT.hour],
    ["day", UNIT.day],
  ];
  for (const [name, unit] of precisions)
    for (const width of [250, 700, 1300])
      test(`${name} data in a ${width}px plot keeps three ticks down to its limit`, () => {
        const centre = D("2025-12-02T17:37Z");
        for (const span of spans.filter((s) => s >= narrowestSpan(unit))) {
          const x = timeScale([centre - span / 2, centre + span / 2], [0, width]);
          // The finest spacing drawAxis asks for (it tries finer ones while fewer than three fit).
          const ticks = axisTicks(x, { spacing: 120 * 0.25, minStep: unit, timeZone: "UTC" });
          expect(ticks.length, `${span / HOUR} h`).toBeGreaterThanOrEqual(3);
          for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.t - ticks[i - 1]!.t).toBeGreaterThanOrEqual(unit);
        }
      });

  test("a view narrower than its events' unit falls back to the data's finest step", () => {
    // Day events in view, a minute event elsewhere: zoomed to two hours, the axis shows times.
    const x = timeScale([D("2025-12-02T10:00Z"), D("2025-12-02T12:00Z")], [0, 900]);
    expect(axisTicks(x, { spacing: 120, minStep: DAY, timeZone: "UTC" }).length).toBeLessThan(3);
    const ticks = axisTicks(x, { spacing: 120, minStep: DAY, floor: MINUTE, timeZone: "UTC" });
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks[1]!.t - ticks[0]!.t).toBeLessThan(HOUR);
    // With nothing finer anywhere, days stay days: no invented clock times.
    const days = axisTicks(x, { spacing: 120, minStep: DAY, floor: DAY, timeZone: "UTC" });
    for (const t of days) expect(t.t % DAY).toBe(0);
  });
});

describe("hour ticks across DST changes", () => {
  const hour = (t: number, zone: string) =>
    new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
      t,
    );
  const cases: [zone: string, change: string, skipped: string | null][] = [
    ["America/New_York", "2025-03-09T07:00Z", "02:00"],
    ["America/New_York", "2025-11-02T06:00Z", null],
    ["Europe/Berlin", "2025-03-30T01:00Z", "02:00"],
    ["Australia/Lord_Howe", "2025-10-04T15:30Z", "02:00"],
  ];
  for (const [zone, change, skipped] of cases)
    test(`${zone} at ${change}: every tick is on its own wall-clock hour, in order, none twice`, () => {
      const mid = D(change);
      const x = timeScale([mid - 5 * HOUR, mid + 5 * HOUR], [0, 1200]);
      const ticks = zonedTicks(x, 12, zone);
      expect(ticks.length).toBeGreaterThanOrEqual(8);
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.t).toBeGreaterThan(ticks[i - 1]!.t);
      // The label (from the wall time) says the hour a clock in the zone shows at the tick.
      const labels = ticks.map((t) => t.wall.toISOString().slice(11, 16));
      expect(ticks.map((t) => hour(t.t, zone))).toEqual(labels);
      if (skipped) expect(labels).not.toContain(skipped);
    });
});

describe("tick labels carry the context a reader needs", () => {
  test("among hours the first tick names the day and year, a midnight its day, a new year's midnight its year", () => {
    const x = timeScale([D("2025-12-31T15:00Z"), D("2026-01-01T09:00Z")], [0, 1000]);
    const labels = formatTicks(zonedTicks(x, 8, "UTC"), "en-US");
    expect(labels[0]).toMatch(/^Dec 31, 2025, \d{1,2}:00 [AP]M$/);
    expect(labels).toContain("Jan 1, 2026");
    expect(labels.filter((l) => /^\d{1,2}:00 [AP]M$/.test(l)).length).toBeGreaterThan(2);
  });
  test("minutes and seconds: the first tick names its day", () => {
    const x = timeScale([D("2025-12-02T18:00Z"), D("2025-12-02T18:05Z")], [0, 1000]);
    const labels = formatTicks(zonedTicks(x, 5, "UTC"), "en-US");
    expect(labels[0]).toBe("Dec 2, 2025, 6:00 PM");
    expect(labels[1]).toBe("6:01 PM");
    const s = timeScale([D("2025-12-02T18:00:00Z"), D("2025-12-02T18:00:30Z")], [0, 1000]);
    expect(formatTicks(zonedTicks(s, 5, "UTC"), "en-US")[0]).toBe("Dec 2, 2025, 6:00:00 PM");
  });
  test("in the chart's locale", () => {
    const x = timeScale([D("2025-12-02T15:00Z"), D("2025-12-02T21:00Z")], [0, 1000]);
    const labels = formatTicks(zonedTicks(x, 6, "UTC"), "de-DE");
    expect(labels[0]).toMatch(/^2\. Dez\. 2025, 15:00$/);
    expect(labels[1]).toMatch(/^1[5-7]:\d{2}$/);
  });
});

describe("formatSpan: the visible span in words", () => {
  // Intl puts a narrow no-break space before "PM"; the reader sees a space.
  const formatSpan = (...args: Parameters<typeof span>) => span(...args).replace(/\s/g, " ");
  test("at the detail its length calls for", () => {
    expect(formatSpan(D("2025-12-02T18:00Z"), D("2025-12-02T21:00Z"), "en-US")).toBe("Dec 2, 2025, 6:00 – 9:00 PM");
    expect(formatSpan(D("2025-11-29T00:00Z"), D("2025-12-04T00:00Z"), "en-US")).toBe("Nov 29 – Dec 4, 2025");
    expect(formatSpan(D("2025-01-01T00:00Z"), D("2025-12-01T00:00Z"), "en-US")).toBe("Jan – Dec 2025");
    expect(formatSpan(D("1931-05-16T00:00Z"), D("2025-07-01T00:00Z"), "en-US")).toBe("1931 – 2025");
  });
  test("years before 1 CE with their era, deep time in years ago", () => {
    expect(formatSpan(Date.UTC(-3499, 0), Date.UTC(-2999, 0), "en-US")).toBe("3500 BC – 3000 BC");
    const ga = -13.8e9 * 365.2425 * DAY;
    expect(formatSpan(ga, 0, "en-US")).toBe("13.8 billion years ago – AD 1970");
  });
  test("in the chart's zone, named or a fixed offset, and locale", () => {
    const [a, b] = [D("2025-12-02T15:00Z"), D("2025-12-02T18:00Z")];
    expect(formatSpan(a, b, "en-US", "Europe/Moscow")).toBe("Dec 2, 2025, 6:00 – 9:00 PM");
    expect(formatSpan(a, b, "en-US", "+03:00")).toBe("Dec 2, 2025, 6:00 – 9:00 PM");
    expect(formatSpan(a, b, "de-DE", "Europe/Berlin")).toBe("2. Dez. 2025, 16:00–19:00 Uhr");
  });
});

describe("deep time zoomed in past Date's range", () => {
  test("days and hours 13.8 billion years ago fall on the calendar's own days, labelled with their year", () => {
    const start = utc(-13_799_999_999, 3, 9);
    expect(yearOf(start)).toBe(-13_799_999_999);
    const days = timeScale([start - HOUR, start + 3 * DAY], [0, 900]);
    const ticks = axisTicks(days, { spacing: 120, minStep: DAY, timeZone: "UTC" });
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    // Each tick is a midnight of the proleptic Gregorian calendar that utc() counts in.
    expect(ticks.map((t) => t.t).slice(0, 3)).toEqual([0, 1, 2].map((k) => utc(-13_799_999_999, 3, 9 + k)));
    const labels = formatTicks(ticks, "en-US");
    expect(labels[0]).toBe("Apr 9, 13,800,001,999 years ago");
    expect(labels[1]).toBe("Apr 10");
    const hours = timeScale([start, start + 6 * HOUR], [0, 900]);
    expect(formatTicks(axisTicks(hours, { spacing: 120, minStep: HOUR, timeZone: "UTC" }), "en-US")[0]).toBe(
      "Apr 9, 13,800,001,999 years ago, 12:00 AM",
    );
  });
  test("a few years there still get year ticks", () => {
    const x = timeScale([utc(-13_799_999_990), utc(-13_799_999_980)], [0, 900]);
    const ticks = axisTicks(x, { spacing: 120, minStep: 365 * DAY, timeZone: "UTC" });
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.every((t) => "year" in t && !("wall" in t))).toBe(true);
  });
});

// Years as people write them, and axis ticks on round years from the Big
// Bang to the far future: the labels a reader sees at every magnitude.
import { describe, expect, test } from "vitest";
import { blockWhen, utc, yearOf, yearWhen } from "../../src/data/dates/when.js";
import { formatShort, formatTicks, formatWhen } from "../../src/scale/format.js";
import { axisTicks, timeScale, type AxisTick, type YearTick } from "../../src/scale/time.js";
import { yearTicks } from "../../src/scale/yearticks.js";
import { defaultEraWords, formatYear } from "../../src/scale/years.js";

const YEAR = 365.2425 * 86_400_000;

describe("formatYear", () => {
  test.each([
    [2025, "2025"],
    [1, "1"],
    [0, "1 BC"],
    [-3499, "3500 BC"],
    [-9999, "10,000 BC"],
    [-95_000, "95,001 BC"],
    [-98_000, "100,000 years ago"],
    [-298_000, "300,000 years ago"],
    // 300,000 BC is 302,000 years before AD 2000; two digits below a million keep the round number written.
    [-299_999, "300,000 years ago"],
    [-123_456, "130,000 years ago"],
    [-66_000_000, "66 million years ago"],
    [-4_540_000_000, "4.54 billion years ago"],
    [-13_799_999_999, "13.8 billion years ago"],
    [1_002_000, "1 million years from now"],
  ])("%d reads %s", (year, text) => {
    expect(formatYear(year, "en-US")).toBe(text);
  });

  test("the era word comes first in English for AD, and every word comes from the labels", () => {
    expect(formatYear(30, "en-US", defaultEraWords, { era: true })).toBe("AD 30");
    const german = {
      bc: (y: string) => `${y} v. Chr.`,
      ad: (y: string) => `${y} n. Chr.`,
      yearsAgo: (n: string) => `vor ${n} Jahren`,
      yearsFromNow: (n: string) => `in ${n} Jahren`,
    };
    expect(formatYear(-3499, "de-DE", german)).toBe("3500 v. Chr.");
    expect(formatYear(30, "de-DE", german, { era: true })).toBe("30 n. Chr.");
    expect(formatYear(-13_799_999_999, "de-DE", german)).toBe("vor 13,8 Milliarden Jahren");
    expect(formatYear(-9999, "de-DE", german)).toBe("10.000 v. Chr.");
  });
});

/** Ticks and their labels for a domain of years at a width. */
function axis(a: number, b: number, width = 1000, minStep = 365 * 86_400_000): { ticks: AxisTick[]; labels: string[] } {
  const ticks = axisTicks(timeScale([utc(a), utc(b)], [0, width]), { spacing: 120, minStep, timeZone: "UTC" });
  return { ticks, labels: formatTicks(ticks, "en-US") };
}

describe("year ticks", () => {
  test("a BCE axis ticks on round historical years, never 4001 BC or 1 BC", () => {
    const { labels } = axis(-3600, -3400);
    expect(labels).toContain("3500 BC");
    const years = labels.map((l) => Number(/^(\d{4}) BC$/.exec(l)?.[1]));
    const step = years[0]! - years[1]!;
    expect([10, 20, 25, 50]).toContain(step);
    for (const y of years) expect(y % step).toBe(0);
  });

  test("an axis across year 0 reads 500 BC, AD 1, AD 500", () => {
    const { labels } = axis(-1100, 1100);
    expect(labels).toEqual(["1000 BC", "500 BC", "AD 1", "AD 500", "AD 1000"]);
  });

  test("near year 0 with yearly steps: 1 BC then AD 1, no year 0", () => {
    const { labels } = axis(-3, 3, 1000, 0);
    expect(labels.join(" ")).toContain("2 BC 1 BC AD 1 AD 2");
  });

  test("a cosmology axis counts billions of years ago and ends at the present", () => {
    const { labels } = axis(-13_800_000_000, 2030, 1000);
    expect(labels[0]).toMatch(/^1[23](\.\d)? billion years ago$/);
    expect(labels).toContain("4 billion years ago");
    expect(labels[labels.length - 1]).toBe("2000");
    // Labels stay distinct and in order.
    expect(new Set(labels).size).toBe(labels.length);
  });

  test.each([
    [-70_000_000, -60_000_000, /^\d\d million years ago$/],
    [-400_000, -100_000, /^\d{3},000 years ago$/],
    [-12_000, -8_000, /^(\d{1,2},\d{3}|\d{4}) BC$/],
    [1, 2000, /^AD \d{1,4}$/],
  ])("from %d to %d ticks read %s", (a, b, pattern) => {
    const { ticks, labels } = axis(a, b);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (const l of labels) expect(l).toMatch(pattern);
  });

  test("zoomed in on deep time, neighbouring labels differ in the digits the step needs", () => {
    const a = -13_800_000_000,
      step = 10_000_000;
    const { labels } = axis(a, a + 5 * step);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(new Set(labels).size).toBe(labels.length);
    for (const l of labels) expect(l).toMatch(/^13\.(8|7[5-9]\d*) billion years ago$/);
  });

  test("a day-wide domain in deep time draws at most one tick, never throws", () => {
    const t = utc(-13_800_000_000);
    const ticks = axisTicks(timeScale([t, t + 86_400_000], [0, 1000]), {
      spacing: 120,
      minStep: 86_400_000,
      timeZone: "UTC",
    });
    expect(ticks.length).toBeLessThanOrEqual(1);
    expect(() => formatTicks(ticks, "en-US")).not.toThrow();
  });

  test("ticks fall on the instants their years start, inside the domain, in order", () => {
    const x = timeScale([utc(-4_600_000_000), utc(-65_000_000)], [0, 1200]);
    const ticks = yearTicks(x, 8);
    expect(ticks.length).toBeGreaterThan(3);
    for (let i = 0; i < ticks.length; i++) {
      const t = ticks[i] as YearTick;
      expect(t.t).toBe(utc(t.year));
      expect(yearOf(t.t)).toBe(t.year);
      if (i) expect(t.t).toBeGreaterThan(ticks[i - 1]!.t);
    }
  });

  test("modern axes keep d3-time's calendar ticks", () => {
    const { ticks, labels } = axis(2015, 2025);
    expect(ticks.every((t) => "wall" in t)).toBe(true);
    for (const l of labels) expect(l).toMatch(/^20\d\d$/);
    const spanYears = (ticks[ticks.length - 1]!.t - ticks[0]!.t) / YEAR;
    expect(spanYears).toBeGreaterThan(5);
  });
});

describe("formatWhen of years and blocks", () => {
  const text = (p: Parameters<typeof blockWhen>[0], index: number) => formatWhen(blockWhen(p, index)!, "en-US");
  test.each([
    ["decade", 199, "the 1990s"],
    ["decade", -350, "the 3500s BC"],
    ["century", 19, "20th century"],
    ["century", -35, "35th century BC"],
    ["century", -1, "1st century BC"],
    ["millennium", 1, "the 2nd millennium"],
    ["millennium", -1, "the 1st millennium BC"],
    ["millennium", -300, "300,000 years ago"],
    ["Ma", -66, "66 million years ago"],
    ["Ga", -14, "14 billion years ago"],
  ] as const)("%s %d reads %s", (p, index, expected) => {
    expect(text(p, index)).toBe(expected);
  });

  test("a deep year keeps its hedge and its labels", () => {
    const when = { ...yearWhen(-65_999_999)!, qualifier: "about" as const };
    expect(formatWhen(when, "en-US")).toMatch(/^about 66 million years ago$|^c\. 66 million years ago$/);
    expect(formatShort(yearWhen(-3499)!, "en-US", { ...defaultEraWords, bc: (y) => `${y} av. J.-C.` })).toBe(
      "3500 av. J.-C.",
    );
  });
});

test("months and days of a BC year are written by Intl with their era", () => {
  const { labels } = axis(-3099, -3098, 1000, 28 * 86_400_000);
  expect(labels[0]).toMatch(/^(Jan|Feb) 3100 BC$/);
  // The domain ends on January 1 of the next year, which carries its own year.
  for (const l of labels.slice(1)) expect(l).toMatch(/^[A-Z][a-z]{2}( 3099 BC)?$/);
});

test("yearTicks' documented example", () => {
  expect(yearTicks(timeScale([utc(-3600), utc(-3400)], [0, 800]), 4).map((t) => t.year)).toEqual([
    -3599, -3549, -3499, -3449,
  ]);
});

test("an axis into the far future keeps counting calendar years, one form on every tick", () => {
  const { labels } = axis(1969, 1_000_000);
  expect(labels.length).toBeGreaterThanOrEqual(3);
  for (const l of labels) expect(l).toMatch(/^\d{1,3}(,\d{3})*$/);
  expect(labels).toContain("500,000");
});

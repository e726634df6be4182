import { describe, expect, test } from "vitest";
import { formatShort, formatTicks, formatWhen } from "../../src/scale/format.js";
import { parseDate } from "../../src/data/dates/index.js";
import { toSpan } from "../../src/scale/instant.js";
import { axisTicks, timeScale, zonedTicks } from "../../src/scale/time.js";
import { buildModel } from "../../src/layout/model.js";
import { zoneOffset } from "../../src/scale/zone.js";
import { resolveOptions } from "../../src/options.js";

const D = (s: string) => Date.parse(s);

describe("axisTicks", () => {
  const DAY = 86_400_000;
  test("never finer than the data's precision; about one label per spacing", () => {
    const x = timeScale([D("2025-11-29T00:00Z"), D("2025-12-04T12:00Z")], [0, 1168]);
    const days = axisTicks(x, { spacing: 120, minStep: DAY, timeZone: "UTC" });
    for (const t of days) expect(t.t % DAY).toBe(0);
    expect(days.length).toBeGreaterThanOrEqual(4);
    // Hour-precision data over the same span may show half-days; minutes zoomed in show minutes.
    const fine = axisTicks(x, { spacing: 120, minStep: 3_600_000, timeZone: "UTC" });
    expect(fine.length).toBeGreaterThan(days.length);
    const zoomed = timeScale([D("2025-12-02T18:00Z"), D("2025-12-02T19:00Z")], [0, 1168]);
    const minutes = axisTicks(zoomed, { spacing: 120, minStep: 60_000, timeZone: "UTC" });
    expect(minutes[1]!.t - minutes[0]!.t).toBeLessThanOrEqual(10 * 60_000);
    // Narrower than one day at day precision: only midnights, if any.
    for (const t of axisTicks(zoomed, { spacing: 120, minStep: DAY, timeZone: "UTC" })) expect(t.t % DAY).toBe(0);
    const decades = timeScale([D("1900-01-01T00:00Z"), D("2030-01-01T00:00Z")], [0, 1168]);
    expect(axisTicks(decades, { spacing: 120, minStep: 365 * DAY, timeZone: "UTC" }).length).toBeGreaterThan(4);
  });
});

describe("before/after marks", () => {
  test("sit at the anchor's side, with the span running to the open side", () => {
    const when = (qualifier: "before" | "after") => ({
      iso: "2025-12-02",
      precision: "day" as const,
      qualifier,
      earliest: D("2025-11-29T00:00Z"),
      latest: D("2025-12-04T00:00Z"),
    });
    const m = buildModel(
      [
        { id: "b", title: "b", start: when("before"), tags: [], people: [], citations: [] },
        { id: "a", title: "a", start: when("after"), tags: [], people: [], citations: [] },
      ],
      () => "",
      (k) => k,
    );
    expect(m.x[0]).toBe(D("2025-12-02T00:00Z"));
    expect([m.a[0], m.b[0], m.fade[0]]).toEqual([D("2025-11-29T00:00Z"), D("2025-12-02T00:00Z"), -1]);
    expect(m.x[1]).toBe(D("2025-12-03T00:00Z"));
    expect([m.a[1], m.b[1], m.fade[1]]).toEqual([D("2025-12-03T00:00Z"), D("2025-12-04T00:00Z"), 1]);
  });
});

describe("zonedTicks", () => {
  test("UTC day ticks fall on UTC midnights", () => {
    const x = timeScale([D("2025-12-01T00:00Z"), D("2025-12-08T00:00Z")], [0, 700]);
    const ticks = zonedTicks(x, 7, "UTC");
    expect(ticks.length).toBeGreaterThan(3);
    for (const t of ticks) expect(t.t % 86_400_000).toBe(0);
  });
  test("zoned ticks fall on that zone's midnights", () => {
    const x = timeScale([D("2025-12-01T00:00Z"), D("2025-12-08T00:00Z")], [0, 700]);
    for (const t of zonedTicks(x, 7, "Europe/Moscow")) expect((t.t + 3 * 3_600_000) % 86_400_000).toBe(0);
  });
  test("across a DST change ticks stay on local midnights", () => {
    const x = timeScale([D("2025-03-25T00:00Z"), D("2025-04-05T00:00Z")], [0, 1100]);
    for (const t of zonedTicks(x, 10, "Europe/Berlin")) {
      const local = new Intl.DateTimeFormat("en-GB", {
        timeZone: "Europe/Berlin",
        hour: "2-digit",
        hourCycle: "h23",
      }).format(t.t);
      expect(local).toBe("00");
    }
  });
});

describe("formatTicks adapts from decades to minutes", () => {
  const cases: [string, string, string, RegExp][] = [
    ["decades", "1900-01-01T00:00Z", "2020-01-01T00:00Z", /^\d{4}$/],
    ["years", "2015-01-01T00:00Z", "2025-01-01T00:00Z", /^\d{4}$/],
    [
      "months",
      "2025-01-01T00:00Z",
      "2025-12-31T00:00Z",
      /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?$/,
    ],
    ["days", "2025-12-01T00:00Z", "2025-12-10T00:00Z", /^Dec \d{1,2}(, 2025)?$/],
    ["hours", "2025-12-02T06:00Z", "2025-12-02T18:00Z", /(\d{1,2}:\d{2} [AP]M|Dec 2)/],
    ["minutes", "2025-12-02T18:00Z", "2025-12-02T18:30Z", /\d{1,2}:\d{2}/],
  ];
  for (const [name, a, b, pattern] of cases) {
    test(name, () => {
      const x = timeScale([D(a), D(b)], [0, 1000]);
      const labels = formatTicks(zonedTicks(x, 8, "UTC"), "en-US");
      expect(labels.length).toBeGreaterThan(2);
      for (const l of labels) expect(l).toMatch(pattern);
    });
  }
  test("years before 1 CE carry their era, and so do common-era years on an axis that crosses year 0", () => {
    const x = timeScale([Date.UTC(-5000, 0, 1), Date.UTC(2025, 0, 1)], [0, 1000]);
    const labels = formatTicks(axisTicks(x, { spacing: 120, minStep: 0, timeZone: "UTC" }), "en-US");
    const bc = labels.filter((l) => /^\d+ BC$/.test(l)),
      ad = labels.filter((l) => /^AD \d+$/.test(l));
    expect(bc.length).toBeGreaterThan(2);
    expect(ad.length).toBeGreaterThan(0);
    expect(bc.length + ad.length).toBe(labels.length);
    // Round historical years: ISO year -999 is 1000 BC (year 0 is 1 BC), and no axis reads "1001 BC".
    expect(labels).toContain("1000 BC");
    expect(labels.join(" ")).not.toMatch(/\b\d*1 BC/);
  });
  test("locale", () => {
    const x = timeScale([D("2025-01-01T00:00Z"), D("2025-12-31T00:00Z")], [0, 1000]);
    expect(formatTicks(zonedTicks(x, 8, "UTC"), "de-DE").join(" ")).toMatch(/März|Mai|Okt/);
  });
});

describe("formatWhen", () => {
  const day = {
    iso: "2025-12-02",
    precision: "day" as const,
    earliest: Date.UTC(2025, 11, 2),
    latest: Date.UTC(2025, 11, 3),
  };
  test("a day-precision date never shifts to the previous day", () => {
    expect(formatWhen(day, "en-US")).toBe("December 2, 2025");
    expect(formatShort(day, "en-US")).toBe("Dec 2, 2025");
    expect(formatWhen(day, "en-US", "America/Los_Angeles")).toBe("December 2, 2025");
  });
  test("precisions and qualifiers", () => {
    expect(
      formatWhen(
        { iso: "2025-12", precision: "month", earliest: Date.UTC(2025, 11), latest: Date.UTC(2026, 0) },
        "en-US",
      ),
    ).toBe("December 2025");
    expect(
      formatWhen({ iso: "199", precision: "decade", earliest: Date.UTC(1990, 0), latest: Date.UTC(2000, 0) }, "en-US"),
    ).toBe("the 1990s");
    expect(formatWhen({ ...day, earliest: Date.UTC(2025, 10, 29), qualifier: "before" }, "en-US")).toBe(
      "before December 2, 2025",
    );
    expect(formatWhen({ ...day, partOfDay: "evening" }, "en-US")).toBe("December 2, 2025 (evening)");
  });
  test("seasons and quarters are named, not coded", () => {
    const both = (iso: string) => `${formatShort(parseDate(iso)!, "en-US")} | ${formatWhen(parseDate(iso)!, "en-GB")}`;
    // Winter 2025 is December 2025 to February 2026.
    expect(both("2025-WI")).toBe("winter 2025 | winter 2025");
    expect(both("2024-SU")).toBe("summer 2024 | summer 2024");
    expect(formatWhen(parseDate("fall 2023")!, "en-US")).toBe("fall 2023");
    expect(formatWhen(parseDate("spring 2025")!, "de")).toBe("spring 2025");
    expect(both("2025-Q3")).toBe("Q3 2025 | Q3 2025");
  });
  test("centuries take their ordinal, and dates before 1 CE their era", () => {
    // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not.
    const year = (y: number) => new Date(0).setUTCFullYear(y, 0, 1);
    const century = (c: number) =>
      formatWhen(
        { iso: String(c).padStart(2, "0"), precision: "century", earliest: year(c * 100), latest: year(c * 100 + 100) },
        "en-US",
      );
    expect([0, 1, 2, 10, 11, 12, 19, 20, 21, 22, 100, 110].map(century)).toEqual([
      "1st century",
      "2nd century",
      "3rd century",
      "11th century",
      "12th century",
      "13th century",
      "20th century",
      "21st century",
      "22nd century",
      "23rd century",
      "101st century",
      "111th century",
    ]);
    // Century "-01" is ISO years -100 to -1, 101 BC to 2 BC: 99 of them lie in the 1st century BC (100–1 BC),
    // the century parseDate reads "the 1st century BC" as.
    expect(formatWhen({ iso: "-01", precision: "century", earliest: year(-100), latest: year(0) }, "en-US")).toBe(
      "1st century BC",
    );
    // The Ides of March, 44 BC, is ISO year -43.
    const ides = Date.UTC(-43, 2, 15);
    expect(
      formatWhen({ iso: "-0043-03-15", precision: "day", earliest: ides, latest: ides + 86_400_000 }, "en-US"),
    ).toBe("March 15, 44 BC");
    expect(
      formatShort({ iso: "-0043", precision: "year", earliest: Date.UTC(-43, 0), latest: Date.UTC(-42, 0) }, "en-US"),
    ).toBe("44 BC");
    // An early common-era year says so: "AD 1" is not a count.
    expect(formatWhen({ iso: "0001", precision: "year", earliest: year(1), latest: year(2) }, "en-US")).toBe("AD 1");
    expect(formatWhen({ iso: "1066", precision: "year", earliest: year(1066), latest: year(1067) }, "en-US")).toBe(
      "1066",
    );
  });
  test("a zoned clock time reads in its own zone", () => {
    const t = Date.UTC(2025, 11, 2, 15);
    expect(
      formatWhen(
        {
          iso: "2025-12-02T18:00+03:00",
          precision: "hour",
          earliest: t,
          latest: t + 3_600_000,
          timeZone: "Europe/Moscow",
        },
        "en-GB",
      ),
    ).toMatch(/18:00.*Europe\/Moscow/);
  });
});

test("zoneOffset", () => {
  expect(zoneOffset("UTC", 0)).toBe(0);
  expect(zoneOffset("+03:00", 0)).toBe(10_800_000);
  expect(zoneOffset("Europe/Moscow", Date.UTC(2025, 11, 2))).toBe(10_800_000);
  expect(zoneOffset("America/New_York", Date.UTC(2025, 6, 1))).toBe(-4 * 3_600_000);
});

test("toSpan", () => {
  expect(toSpan("2025-12")).toEqual([Date.UTC(2025, 11), Date.UTC(2026, 0)]);
  expect(toSpan("2025-12-02")).toEqual([Date.UTC(2025, 11, 2), Date.UTC(2025, 11, 3)]);
  expect(toSpan(5)).toEqual([5, 5]);
  expect(toSpan("nonsense")).toBeNull();
});

describe("options", () => {
  test("wrong types throw invalid <name>: <value>", () => {
    const document = { createElementNS() {} } as unknown as Document;
    expect(() => resolveOptions({ document, width: -3 })).toThrow("invalid width: -3");
    expect(() => resolveOptions({ document, layout: "diagonal" as never })).toThrow("invalid layout: diagonal");
    expect(() => resolveOptions({ document, timeZone: "Mars/Olympus" })).toThrow("invalid timeZone: Mars/Olympus");
    expect(() => resolveOptions({ document, locale: 42 as never })).toThrow("invalid locale: 42");
    expect(() => resolveOptions({ document, interactive: "no" as never })).toThrow("invalid interactive: no");
    expect(() => resolveOptions({})).toThrow(/invalid document/);
  });
  test("each label is checked: a string where text is drawn, a function where a count goes in, no unknown key", () => {
    const document = { createElementNS() {} } as unknown as Document;
    expect(() => resolveOptions({ document, labels: { more: "weitere" as never } })).toThrow(
      "invalid labels.more: weitere",
    );
    expect(() => resolveOptions({ document, labels: { sources: (() => "Quellen") as never } })).toThrow(
      /^invalid labels\.sources: /,
    );
    expect(() => resolveOptions({ document, labels: { sorces: "Quellen" } as never })).toThrow(
      "invalid labels.sorces: Quellen",
    );
    expect(() => resolveOptions({ document, labels: "Quellen" as never })).toThrow("invalid labels: Quellen");
    expect(() => resolveOptions({ document, labels: JSON.parse('{"__proto__": {"sources": "x"}}') })).toThrow(
      /^invalid labels\.__proto__: /,
    );
    expect(() => resolveOptions({ document, labels: { toString: () => "x" } as never })).toThrow(
      /^invalid labels\.toString: /,
    );
    // A label left undefined (a translation not written yet) keeps the default.
    const o = resolveOptions({
      document,
      labels: { sources: "Quellen", tags: undefined, more: (n) => `+${n} weitere` },
    });
    expect([o.labels.sources, o.labels.tags, o.labels.more(3), o.labels.groups]).toEqual([
      "Quellen",
      "Tags",
      "+3 weitere",
      "Groups",
    ]);
  });
  test("defaults and coercion", () => {
    const document = { createElementNS() {} } as unknown as Document;
    const o = resolveOptions({ document, locale: { code: "de" }, layout: "VERTICAL" as never });
    expect(o.locale).toBe("de");
    expect(o.layout).toBe("vertical");
    expect(o.timeZone).toBe("UTC");
    expect(o.groupBy).toBe("group");
  });
});

describe("timeScale", () => {
  // d3-scale is a devDependency (the benchmark's D3 floor), so the reference is d3's own UTC scale.
  test("maps, inverts and ticks like d3's scaleUtc", async () => {
    const { scaleUtc } = await import("d3-scale");
    const fc = (await import("fast-check")).default;
    const instant = fc.integer({ min: Date.UTC(1700, 0, 1), max: Date.UTC(2200, 0, 1) });
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 4e12 }),
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, span, count, f) => {
          const ours = timeScale([a, a + span], [30, 1130]);
          const d3 = scaleUtc()
            .domain([new Date(a), new Date(a + span)])
            .range([30, 1130]);
          const t = a + Math.round(f * span);
          expect(ours(t)).toBeCloseTo(d3(new Date(t)), 6);
          expect(Math.abs(+ours.invert(300) - +d3.invert(300))).toBeLessThanOrEqual(1);
          expect(ours.ticks(count).map(Number)).toEqual(d3.ticks(count).map(Number));
        },
      ),
    );
  });

  test("a zero-width domain maps to the range's middle, not NaN", () => {
    const x = timeScale([D("2025-12-02T00:00Z"), D("2025-12-02T00:00Z")], [0, 100]);
    expect(x(D("2025-12-02T00:00Z"))).toBe(50);
    expect(+x.invert(10)).toBe(D("2025-12-02T00:00Z"));
  });
});

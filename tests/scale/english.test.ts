import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { englishFormat, formatCount } from "../../src/scale/english.js";

// Every option set src/scale/format.ts asks for, and a few more it could.
const SETS: Intl.DateTimeFormatOptions[] = [
  { year: "numeric" },
  { month: "short" },
  { month: "short", year: "numeric" },
  { month: "short", day: "numeric" },
  { month: "short", day: "numeric", year: "numeric" },
  { month: "long", year: "numeric" },
  { month: "long", day: "numeric", year: "numeric" },
  { hour: "numeric", minute: "2-digit" },
  { hour: "numeric", minute: "2-digit", second: "2-digit" },
  { month: "long", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit" },
  { month: "long", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit", second: "2-digit" },
  { month: "short", day: "numeric", hour: "numeric", minute: "2-digit" },
  { month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit", second: "2-digit" },
  { month: "long", day: "numeric", hour: "numeric", minute: "2-digit" },
];

const intl = (locale: string, o: Intl.DateTimeFormatOptions) => () =>
  new Intl.DateTimeFormat(locale, { ...o, timeZone: "UTC" });
// Year 1 to 9999, any millisecond; a few dates before 1 CE take Intl's path.
const instant = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: -62_135_596_800_000, max: Date.UTC(9999, 11, 31, 23, 59, 59) }) },
  { weight: 1, arbitrary: fc.integer({ min: -70_000_000_000_000, max: -62_135_596_800_001 }) },
);

describe("englishFormat", () => {
  test("writes exactly what Intl writes for en-US and en in UTC", () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...SETS), fc.constantFrom("en-US", "en"), (t, o, locale) => {
        const f = englishFormat(o, intl(locale, o));
        expect(f).not.toBeNull();
        expect(f!.format(new Date(t))).toBe(intl(locale, o)().format(new Date(t)));
      }),
      { numRuns: 3000 },
    );
  });

  test("the hours around midnight and noon, and single-digit minutes", () => {
    const o: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit", second: "2-digit" };
    const f = englishFormat(o, intl("en-US", o))!;
    for (const [h, m, s] of [
      [0, 0, 0],
      [0, 5, 9],
      [11, 59, 59],
      [12, 0, 0],
      [12, 1, 0],
      [23, 59, 59],
    ] as const) {
      const d = new Date(Date.UTC(2025, 11, 2, h, m, s));
      expect(f.format(d)).toBe(intl("en-US", o)().format(d));
    }
  });

  test("declines option sets it does not write, so the caller uses Intl", () => {
    const fallback = intl("en-US", {});
    for (const o of [
      {},
      { weekday: "long" },
      { month: "numeric" },
      { day: "numeric" },
      { year: "2-digit" },
      { hour: "numeric" },
      { minute: "2-digit" },
      { hour: "2-digit", minute: "2-digit" },
      { era: "short", year: "numeric" },
      { year: "numeric", day: "numeric" },
      { year: "numeric", hour: "numeric", minute: "2-digit" },
      { month: "short", year: "numeric", hour: "numeric", minute: "2-digit" },
    ] as Intl.DateTimeFormatOptions[]) {
      expect(englishFormat(o, fallback)).toBeNull();
    }
  });
});

describe("formatCount", () => {
  test("groups thousands as toLocaleString does, in en-US and elsewhere", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -1e7, max: 1e7 })),
        fc.constantFrom("en-US", "en", "de-DE", "fr"),
        (n, locale) => {
          expect(formatCount(n, locale)).toBe(n.toLocaleString(locale));
        },
      ),
      { numRuns: 2000 },
    );
    expect(formatCount(100_000, "en-US")).toBe("100,000");
    expect(formatCount(999, "en-US")).toBe("999");
    expect(formatCount(1000, "en-US")).toBe("1,000");
  });
});

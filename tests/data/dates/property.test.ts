import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeDate, isWhen, parseDate, toWhen } from "../../../src/data/dates/index.js";

describe("hostile input", () => {
  it("never throws and returns null or a valid When", () => {
    const pieces = fc.constantFrom("Dec", "2", "Tuesday", "(", ")", "last", "week", "1990s", "a.m.", "MSK", "Q3", "/", "-", "'", "\u0000", "🙂", "9999999999999", "of", " ");
    const text = fc.oneof(fc.string({ maxLength: 60 }), fc.array(pieces, { maxLength: 8 }).map((a) => a.join(" ")));
    fc.assert(
      fc.property(text, (s) => {
        const when = parseDate(s, { reference: "2025-12-03" });
        if (when !== null) {
          expect(isWhen(when)).toBe(true);
          expect(when.earliest).toBeLessThan(when.latest);
        }
        expect(() => toWhen(s)).not.toThrow();
      }),
      { seed: 20251203, numRuns: 2000 },
    );
  });
  it("rejects huge and absurd strings quickly", () => {
    const t = performance.now();
    expect(parseDate("Dec 2 ".repeat(100_000))).toBeNull();
    expect(parseDate("9999999999999-01-01")).toBeNull();
    expect(analyzeDate("\u0000\u0001🙂").when).toBeNull();
    expect(performance.now() - t).toBeLessThan(200);
  });
  it("never mutates a When passed as reference", () => {
    const reference = Object.freeze({ iso: "2025-12-03", precision: "day" as const, earliest: Date.UTC(2025, 11, 3), latest: Date.UTC(2025, 11, 4) });
    expect(parseDate("yesterday", { reference })?.iso).toBe("2025-12-02");
  });
});

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
  it("never throws with any context, and the context cannot make a When invalid", () => {
    const pieces = fc.constantFrom("Dec. 2", "1998", "that year", "then", "will", "said", "by", "since", "''", "\"", "(", ")", ".", "April 24 and", "25", "a year", "earlier", "is the", "eighth day", "9 a.m.", "Friday", "this year as", "last", "\u0000", "🙂");
    const words = fc.array(pieces, { maxLength: 10 }).map((a) => a.join(" "));
    fc.assert(
      fc.property(words, fc.oneof(words, fc.string({ maxLength: 300 })), (text, context) => {
        const a = analyzeDate(text, { reference: "2025-12-03", context: `${context} ${text} ${context}` });
        if (a.when !== null) expect(isWhen(a.when)).toBe(true);
      }),
      { seed: 20251204, numRuns: 2000 },
    );
  });
  it("rejects huge and absurd strings quickly", () => {
    const t = performance.now();
    expect(parseDate("Dec 2 ".repeat(100_000))).toBeNull();
    expect(parseDate("9999999999999-01-01")).toBeNull();
    expect(analyzeDate("\u0000\u0001🙂").when).toBeNull();
    expect(parseDate("that year", { context: `${"1998 ".repeat(50_000)} that year` })?.iso).toBe("1998");
    expect(performance.now() - t).toBeLessThan(200);
  });
  it("never mutates a When passed as reference", () => {
    const reference = Object.freeze({ iso: "2025-12-03", precision: "day" as const, earliest: Date.UTC(2025, 11, 3), latest: Date.UTC(2025, 11, 4) });
    expect(parseDate("yesterday", { reference })?.iso).toBe("2025-12-02");
  });
});

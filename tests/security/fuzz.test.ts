// parseDate on mutated real-world expressions: whatever a keyboard, an OCR
// pass or an attacker does to a date, it returns null or a valid When.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeDate, isWhen, parseDate } from "../../src/data/dates/index.js";
import { runs } from "../runs.js";

const seeds = [
  "Tuesday (Dec 2)",
  "earlier on Monday (Dec 1)",
  "on Tuesday evening",
  "2025-12-02T18:00+03:00",
  "18:00 MSK",
  "11 a.m. ET on Friday",
  "last June",
  "the third quarter",
  "third-quarter",
  "the late 1970s",
  "the 1990s",
  "the 20th century",
  "a year earlier",
  "two weeks ago",
  "the previous day",
  "Dec. 2, 2025",
  "2 December 2025",
  "02/12/2025",
  "2025-W48",
  "2025-Q3",
  "summer 2024",
  "this week",
  "next Thursday",
  "midnight",
  "noon Tuesday",
  "mid-1990s",
  "early 2025",
  "about 1850",
  "Oct. 23",
  "yesterday",
  "UTC+3",
  "-0044-03-15",
];

const mutate = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(fc.tuple(fc.nat(40), fc.nat(3), fc.string({ maxLength: 3, unit: "binary" })), { maxLength: 4 }),
  )
  .map(([text, edits]) => {
    let s = text;
    for (const [at, kind, chars] of edits) {
      const i = s.length ? at % (s.length + 1) : 0;
      if (kind === 0) s = s.slice(0, i) + chars + s.slice(i);
      else if (kind === 1) s = s.slice(0, i) + s.slice(i + 1);
      else if (kind === 2) s = s.toUpperCase();
      else s = s.slice(0, i) + chars + s.slice(i + chars.length);
    }
    return s;
  });

const reference = fc.constantFrom("2025-12-03", "1998-08-07", "2025-12-02/2025-12-03", "-0100-06-01", "9999-12-31");

describe("parseDate under fuzzing", () => {
  it("never throws on mutated expressions; returns null or a valid When", () => {
    fc.assert(
      fc.property(
        mutate,
        reference,
        fc.option(fc.constantFrom("Europe/Moscow", "America/New_York", "Australia/Lord_Howe"), { nil: undefined }),
        (text, ref, timeZone) => {
          const when = parseDate(text, { reference: ref, ...(timeZone ? { timeZone } : {}) });
          if (when === null) return;
          expect(isWhen(when)).toBe(true);
          expect(when.earliest).toBeLessThan(when.latest);
          const analysis = analyzeDate(text, { reference: ref });
          expect(["date", "duration", "set", "none"]).toContain(analysis.kind);
        },
      ),
      { seed: 1202, ...runs(1500) },
    );
  });

  it("never throws on arbitrary unicode, huge or control-laden strings", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 200 }),
          fc.string({ unit: "grapheme", maxLength: 60 }),
          fc.constant("9".repeat(100_000)),
        ),
        (text) => {
          const when = parseDate(text, { reference: "2025-12-03" });
          expect(when === null || isWhen(when)).toBe(true);
        },
      ),
      { seed: 77, ...runs(800) },
    );
  });
});

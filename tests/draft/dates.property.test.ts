import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWhen } from "../../src/data/dates/index.js";
import { findDates } from "../../src/draft/dates.js";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 300);

describe("findDates on any text", () => {
  it("never throws; spans are exact, in order, apart; every date is a valid When", () => {
    const pieces = fc.constantFrom(
      "Dec. 2, 1998",
      "Friday",
      "night",
      "the",
      "on",
      "last",
      "week",
      "three days",
      "later",
      "ago",
      "10:30 a.m.",
      "EST",
      "(",
      ")",
      "[",
      "]",
      "1915-17",
      "aged",
      "27",
      "500 BC",
      "century",
      "daily",
      "now",
      "that year",
      "August",
      "of",
      "\u0000",
      "\u{1F642}",
      "\u2019",
      ",",
      ".",
      " ",
      "\n",
      "May",
      "may",
      "will",
      "said",
      "Christmas",
      "430pm",
      "the early hours of",
      "Sunday",
    );
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.array(pieces, { maxLength: 24 }).map((a) => a.join(" ")),
    );
    const mode = fc.constantFrom("news" as const, "narrative" as const);
    fc.assert(
      fc.property(text, mode, (s, m) => {
        const found = findDates(s, { published: "2025-12-03", mode: m });
        let end = 0;
        for (const d of found) {
          expect(s.slice(d.start, d.end)).toBe(d.text);
          expect(d.start).toBeGreaterThanOrEqual(end);
          expect(d.end).toBeGreaterThan(d.start);
          end = d.end;
          if (d.type === "date") expect(isWhen(d.when)).toBe(true);
          else expect(typeof d.value).toBe("string");
        }
      }),
      { seed: 20251207, numRuns: RUNS },
    );
  });
});

// All of history as epoch ms: from 13.8 billion years ago to a million years
// on, every When keeps `earliest < latest`, nests inside its coarser blocks
// and sorts the way compareEvents says, far outside what a Date holds.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { whenFromIso } from "../../src/data/dates/iso.js";
import {
  BLOCK_YEARS,
  blockWhen,
  dayWhen,
  isWhen,
  monthWhen,
  utc,
  yearOf,
  yearWhen,
  type BlockPrecision,
} from "../../src/data/dates/when.js";
import { compareEvents } from "../../src/data/normalize.js";
import { sortedIndices } from "../../src/data/order.js";
import type { TimelineEvent, When } from "../../src/data/types.js";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 300);
const DEEP = -13_800_000_000,
  FAR = 1_000_000;
const BLOCKS = Object.keys(BLOCK_YEARS) as BlockPrecision[];

/** Years across the whole range, weighted toward the edges and year 0 where off-by-ones live. */
const year = fc.oneof(
  fc.integer({ min: DEEP, max: FAR }),
  fc.integer({ min: -300_000, max: 300_000 }),
  fc.integer({ min: -5000, max: 3000 }),
  fc.constantFrom(DEEP, -4_540_000_000, -66_000_000, -271_822, -271_821, -270_001, 0, 1, -1, 270_001, FAR),
);

const blockOf = (p: BlockPrecision, y: number): When => blockWhen(p, Math.floor(y / BLOCK_YEARS[p]))!;
const contains = (outer: When, inner: When): boolean =>
  outer.earliest <= inner.earliest && inner.latest <= outer.latest;

describe("When across all of history", () => {
  test("every year and block has finite bounds, earliest < latest, and passes isWhen", () => {
    fc.assert(
      fc.property(year, (y) => {
        for (const w of [yearWhen(y)!, ...BLOCKS.map((p) => blockOf(p, y))]) {
          expect(Number.isFinite(w.earliest) && Number.isFinite(w.latest)).toBe(true);
          expect(w.earliest).toBeLessThan(w.latest);
          expect(isWhen(w)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("a year nests in its decade, century, millennium, Ma and Ga", () => {
    fc.assert(
      fc.property(year, (y) => {
        const chain = [
          yearWhen(y)!,
          ...["decade", "century", "millennium", "Ma", "Ga"].map((p) => blockOf(p as BlockPrecision, y)),
        ];
        for (let i = 1; i < chain.length; i++) expect(contains(chain[i]!, chain[i - 1]!)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test("a day nests in its month and year wherever a day can be written", () => {
    const near = fc.integer({ min: -270_000, max: 270_000 });
    fc.assert(
      fc.property(near, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const day = dayWhen(y, m, d)!,
          month = monthWhen(y, m)!,
          whole = yearWhen(y)!;
        expect(contains(month, day) && contains(whole, month)).toBe(true);
        expect(contains(blockOf("millennium", y), whole)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test("years order as numbers do, consecutive years touch, and yearOf inverts utc", () => {
    fc.assert(
      fc.property(year, year, (a, b) => {
        if (a !== b) expect(utc(a) < utc(b)).toBe(a < b);
        expect(yearWhen(a)!.latest).toBe(yearWhen(a + 1)!.earliest);
        expect(yearOf(utc(a))).toBe(a);
        // Past 2^53 ms (285,000 years) a double cannot hold latest − 1; the middle of the year it can.
        expect(yearOf((yearWhen(a)!.earliest + yearWhen(a)!.latest) / 2)).toBe(a);
      }),
      { numRuns: RUNS },
    );
  });

  test("an ISO year reads back with the same bounds, expanded years included", () => {
    fc.assert(
      fc.property(year, (y) => {
        const w = yearWhen(y)!;
        expect(whenFromIso(w.iso)).toEqual(w);
      }),
      { numRuns: RUNS },
    );
  });

  test("the sort of normalize and layout agrees with compareEvents across deep time", () => {
    const precision = fc.constantFrom<"year" | BlockPrecision>("year", ...BLOCKS);
    const event = fc.record({ y: year, p: precision, span: fc.nat({ max: 3 }), id: fc.stringMatching(/^[a-c]{1,2}$/) });
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 40 }), (specs) => {
        const events: TimelineEvent[] = specs.map(({ y, p, span, id }) => {
          const start = p === "year" ? yearWhen(y)! : blockOf(p, y);
          const end = span
            ? p === "year"
              ? yearWhen(Math.min(y + span, FAR))!
              : blockOf(p, Math.min(y + span * BLOCK_YEARS[p], FAR))
            : undefined;
          return { id, title: id, start, ...(end ? { end } : {}), tags: [], people: [], citations: [] };
        });
        const n = events.length;
        const start = Float64Array.from(events, (e) => e.start.earliest);
        const end = Float64Array.from(events, (e) => (e.end ?? e.start).latest);
        const order = sortedIndices([start, end], n, (i, j) =>
          events[i]!.id < events[j]!.id ? -1 : events[i]!.id > events[j]!.id ? 1 : 0,
        );
        const sorted = Array.from(order, (i) => events[i]!);
        for (let r = 1; r < n; r++) expect(compareEvents(sorted[r - 1]!, sorted[r]!)).toBeLessThanOrEqual(0);
      }),
      { numRuns: RUNS },
    );
  });
});

test("the precision lost past Date's range is stated: a year 13.8 billion years back is exact to the minute", () => {
  const t = utc(DEEP);
  // A double near 4.4e20 ms steps by 65,536 ms; years and days stay distinct.
  expect(Math.abs(t)).toBeGreaterThan(4.3e20);
  expect(utc(DEEP, 0, 2) - t).toBeGreaterThan(86_400_000 - 65_536);
  expect(utc(DEEP + 1) - t).toBeGreaterThan(365 * 86_400_000 - 65_536);
});

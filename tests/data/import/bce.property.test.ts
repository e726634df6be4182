import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timelineJSDate } from "../../../src/data/export/dates.js";
import { astronomicalYear, historicalYear } from "../../../src/data/import/dateparts.js";
import { fromTimelineJS } from "../../../src/data/import/index.js";
import type { When } from "../../../src/data/types.js";
import { utc } from "../../../src/data/dates/when.js";
import { runs } from "../../runs.js";

const params = { seed: 20251207, ...runs(500) };
// Every year TimelineJS accepts, to the age of the universe, without its year 0.
const DEEP = 13_800_000_000;
const year = fc
  .oneof(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -DEEP, max: DEEP }))
  .filter((y) => y !== 0);
const imported = (y: number): When =>
  fromTimelineJS({ events: [{ start_date: { year: y }, text: { headline: "x" } }] }).input.events[0]!.start as When;

describe("TimelineJS's historical years and ISO's astronomical ones", () => {
  it("convert one to one, and back, for every year but TimelineJS's 0", () => {
    fc.assert(fc.property(year, (y) => {
      expect(historicalYear(astronomicalYear(y))).toBe(y);
      expect(astronomicalYear(y)).toBe(y < 0 ? y + 1 : y);
    }), params);
  });

  it("keep the order of years", () => {
    fc.assert(fc.property(year, year, (a, b) => {
      expect(Math.sign(astronomicalYear(a) - astronomicalYear(b))).toBe(Math.sign(a - b));
    }), params);
  });

  it("import a year as the ISO year one later when BC (a round deep-time year as its magnitude), in order", () => {
    fc.assert(fc.property(year, year, (a, b) => {
      const [wa, wb] = [imported(a), imported(b)];
      const y = astronomicalYear(a);
      expect(wa.earliest).toBeLessThanOrEqual(utc(y));
      expect(wa.latest).toBeGreaterThanOrEqual(utc(y + 1));
      if (wa.precision === "year") expect(Number(wa.iso)).toBe(y);
      else expect(Math.abs(a)).toBeGreaterThan(270_000);
      if (a < b) expect(wa.earliest).toBeLessThanOrEqual(wb.earliest);
      const years = wa.precision === "year" && wb.precision === "year";
      if (a < b && years) expect(wa.latest).toBeLessThanOrEqual(wb.earliest);
    }), params);
  });

  it("export the imported year as TimelineJS wrote it", () => {
    fc.assert(fc.property(year, (y) => {
      expect(timelineJSDate(imported(y))).toEqual({ year: y });
    }), params);
  });
});

import { describe, expect, it } from "vitest";
import { isWhen, toWhen, whenFromIso } from "../../../src/data/dates/index.js";

describe("whenFromIso", () => {
  it.each([
    ["2025", "year", Date.UTC(2025, 0), Date.UTC(2026, 0)],
    ["2025-12", "month", Date.UTC(2025, 11), Date.UTC(2026, 0)],
    ["2025-W48", "week", Date.UTC(2025, 10, 24), Date.UTC(2025, 11, 1)],
    ["2025-12-02", "day", Date.UTC(2025, 11, 2), Date.UTC(2025, 11, 3)],
    ["2025-Q3", "quarter", Date.UTC(2025, 6), Date.UTC(2025, 9)],
    ["2025-SU", "season", Date.UTC(2025, 5), Date.UTC(2025, 8)],
    ["2025-WI", "season", Date.UTC(2025, 11), Date.UTC(2026, 2)],
    ["199", "decade", Date.UTC(1990, 0), Date.UTC(2000, 0)],
    ["19", "century", Date.UTC(1900, 0), Date.UTC(2000, 0)],
    ["2025-12-02T18", "hour", Date.UTC(2025, 11, 2, 18), Date.UTC(2025, 11, 2, 19)],
    ["2025-12-02T18:00+03:00", "minute", Date.UTC(2025, 11, 2, 15), Date.UTC(2025, 11, 2, 15, 1)],
    ["2025-12-02T18:00:05Z", "second", Date.UTC(2025, 11, 2, 18, 0, 5), Date.UTC(2025, 11, 2, 18, 0, 6)],
  ])("%s is a %s with exact bounds", (iso, precision, earliest, latest) => {
    expect(whenFromIso(iso)).toMatchObject({ iso, precision, earliest, latest });
  });

  it("keeps years below 100 and BCE years out of the 1900s", () => {
    const caesar = whenFromIso("-0044-03-15");
    expect(caesar?.precision).toBe("day");
    expect(new Date(caesar?.earliest ?? 0).getUTCFullYear()).toBe(-44);
    expect(new Date(whenFromIso("0099")?.earliest ?? 0).getUTCFullYear()).toBe(99);
  });

  it("rejects what is not strict ISO", () => {
    for (const s of ["Dec 2", "2025-13", "2025-02-30", "2025-W54", "2025-Q5", "9999999999999-01-01", ""]) expect(whenFromIso(s)).toBeNull();
  });
});

describe("isWhen", () => {
  it("checks the invariants", () => {
    expect(isWhen({ iso: "2025", precision: "year", earliest: 0, latest: 1 })).toBe(true);
    expect(isWhen({ iso: "2025", precision: "day", earliest: 0, latest: 1 })).toBe(false);
    expect(isWhen({ iso: "2025", precision: "year", earliest: 1, latest: 1 })).toBe(false);
    expect(isWhen({ iso: "2025", precision: "year", earliest: 0, latest: Infinity })).toBe(false);
    expect(isWhen({ iso: "2025", precision: "eon", earliest: 0, latest: 1 })).toBe(false);
    expect(isWhen(null)).toBe(false);
  });
});

describe("toWhen", () => {
  it("spans an ISO interval at the coarser precision", () => {
    expect(toWhen("2025-12-02/2025-12-03")).toEqual({
      iso: "2025-12-02/2025-12-03", precision: "day", earliest: Date.UTC(2025, 11, 2), latest: Date.UTC(2025, 11, 4),
    });
    expect(toWhen("2025-11/2025-12-03")?.precision).toBe("month");
  });
  it("coerces instants, Whens (copied) and expressions", () => {
    expect(toWhen(Date.UTC(2025, 11, 2, 18))?.iso).toBe("2025-12-02T18:00:00Z");
    expect(toWhen(new Date(Date.UTC(2025, 11, 2)))?.earliest).toBe(Date.UTC(2025, 11, 2));
    const given = { iso: "2025", precision: "year" as const, earliest: Date.UTC(2025, 0), latest: Date.UTC(2026, 0) };
    const copy = toWhen(given);
    expect(copy).toEqual(given);
    expect(copy).not.toBe(given);
    expect(toWhen("Dec 2", { reference: "2025-12-03" })?.iso).toBe("2025-12-02");
    expect(toWhen(Number.NaN)).toBeNull();
  });
});

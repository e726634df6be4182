import { describe, expect, it } from "vitest";
import { parseDate } from "../../../src/data/dates/index.js";

const H = 3_600_000;

describe("clock times and zones", () => {
  it("reads fixed abbreviations and offsets", () => {
    expect(parseDate("18:00 MSK", { reference: "2025-12-02" })).toMatchObject({ iso: "2025-12-02T18:00+03:00", earliest: Date.UTC(2025, 11, 2, 15) });
    expect(parseDate("6 p.m. UTC+3", { reference: "2025-12-02" })?.earliest).toBe(Date.UTC(2025, 11, 2, 15));
    expect(parseDate("11 a.m. EST", { reference: "2025-12-02" })?.iso).toBe("2025-12-02T11-05:00");
    expect(parseDate("11 a.m. EDT", { reference: "2025-07-02" })?.earliest).toBe(Date.UTC(2025, 6, 2, 15));
    expect(parseDate("noon GMT", { reference: "2025-12-02" })?.iso).toBe("2025-12-02T12:00Z");
  });
  it("follows daylight saving for ET in winter and summer", () => {
    expect(parseDate("11 a.m. ET", { reference: "2025-12-02" })).toMatchObject({ iso: "2025-12-02T11-05:00", timeZone: "America/New_York" });
    expect(parseDate("11 a.m. ET", { reference: "2025-07-02" })?.earliest).toBe(Date.UTC(2025, 6, 2, 15));
  });
  it("interprets clock times in an IANA zone from options", () => {
    const when = parseDate("10:30 a.m. Tuesday", { reference: "2025-12-03", timeZone: "Europe/Moscow" });
    expect(when).toMatchObject({ iso: "2025-12-02T10:30+03:00", precision: "minute", timeZone: "Europe/Moscow", earliest: Date.UTC(2025, 11, 2, 7, 30) });
  });
  it("handles DST gaps and overlaps deterministically", () => {
    // 2:30 does not exist in New York on 2025-03-09: it moves forward by the gap.
    expect(parseDate("2:30 a.m.", { reference: "2025-03-09", timeZone: "America/New_York" })).toMatchObject({ iso: "2025-03-09T03:30-04:00", earliest: Date.UTC(2025, 2, 9, 7, 30) });
    // 1:30 happens twice on 2025-11-02: the earlier instant is taken.
    expect(parseDate("1:30 a.m.", { reference: "2025-11-02", timeZone: "America/New_York" })?.earliest).toBe(Date.UTC(2025, 10, 2, 5, 30));
  });
  it("keeps hour precision for a bare hour", () => {
    const when = parseDate("9 p.m.", { reference: "2025-12-02" });
    expect(when).toMatchObject({ iso: "2025-12-02T21", precision: "hour" });
    expect((when?.latest ?? 0) - (when?.earliest ?? 0)).toBe(H);
  });
});

describe("floating calendar dates", () => {
  it("compute bounds in UTC whatever the host zone", () => {
    // The suite runs under several TZ values; these numbers must never change.
    expect(parseDate("Dec 2, 2025")?.earliest).toBe(Date.UTC(2025, 11, 2));
    expect(parseDate("March 9, 2025")?.latest).toBe(Date.UTC(2025, 2, 10));
    expect(parseDate("November 2, 2025")?.latest).toBe(Date.UTC(2025, 10, 3));
    expect(parseDate("yesterday", { reference: "2025-03-10" })?.iso).toBe("2025-03-09");
    expect(parseDate("18:00", { reference: "2025-12-02" })?.earliest).toBe(Date.UTC(2025, 11, 2, 18));
  });
  it("take the reference's own calendar day, even for a zoned reference", () => {
    expect(parseDate("today", { reference: "2025-12-02T23:30-05:00" })?.iso).toBe("2025-12-02");
  });
});

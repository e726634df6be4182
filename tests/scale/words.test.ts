// Issue 23 item 9: with locale "de", hedges ("before …", "about …") and the
// part of the day ("(evening)") were English words glued around a German date.
// Hedges are labels now (English defaults); the part of the day defaults to
// the locale's own word from Intl's dayPeriod.
import { describe, expect, it } from "vitest";
import type { PartOfDay, Qualifier, When } from "../../src/data/types.js";
import { formatShort, formatWhen } from "../../src/scale/format.js";
import { dayPeriod, type DateWords } from "../../src/scale/words.js";
import { defaultEraWords } from "../../src/scale/years.js";

const day = (extra: Partial<When> = {}): When => ({
  iso: "2025-12-02",
  precision: "day",
  earliest: Date.UTC(2025, 11, 2),
  latest: Date.UTC(2025, 11, 3),
  ...extra,
});

const hedges = { before: "vor", after: "nach", about: "etwa", early: "Anfang", mid: "Mitte", late: "Ende" };
const german: DateWords = {
  ...defaultEraWords,
  hedge: (date, q, short) => `${q === "about" ? (short ? "ca." : "etwa") : hedges[q]} ${date}`,
  partOfDay: (date, _part, period) => `${date}, ${period}`,
};

describe("parts of the day", () => {
  it("are the locale's own words by default, and citeline's plain words in English", () => {
    const evening = day({ partOfDay: "evening" });
    expect(formatWhen(evening, "en-US")).toBe("December 2, 2025 (evening)");
    expect(formatWhen(evening, "en-GB")).toBe("2 December 2025 (evening)");
    const de = formatWhen(evening, "de");
    expect(de).toBe("2. Dezember 2025 (abends)");
    expect(formatWhen(day({ partOfDay: "evening" }), "fr")).toBe("2 décembre 2025 (du soir)");
  });

  it("give each part its word, night after the locale's evening", () => {
    const parts: PartOfDay[] = ["morning", "afternoon", "evening", "night"];
    expect(parts.map((p) => dayPeriod(p, "de"))).toEqual(["morgens", "nachmittags", "abends", "nachts"]);
    expect(parts.map((p) => dayPeriod(p, "en-AU"))).toEqual(parts);
  });

  it("go through the partOfDay label when one is given", () => {
    expect(formatWhen(day({ partOfDay: "night" }), "de", "UTC", german)).toBe("2. Dezember 2025, nachts");
  });
});

describe("hedges", () => {
  it("are English by default, long and short", () => {
    expect(formatWhen(day({ qualifier: "before" }), "en-US")).toBe("before December 2, 2025");
    expect(formatWhen(day({ qualifier: "mid" }), "en-US")).toBe("mid-December 2, 2025");
    expect(formatShort(day({ qualifier: "about" }), "en-US")).toBe("c. Dec 2, 2025");
    expect(formatShort(day({ qualifier: "after" }), "en-US")).toBe("after Dec 2, 2025");
  });

  it("come from the hedge label, in long and short forms, with no English left", () => {
    const cases: [Qualifier, string][] = [
      ["before", "vor "],
      ["after", "nach "],
      ["about", "etwa "],
    ];
    for (const [qualifier, word] of cases) {
      const long = formatWhen(day({ qualifier, partOfDay: "evening" }), "de", "UTC", german);
      expect(long).toBe(`${word}2. Dezember 2025, abends`);
    }
    expect(formatShort(day({ qualifier: "about" }), "de", german)).toBe(`ca. ${formatShort(day(), "de")}`);
    expect(formatShort(day({ qualifier: "before" }), "de", german)).toMatch(/^vor \S/);
    // Early/late do not move a short date: marks show the date alone.
    expect(formatShort(day({ qualifier: "late" }), "de", german)).toBe(formatShort(day(), "de"));
  });
});

// What the live region says, as pure text (issue 24, item 8): the date with
// its part of day or clock time, the lane, the place in time order, the ends,
// which source gives which date, and the span a zoom settled on.
import { describe, expect, test } from "vitest";
import type { Source, TimelineEvent } from "../../src/data/types.js";
import { dateClaims, eventAnnouncement, spokenWhen, viewAnnouncement } from "../../src/render/announce.js";
import { defaultLabels } from "../../src/render/labels.js";
import { day, hour } from "./fixtures.js";

const sources = new Map<string, Source>([
  ["reuters", { id: "reuters", title: "Talks end", publisher: "Reuters" }],
  ["ap", { id: "ap", title: "Envoys in Moscow", publisher: "AP" }],
  ["afp", { id: "afp", title: "Kremlin talks", publisher: "AFP" }],
  ["blog", { id: "blog", title: "Live blog" }],
]);
const ctx = { locale: "en-US", timeZone: "UTC", labels: defaultLabels, sources };

const meeting: TimelineEvent = {
  id: "meeting",
  title: "Putin meets Witkoff and Kushner",
  start: day(2025, 12, 2, { partOfDay: "evening" }),
  tags: [],
  people: [],
  citations: [{ source: "reuters" }, { source: "ap" }],
};

describe("spoken dates", () => {
  test("a day keeps its part of day; a clock time is said in full", () => {
    expect(spokenWhen(meeting.start, "en-US", "UTC", defaultLabels)).toBe("Dec 2, 2025 (evening)");
    expect(spokenWhen(day(2025, 12, 2), "en-US", "UTC", defaultLabels)).toBe("Dec 2, 2025");
    expect(spokenWhen(hour(2025, 12, 2, 18), "en-US", "UTC", defaultLabels)).toMatch(/December 2, 2025.*6:00\s?PM/);
  });

  test("a translated part of day takes the locale's word", () => {
    const labels = { ...defaultLabels, partOfDay: (d: string, _p: unknown, period: string) => `${d}, ${period}` };
    expect(spokenWhen(meeting.start, "de", "UTC", labels)).toMatch(/^2\. Dez\. 2025, abends$/);
  });
});

describe("an event's line", () => {
  test("title, date with part of day, lane, position and sources", () => {
    expect(eventAnnouncement(meeting, { index: 3, total: 14, lane: "Negotiations" }, ctx)).toBe(
      "Putin meets Witkoff and Kushner, Dec 2, 2025 (evening), Negotiations. 3 of 14. 2 sources.",
    );
  });

  test("a chart of one lane leaves the lane out; an uncited event says so", () => {
    expect(eventAnnouncement({ ...meeting, citations: [] }, { index: 1, total: 2 }, ctx)).toBe(
      "Putin meets Witkoff and Kushner, Dec 2, 2025 (evening). 1 of 2. No source cited.",
    );
  });

  test("the ends are named first", () => {
    expect(eventAnnouncement(meeting, { index: 14, total: 14, edge: "last" }, ctx)).toMatch(
      /^Last event\. Putin meets .* 14 of 14\. /,
    );
    expect(eventAnnouncement(meeting, { index: 1, total: 14, edge: "first" }, ctx)).toMatch(/^First event\. Putin /);
  });

  test("a date conflict names each source with the date it gives, sources of one date together", () => {
    const conflict: TimelineEvent = {
      ...meeting,
      flags: ["date-conflict"],
      citations: [
        { source: "reuters", dateText: "Monday", date: day(2025, 12, 1) },
        { source: "ap", dateText: "Tuesday", date: day(2025, 12, 2) },
        { source: "afp", dateText: "on Tuesday", date: day(2025, 12, 2) },
        { source: "blog" },
      ],
    };
    expect(dateClaims(conflict, ctx)).toEqual([
      { date: "Dec 1, 2025", sources: ["Reuters"] },
      { date: "Dec 2, 2025", sources: ["AP", "AFP"] },
    ]);
    expect(eventAnnouncement(conflict, { index: 3, total: 14 }, ctx)).toBe(
      "Putin meets Witkoff and Kushner, Dec 2, 2025 (evening). 3 of 14. 4 sources. " +
        "Sources disagree: Reuters says Dec 1, 2025; AP and AFP say Dec 2, 2025.",
    );
  });

  test("a flagged conflict whose citations carry no dates says only that they disagree", () => {
    const flagged = { ...meeting, flags: ["date-conflict"] };
    expect(eventAnnouncement(flagged, { index: 1, total: 1 }, ctx)).toMatch(/Sources disagree about the date\.$/);
  });
});

describe("the span after a zoom", () => {
  const DAY = 86_400_000;
  test("days, months, years and clock times by the span's length", () => {
    const t = Date.UTC(2025, 11, 1);
    expect(viewAnnouncement(t, t + 3 * DAY, 9, ctx)).toBe("Showing Dec 1, 2025 – Dec 3, 2025, 9 events");
    expect(viewAnnouncement(t, t + 120 * DAY, 1, ctx)).toBe("Showing Dec 2025 – Mar 2026, 1 event");
    expect(viewAnnouncement(Date.UTC(1990, 0), Date.UTC(2020, 0), 1200, ctx)).toBe("Showing 1990 – 2019, 1,200 events");
    // Clock times in the short date style of the rest of the live region, the day said once.
    expect(viewAnnouncement(t + 18 * 3_600_000, t + 23 * 3_600_000, 0, ctx)).toMatch(
      /^Showing Dec 1, 2025, 6:00(\s?PM)?\s–\s11:00\s?PM UTC, 0 events$/,
    );
    expect(viewAnnouncement(t + 18 * 3_600_000, t + 30 * 3_600_000, 2, ctx)).toMatch(
      /^Showing Dec 1, 2025, 6:00\s?PM\s–\sDec 2, 2025, 6:00\s?AM UTC, 2 events$/,
    );
  });

  test("months and long spans at their own precision", () => {
    const t = Date.UTC(2025, 0, 1);
    expect(viewAnnouncement(t, t + 200 * DAY, 3, ctx)).toBe("Showing Jan 2025 – Jul 2025, 3 events");
    expect(viewAnnouncement(t, t + 1000 * 365 * DAY, 3, ctx)).toBe("Showing 2025 – 3024, 3 events");
  });
});

import { describe, expect, it } from "vitest";
import { fromTimelineJS } from "../../../src/data/import/index.js";
import { codes, deepFreeze, fixture } from "./helpers.js";

const slide = (start_date: unknown, extra: Record<string, unknown> = {}) => ({ start_date, text: { headline: "Event" }, ...extra });
const one = (start_date: unknown, extra: Record<string, unknown> = {}, doc: Record<string, unknown> = {}) =>
  fromTimelineJS({ events: [slide(start_date, extra)], ...doc });

describe("fromTimelineJS on a full document", () => {
  const doc = deepFreeze(JSON.parse(fixture("harbor.timeline.json")) as unknown);
  const { input, diagnostics } = fromTimelineJS(doc);

  it("maps the title slide to the timeline's title and description as plain text", () => {
    expect(input.title).toBe("The Harbor Bridge");
    expect(input.description).toBe("How a fictional town built its bridge & argued about it.");
  });

  it("keeps unique_id, group and plain-text headline and text", () => {
    expect(input.events[0]).toMatchObject({
      id: "vote", title: "Council votes for the bridge", group: "Politics", start: "2019-03-14",
      summary: "The vote was 5\u20132.\nSecond paragraph.",
    });
    expect(input.groups).toEqual([{ id: "Politics", label: "Politics" }, { id: "Construction", label: "Construction" }]);
  });

  it("turns media credits into de-duplicated sources cited with the caption as note", () => {
    expect(input.sources).toEqual([
      { id: "credit-town-archive", title: "Town Archive", url: "https://example.org/cover.jpg" },
      { id: "credit-harbor-gazette", title: "Harbor Gazette", url: "https://example.org/vote.jpg" },
      { id: "credit-harbor-gazette-2", title: "Harbor Gazette", url: "https://example.org/ground.jpg" },
    ]);
    expect(input.events[0]?.citations).toEqual([{ source: "credit-harbor-gazette", note: "Council chamber", dateText: "Thursday, March 14" }]);
    // Same credit and url as the first slide: the same source.
    expect(input.events[2]?.citations).toEqual([{ source: "credit-harbor-gazette", dateText: "June 2024" }]);
  });

  it("takes display_date from the slide, else from start_date", () => {
    expect(input.events[0]?.citations?.[0]).toMatchObject({ dateText: "Thursday, March 14" });
    expect(input.events[2]?.citations?.[0]).toMatchObject({ dateText: "June 2024" });
  });

  it("keeps times at their precision and maps eras to events tagged era", () => {
    expect(input.events[1]).toMatchObject({ start: "2022-05-02T09:30", end: "2022-05-02T11" });
    expect(input.events.slice(3)).toEqual([
      { start: "2019", end: "2021", title: "Planning years", tags: ["era"] },
      { start: "2022", end: "2024-06", title: "Construction", tags: ["era"] },
    ]);
  });

  it("reports fields it cannot keep, once", () => {
    expect(codes(diagnostics)).toEqual(["events[2].background: unsupported-field"]);
  });
});

describe("fromTimelineJS dates", () => {
  it.each([
    [{ year: 2025 }, "2025"],
    [{ year: 2025, month: 12 }, "2025-12"],
    [{ year: "2025", month: "12", day: "2" }, "2025-12-02"],
    [{ year: 2025, month: 12, day: 2, hour: 18 }, "2025-12-02T18"],
    [{ year: 2025, month: 12, day: 2, hour: 18, minute: 5 }, "2025-12-02T18:05"],
    [{ year: 2025, month: 12, day: 2, hour: 18, minute: 5, second: 9 }, "2025-12-02T18:05:09"],
    [{ year: 2025, month: 12, day: 2, hour: 18, minute: 5, second: 9, millisecond: 7 }, "2025-12-02T18:05:09.007"],
    [{ year: -44, month: 3, day: 15 }, "-0044-03-15"],
    [{ year: 0 }, "0000"],
    [{ year: 12345 }, "+12345"],
    [{ year: "-1,200" }, "-1200"],
    [{ year: 2024, month: 2, day: 29 }, "2024-02-29"],
  ])("%j -> %s", (date, iso) => {
    const { input, diagnostics } = one(date);
    expect(input.events[0]?.start).toBe(iso);
    expect(diagnostics).toEqual([]);
  });

  it("gives cosmological years a When with bounds a Date could not hold", () => {
    const { input, diagnostics } = one({ year: -65000000, month: 6 }, {}, { scale: "cosmological" });
    const start = input.events[0]?.start as { iso: string; precision: string; earliest: number; latest: number };
    expect(start).toMatchObject({ iso: "-65000000", precision: "year" });
    const yearMs = start.latest - start.earliest;
    expect(yearMs).toBeGreaterThanOrEqual(365 * 86_400_000 - 1e6);
    expect(yearMs).toBeLessThanOrEqual(366 * 86_400_000 + 1e6);
    expect(start.earliest / (365.2425 * 86_400_000) + 1970).toBeCloseTo(-65000000, -1);
    expect(codes(diagnostics)).toEqual(["events[0].start_date.month: date-part-ignored"]);
  });

  it("reads a cosmological year within the Date range as an ISO year", () => {
    expect(one({ year: "-13800" }, {}, { scale: "cosmological" }).input.events[0]?.start).toBe("-13800");
  });

  it("stops at an invalid part with an error naming it", () => {
    const { input, diagnostics } = fromTimelineJS({ events: [slide({ year: 2025 }), slide({ year: 2025 }), slide({ year: 2025 }), slide({ year: 2025, month: 13 })] });
    expect(input.events[3]?.start).toBe("2025");
    expect(codes(diagnostics)).toEqual(["events[3].start_date.month: invalid-date"]);
    expect(diagnostics[0]?.severity).toBe("error");
  });

  it("rejects 29 February in a common year and a day without a month", () => {
    expect(codes(one({ year: 2025, month: 2, day: 29 }).diagnostics)).toEqual(["events[0].start_date.day: invalid-date"]);
    const gap = one({ year: 2025, day: 3 });
    expect(gap.input.events[0]?.start).toBe("2025");
    expect(codes(gap.diagnostics)).toEqual(["events[0].start_date.day: date-part-ignored"]);
  });

  it("does not import a slide without a readable year, and says so", () => {
    const { input, diagnostics } = fromTimelineJS({ events: [slide({ month: 3 }), slide({ year: "MMXV" }), { text: { headline: "x" } }] });
    expect(input.events).toEqual([]);
    expect(codes(diagnostics)).toEqual([
      "events[0].start_date.year: missing-date",
      "events[1].start_date.year: invalid-date",
      "events[2].start_date: missing-date",
    ]);
  });

  it("drops only a bad end_date", () => {
    const { input, diagnostics } = one({ year: 2025 }, { end_date: { year: 2026, month: 0 } });
    expect(input.events[0]).toMatchObject({ start: "2025", end: "2026" });
    expect(codes(diagnostics)).toEqual(["events[0].end_date.month: invalid-date"]);
  });
});

describe("fromTimelineJS text, media and problems", () => {
  it("strips hostile HTML to text, leaving no markup and no handler text", () => {
    const { input } = one({ year: 2025 }, {
      text: {
        headline: 'Mayor <img src=x onerror=alert(1)>speaks<script>alert("x")</script>',
        text: '<p onclick="steal()">Hello <a href="javascript:alert(1)">world</a></p><svg onload=alert(1)><style>p{}</style>',
      },
    });
    const event = input.events[0];
    expect(event?.title).toBe("Mayor speaks");
    expect(event?.summary).toBe("Hello world");
    const all = JSON.stringify(input);
    for (const bad of ["<", ">", "onerror", "onload", "onclick", "alert", "script", "javascript"]) expect(all).not.toContain(bad);
  });

  it("rejects a javascript: media url but keeps the credit as a source", () => {
    const { input, diagnostics } = one({ year: 2025 }, { media: { url: " javascript:alert(1)", credit: "Photo desk" } });
    expect(input.sources).toEqual([{ id: "credit-photo-desk", title: "Photo desk" }]);
    expect(input.events[0]?.citations).toEqual([{ source: "credit-photo-desk" }]);
    expect(codes(diagnostics)).toEqual(["events[0].media.url: unsafe-url"]);
  });

  it("reports a missing headline with its path and keeps the slide", () => {
    const { input, diagnostics } = fromTimelineJS({ events: [{ start_date: { year: 2025 }, text: { text: "Body" } }] });
    expect(input.events).toEqual([{ start: "2025", summary: "Body" }]);
    expect(codes(diagnostics)).toEqual(["events[0].text.headline: missing-title"]);
  });

  it.each([null, 42, "events", [], true, undefined])("reports %j as not-timelinejs", (value) => {
    const { input, diagnostics } = fromTimelineJS(value);
    expect(input).toEqual({ events: [] });
    expect(codes(diagnostics)).toEqual(["$: not-timelinejs"]);
  });

  it("reports an events value that is not a list", () => {
    expect(codes(fromTimelineJS({ events: {} }).diagnostics)).toEqual(["events: not-timelinejs"]);
  });

  it("names slides that are not objects, uncredited media and duplicate ids", () => {
    const { input, diagnostics } = fromTimelineJS({
      events: [
        "x",
        slide({ year: 2025 }, { unique_id: "a", media: { url: "https://example.org/p.jpg" } }),
        slide({ year: 2026 }, { unique_id: "a" }),
      ],
    });
    expect(input.events.map((e) => e.id)).toEqual(["a", undefined]);
    expect(codes(diagnostics)).toEqual(["events[0]: invalid-slide", "events[1].media: uncredited-media", "events[2].unique_id: duplicate-id"]);
  });

  it("reports a display date with nothing to carry it, unless the document is a source", () => {
    const doc = { events: [slide({ year: 2025 }, { display_date: "early 2025" })] };
    expect(codes(fromTimelineJS(doc).diagnostics)).toEqual(["events[0].display_date: uncited-display-date"]);
    const { input, diagnostics } = fromTimelineJS(doc, { source: { title: "Harbor timeline", url: "https://example.org/t" } });
    expect(diagnostics).toEqual([]);
    expect(input.sources).toEqual([{ id: "document", title: "Harbor timeline", url: "https://example.org/t" }]);
    expect(input.events[0]?.citations).toEqual([{ source: "document", dateText: "early 2025" }]);
  });

  it("warns about an era without an end and an unknown scale", () => {
    const { input, diagnostics } = fromTimelineJS({ scale: "geological", events: [], eras: [{ start_date: { year: 1990 }, text: { headline: "Nineties" } }] });
    expect(input.events).toEqual([{ start: "1990", title: "Nineties", tags: ["era"] }]);
    expect(codes(diagnostics)).toEqual(["scale: invalid-scale", "eras[0].end_date: era-without-end"]);
  });

  it("never mutates the caller's document", () => {
    const doc = deepFreeze({ title: { text: { headline: "T" } }, events: [slide({ year: 2025, month: 1 }, { media: { url: "https://example.org/x", credit: "C" } })] });
    const before = JSON.stringify(doc);
    const { input } = fromTimelineJS(doc);
    (input.events[0] as { title?: string }).title = "changed";
    expect(JSON.stringify(doc)).toBe(before);
  });

  it("throws only for a programmer error in options", () => {
    expect(() => fromTimelineJS({ events: [] }, null as never)).toThrow(TypeError);
  });
});

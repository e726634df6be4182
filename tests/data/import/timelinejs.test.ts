import { describe, expect, it } from "vitest";
import { fromTimelineJS } from "../../../src/data/import/index.js";
import { normalize } from "../../../src/data/normalize.js";
import type { When } from "../../../src/data/types.js";
import { codes, deepFreeze, fixture } from "./helpers.js";

const slide = (start_date: unknown, extra: Record<string, unknown> = {}) => ({ start_date, text: { headline: "Event" }, ...extra });
const one = (start_date: unknown, extra: Record<string, unknown> = {}, doc: Record<string, unknown> = {}) =>
  fromTimelineJS({ events: [slide(start_date, extra)], ...doc });
const iso = (date: unknown): string | undefined => (date as When | undefined)?.iso;

describe("fromTimelineJS on a full document", () => {
  const doc = deepFreeze(JSON.parse(fixture("harbor.timeline.json")) as unknown);
  const { input, diagnostics, paths } = fromTimelineJS(doc);

  it("maps the title slide to the timeline's title and description as plain text", () => {
    expect(input.title).toBe("The Harbor Bridge");
    expect(input.description).toBe("How a fictional town built its bridge & argued about it.");
    expect(input.extra).toEqual({ timelinejs: { title: { text: { headline: "The <em>Harbor</em> Bridge", text: "<p>How a fictional town built its bridge &amp; argued about it.</p>" }, media: { url: "https://example.org/cover.jpg", credit: "Town Archive" } } } });
  });

  it("keeps unique_id, plain-text headline and text, and one lane per group in any case", () => {
    expect(input.events[0]).toMatchObject({ id: "vote", title: "Council votes for the bridge", group: "Politics", summary: "The vote was 5\u20132, the minutes say.\nSecond paragraph." });
    expect(input.events.slice(1, 3).map((e) => e.group)).toEqual(["Construction", "Construction"]);
    expect(input.groups).toEqual([{ id: "Politics", label: "Politics" }, { id: "Construction", label: "Construction" }]);
  });

  it("makes one source per distinct credit, one per linked address, and a quote of a blockquote", () => {
    expect(input.sources).toEqual([
      { id: "credit-town-archive", title: "Town Archive" },
      { id: "credit-harbor-gazette", title: "Harbor Gazette", url: "https://example.org/" },
      { id: "link-https-example-org-minutes", title: "the minutes", url: "https://example.org/minutes", publisher: "example.org" },
      { id: "quote-harbor-gazette-reader", title: "Harbor Gazette reader" },
    ]);
    expect(input.events[0]?.citations).toEqual([{ source: "credit-harbor-gazette" }, { source: "link-https-example-org-minutes" }]);
    expect(input.events[3]?.citations).toEqual([{ source: "quote-harbor-gazette-reader", quote: "The ferry is late again.", speaker: "Harbor Gazette reader" }]);
  });

  it("keeps every media item with its kind, provider, caption and credit", () => {
    expect(input.events.map((e) => e.media)).toEqual([
      [{ url: "https://example.org/vote.jpg", kind: "image", caption: "Council chamber", credit: "credit-harbor-gazette" }],
      [{ url: "https://www.youtube.com/watch?v=abc123", kind: "embed", provider: "YouTube", caption: "Shovels", credit: "credit-harbor-gazette" }],
      [{ url: "img/opening.jpg", kind: "image", credit: "credit-harbor-gazette" }],
      undefined,
      undefined,
    ]);
  });

  it("keeps display dates as written on the date, an empty end_date as no end, an end equal to the start as an instant", () => {
    expect(input.events.map((e) => [iso(e.start), (e.start as When).text, iso(e.end)])).toEqual([
      ["2019-03-14", "Thursday, March 14", undefined],
      ["2022-05-02T09:30", undefined, "2022-05-02T11"],
      ["2024-06", "June 2024", undefined],
      ["1931", "c. 1931", undefined],
      ["-3499", undefined, undefined],
    ]);
    expect((input.events[3]?.start as When).qualifier).toBe("about");
  });

  it("titles a slide without a headline by its display date, with a warning", () => {
    expect(input.events[3]?.title).toBe("c. 1931");
  });

  it("maps eras to eras", () => {
    expect(input.eras?.map((e) => [e.title, iso(e.start), iso(e.end)])).toEqual([["Planning years", "2019", "2021"], ["Construction", "2022", "2024-06"]]);
  });

  it("keeps what citeline does not draw in extra.timelinejs, and names each such field once", () => {
    expect(input.events[2]?.extra).toEqual({ timelinejs: { background: { color: "#123456" }, media: { thumbnail: "img/opening-small.jpg" } } });
    expect(input.events[3]?.extra).toMatchObject({ timelinejs: { media: { url: expect.stringContaining("<blockquote>") } } });
    expect(codes(diagnostics)).toEqual(["events[2].background: unsupported-field", "events[3].text.headline: untitled-slide"]);
  });

  it("tells normalize where each event came from", () => {
    expect(paths?.events).toEqual(["events[0]", "events[1]", "events[2]", "events[3]", "events[4]"]);
    expect(paths?.eras).toEqual(["eras[0]", "eras[1]"]);
    const { diagnostics: later } = normalize(input, paths ? { paths } : {});
    expect(later.filter((d) => d.code === "no-citations").map((d) => d.path)).toEqual(["events[4]"]);
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
    [{ year: -44, month: 3, day: 15 }, "-0043-03-15"],
    [{ year: -1 }, "0000"],
    [{ year: -3500 }, "-3499"],
    [{ year: 12345 }, "+12345"],
    [{ year: "-1,200" }, "-1199"],
    [{ year: 2024, month: 2, day: 29 }, "2024-02-29"],
  ])("%j -> %s", (date, expected) => {
    const { input, diagnostics } = one(date);
    expect(iso(input.events[0]?.start)).toBe(expected);
    expect(diagnostics).toEqual([]);
  });

  it("reads TimelineJS's year 0 as 1 BC, and says so", () => {
    const { input, diagnostics } = one({ year: 0 });
    expect(iso(input.events[0]?.start)).toBe("0000");
    expect(codes(diagnostics)).toEqual(["events[0].start_date.year: year-zero"]);
  });

  it("keeps milliseconds, so slides a few ms apart are not duplicates", () => {
    const doc = { events: [0, 1, 2].map((ms) => slide({ year: 2025, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: ms })) };
    const { input } = fromTimelineJS(doc);
    const { timeline, diagnostics } = normalize(input);
    expect(timeline.events.map((e) => [e.start.iso, e.start.latest - e.start.earliest])).toEqual([
      ["2025-01-01T00:00:00.000", 1], ["2025-01-01T00:00:00.001", 1], ["2025-01-01T00:00:00.002", 1],
    ]);
    expect(diagnostics.filter((d) => d.code === "duplicate-event")).toEqual([]);
  });

  it.each([
    ["-13800000000", "Ma", "-13800000000"], ["-66000000", "Ma", "-66000000"], ["-4000000000", "Ga", "-4000000000"],
    ["-300000", "millennium", "-300000"], ["-13799999999", "year", "-13799999998"], ["-3000", "year", "-2999"],
  ])("reads the deep-time year %s as a %s", (year, precision, expected) => {
    const start = one({ year }, {}, { scale: "cosmological" }).input.events[0]?.start as When;
    expect([start.precision, start.iso]).toEqual([precision, expected]);
  });

  it("reads a cosmological year as a year, ignoring finer parts with a warning", () => {
    const { input, diagnostics } = one({ year: -13800, month: 6 }, {}, { scale: "cosmological" });
    expect(iso(input.events[0]?.start)).toBe("-13799");
    expect(codes(diagnostics)).toEqual(["events[0].start_date.month: date-part-ignored"]);
  });

  it("stops at an invalid part with an error naming it", () => {
    const { input, diagnostics } = fromTimelineJS({ events: [slide({ year: 2025 }), slide({ year: 2025, month: 13 })] });
    expect(iso(input.events[1]?.start)).toBe("2025");
    expect(codes(diagnostics)).toEqual(["events[1].start_date.month: invalid-date"]);
  });

  it("rejects 29 February in a common year and a day without a month", () => {
    expect(codes(one({ year: 2025, month: 2, day: 29 }).diagnostics)).toEqual(["events[0].start_date.day: invalid-date"]);
    const gap = one({ year: 2025, day: 3 });
    expect(iso(gap.input.events[0]?.start)).toBe("2025");
    expect(codes(gap.diagnostics)).toEqual(["events[0].start_date.day: date-part-ignored"]);
  });

  it("does not import a slide without start_date or with an unreadable year, and says so", () => {
    const { input, diagnostics } = fromTimelineJS({ events: [slide({ year: "MMXV" }), { text: { headline: "x" } }] });
    expect(input.events).toEqual([]);
    expect(codes(diagnostics)).toEqual(["events[0].start_date.year: invalid-date", "events[1].start_date: missing-date"]);
  });

  it("places a slide whose start_date has no year at 1 BC, as TimelineJS draws it, with a warning", () => {
    const { input, diagnostics } = fromTimelineJS({ events: [slide({ year: "", month: "" }), slide({ month: 3 })] });
    expect(input.events.map((e) => iso(e.start))).toEqual(["0000", "0000-03"]);
    expect(input.events[0]?.extra).toEqual({ timelinejs: { start_date: { year: "", month: "" } } });
    expect(codes(diagnostics)).toEqual(["events[0].start_date.year: missing-year", "events[1].start_date.year: missing-year"]);
  });

  it("drops only a bad end_date", () => {
    const { input, diagnostics } = one({ year: 2025 }, { end_date: { year: 2026, month: 0 } });
    expect([iso(input.events[0]?.start), iso(input.events[0]?.end)]).toEqual(["2025", "2026"]);
    expect(codes(diagnostics)).toEqual(["events[0].end_date.month: invalid-date"]);
  });
});

describe("fromTimelineJS display dates", () => {
  const read = (year: number, display: string, end?: number) => {
    const { input, diagnostics } = one({ year }, { display_date: display, ...(end === undefined ? {} : { end_date: { year: end } }) });
    const e = input.events[0]!;
    return { start: e.start as When, end: e.end as When | undefined, diagnostics, extra: e.extra };
  };

  it("gives a hedge's qualifier to the date", () => {
    expect(read(1677, "c. 1677").start).toMatchObject({ iso: "1677", qualifier: "about", text: "c. 1677" });
    expect(read(1500, "ca. 1500").start).toMatchObject({ iso: "1500", qualifier: "about" });
  });

  it("widens the date to a range written as one, keeping the structured date for export", () => {
    const { start, extra } = read(1678, "Between 1678-1680");
    expect(start).toMatchObject({ iso: "1678/1680", text: "Between 1678-1680" });
    expect(extra).toEqual({ timelinejs: { start_date: { year: 1678 } } });
  });

  it("makes a written range the two ends when the slide has an end", () => {
    const { start, end } = read(1962, "1962\u201364", 1964);
    expect([start.iso, end?.iso]).toEqual(["1962", "1964"]);
  });

  it("reads a season in the slide's year", () => {
    expect(read(1942, "Spring").start).toMatchObject({ iso: "1942-SP", precision: "season", text: "Spring" });
  });

  it("keeps the structured date, and warns, when the display date names another time", () => {
    const { start, diagnostics } = read(1990, "1850");
    expect(start).toMatchObject({ iso: "1990", text: "1850" });
    expect(codes(diagnostics)).toEqual(["events[0].display_date: display-date-mismatch"]);
  });

  it("keeps words that are not a date as the date's text", () => {
    const { start, diagnostics } = read(2001, "The turn of the millennium");
    expect(start).toMatchObject({ iso: "2001", text: "The turn of the millennium" });
    expect(diagnostics).toEqual([]);
  });
});

describe("fromTimelineJS text, media and problems", () => {
  it("strips hostile HTML to text, leaving no markup and no handler text in what is drawn", () => {
    const { input } = one({ year: 2025 }, {
      text: {
        headline: 'Mayor <img src=x onerror=alert(1)>speaks<script>alert("x")</script>',
        text: '<p onclick="steal()">Hello <a href="javascript:alert(1)">world</a></p><svg onload=alert(1)><style>p{}</style>',
      },
    });
    const { extra, ...drawn } = input.events[0]!;
    expect(drawn.title).toBe("Mayor speaks");
    expect(drawn.summary).toBe("Hello world");
    const all = JSON.stringify({ ...input, events: [drawn], extra: undefined });
    for (const bad of ["<", ">", "onerror", "onload", "onclick", "alert", "script", "javascript"]) expect(all).not.toContain(bad);
    expect(extra).toBeDefined();
  });

  it("titles a slide without headline or display date by the opening words of its text", () => {
    const { input, diagnostics } = fromTimelineJS({ events: [{ start_date: { year: 2025 }, text: { text: "<p>One two three four five six seven eight nine ten</p>" } }] });
    expect(input.events[0]?.title).toBe("One two three four five six seven eight\u2026");
    expect(codes(diagnostics)).toEqual(["events[0].text.headline: untitled-slide"]);
  });

  it("titles a slide with only media by its caption, so slides at one time are not false duplicates", () => {
    const at = { year: 1900, month: 1, day: 6, hour: 6 };
    const { input } = fromTimelineJS({ events: ["a video", "a post"].map((caption) => ({ start_date: at, text: { headline: "" }, media: { url: "https://example.org/v.mp4", caption } })) });
    expect(input.events.map((e) => e.title)).toEqual(["a video", "a post"]);
    expect(normalize(input).diagnostics.filter((d) => d.code === "duplicate-event")).toEqual([]);
  });

  it("names date fields it does not read once, ignores blank ones, and keeps the object for the way back", () => {
    const { input, diagnostics } = fromTimelineJS({ events: [
      slide({ year: 2025, time: "", format: "yyyy", thumbnail: "t.png" }),
      slide({ year: 2024, format: "yyyy" }),
    ] });
    expect(codes(diagnostics)).toEqual(["events[0].start_date.format: unsupported-field", "events[0].start_date.thumbnail: unsupported-field"]);
    expect(input.events[0]?.extra).toEqual({ timelinejs: { start_date: { year: 2025, time: "", format: "yyyy", thumbnail: "t.png" } } });
  });

  it("reads a title given as a one-element list", () => {
    const { input, diagnostics } = fromTimelineJS({ title: [{ text: { headline: "Listed" } }], events: [] });
    expect(input.title).toBe("Listed");
    expect(diagnostics).toEqual([]);
  });

  it("classifies every kind of TimelineJS media, dropping none", () => {
    const urls = [
      "https://vimeo.com/1", "https://soundcloud.com/a/b", "spotify:track:4uLU6hMCjMI75M1A2tKUQC", "https://twitter.com/a/status/1",
      "https://bsky.app/profile/a/post/1", "https://www.google.com/maps/@40.7,-74.0,12z", "https://en.wikipedia.org/wiki/Harbor",
      "https://www.documentcloud.org/documents/1-report.html", "https://example.org/r.pdf", "https://example.org/a.mp4",
      "https://example.org/a.mp3", "data:image/png;base64,iVBORw0KGgo=", "//cdn.example.org/p.jpg", "/images/b.jpg",
      '<iframe src="https://player.example.org/embed/1" width="500"></iframe>',
    ];
    const { input } = fromTimelineJS({ events: urls.map((url) => slide({ year: 2025 }, { media: { url } })) });
    expect(input.events.map((e) => e.media?.[0] && [e.media[0].kind, e.media[0].provider])).toEqual([
      ["embed", "Vimeo"], ["embed", "SoundCloud"], ["embed", "Spotify"], ["link", "X"], ["link", "Bluesky"],
      ["link", "Google Maps"], ["link", "Wikipedia"], ["embed", "DocumentCloud"], ["link", "PDF, example.org"],
      ["video", undefined], ["audio", undefined], ["image", undefined], ["image", undefined], ["image", undefined],
      ["embed", "player.example.org"],
    ]);
    expect(input.events[2]?.media?.[0]?.url).toBe("https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC");
  });

  it("refuses a javascript: media url with a warning at the slide's media, keeping it for export only", () => {
    const { input, diagnostics } = one({ year: 2025 }, { media: { url: " javascript:alert(1)", credit: "Photo desk" } });
    expect(input.sources).toEqual([{ id: "credit-photo-desk", title: "Photo desk" }]);
    expect(input.events[0]?.media).toBeUndefined();
    expect(input.events[0]?.extra).toEqual({ timelinejs: { media: { url: "javascript:alert(1)", credit: "Photo desk" } } });
    expect(diagnostics.map((d) => [d.path, d.code, d.severity])).toEqual([["events[0].media.url", "unsafe-url", "warning"]]);
  });

  it("has normalize name the slide's media when it refuses one given in input", () => {
    const { input, paths } = one({ year: 2025 }, { media: { url: "https://example.org/a.jpg" } });
    input.events[0]!.media = [{ url: "vbscript:x" }];
    const { diagnostics } = normalize(input, paths ? { paths } : {});
    expect(diagnostics.filter((d) => d.code === "invalid-media").map((d) => d.path)).toEqual(["events[0].media.url"]);
  });

  it("reads an iframe's https src, refuses any other, and never keeps markup outside extra", () => {
    const { input, diagnostics } = fromTimelineJS({ events: [
      slide({ year: 2025 }, { media: { url: '<iframe src="http://example.org/e"></iframe>' } }),
      slide({ year: 2025 }, { media: { url: "<div>hello</div>" } }),
    ] });
    expect(input.events.map((e) => e.media)).toEqual([undefined, undefined]);
    expect(codes(diagnostics)).toEqual(["events[0].media.url: unsafe-url", "events[1].media.url: unsupported-media"]);
  });

  it.each([null, 42, "events", [], true, undefined])("reports %j as not-timelinejs", (value) => {
    const { input, diagnostics } = fromTimelineJS(value);
    expect(input).toEqual({ events: [] });
    expect(codes(diagnostics)).toEqual(["$: not-timelinejs"]);
  });

  it("reports an events value that is not a list", () => {
    expect(codes(fromTimelineJS({ events: {} }).diagnostics)).toEqual(["events: not-timelinejs"]);
  });

  it("names slides that are not objects and duplicate ids", () => {
    const { input, diagnostics } = fromTimelineJS({
      events: ["x", slide({ year: 2025 }, { unique_id: "a" }), slide({ year: 2026 }, { unique_id: "a" })],
    });
    expect(input.events.map((e) => e.id)).toEqual(["a", undefined]);
    expect(codes(diagnostics)).toEqual(["events[0]: invalid-slide", "events[2].unique_id: duplicate-id"]);
  });

  it("cites the document with each display date when it is given as a source", () => {
    const doc = { events: [slide({ year: 2025 }, { display_date: "early 2025" })] };
    const { input, diagnostics } = fromTimelineJS(doc, { source: { title: "Harbor timeline", url: "https://example.org/t" } });
    expect(diagnostics).toEqual([]);
    expect(input.sources).toEqual([{ id: "document", title: "Harbor timeline", url: "https://example.org/t" }]);
    expect(input.events[0]?.citations).toEqual([{ source: "document", dateText: "early 2025" }]);
  });

  it("warns about an era without an end and an unknown scale", () => {
    const { input, diagnostics } = fromTimelineJS({ scale: "geological", events: [], eras: [{ start_date: { year: 1990 }, text: { headline: "Nineties" } }] });
    expect(input.eras?.map((e) => [e.title, iso(e.start), iso(e.end)])).toEqual([["Nineties", "1990", "1990"]]);
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

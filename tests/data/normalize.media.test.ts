import { describe, expect, it } from "vitest";
import { normalize } from "../../src/data/normalize.js";
import { classifyMedia } from "../../src/data/media.js";
import { safeUrl } from "../../src/data/url.js";
import type { TimelineInput } from "../../src/data/types.js";

const at = (d: { path: string; code: string }[], code: string) => d.filter((x) => x.code === code).map((x) => x.path);
const base = { sources: [{ id: "desk", title: "Photo desk" }] };

describe("normalize: media", () => {
  it("keeps media in order with their kind read from the address, resolving relative URLs against baseUrl", () => {
    const { timeline, diagnostics } = normalize({
      ...base,
      events: [{ title: "x", start: "2025", citations: ["desk"], media: [
        { url: "img/a.png", caption: "A", credit: "desk", alt: "a picture" },
        { url: "https://vimeo.com/1" },
        { url: "//cdn.example.org/b.mp3" },
        { url: "data:image/webp;base64,UklGRg==", kind: "image" },
      ] }],
    }, { baseUrl: "https://news.example/t/data.json" });
    expect(diagnostics).toEqual([]);
    expect(timeline.events[0]?.media).toEqual([
      { url: "https://news.example/t/img/a.png", kind: "image", caption: "A", credit: "desk", alt: "a picture" },
      { url: "https://vimeo.com/1", kind: "embed", provider: "Vimeo" },
      { url: "https://cdn.example.org/b.mp3", kind: "audio" },
      { url: "data:image/webp;base64,UklGRg==", kind: "image" },
    ]);
  });

  it("refuses URLs outside the policy with a warning, drops unknown credits with an error, and keeps the event", () => {
    const { timeline, diagnostics } = normalize({
      ...base,
      events: [{ title: "x", start: "2025", citations: ["desk"], media: [
        { url: "javascript:alert(1)" }, { url: "data:image/svg+xml,<svg/>" }, { url: "mailto:a@b.c" }, { caption: "no url" },
        { url: "a.jpg", credit: "nobody", kind: "hologram" },
      ] }],
    } as unknown as TimelineInput);
    expect(at(diagnostics, "invalid-media")).toEqual(["events[0].media[0].url", "events[0].media[1].url", "events[0].media[2].url", "events[0].media[3].url"]);
    expect(diagnostics.filter((d) => d.code === "invalid-media").every((d) => d.severity === "warning")).toBe(true);
    expect(at(diagnostics, "unknown-source")).toEqual(["events[0].media[4].credit"]);
    expect(at(diagnostics, "invalid-field")).toEqual(["events[0].media[4].kind"]);
    expect(timeline.events[0]?.media).toEqual([{ url: "a.jpg", kind: "image" }]);
  });

  it("carries extra as a copy, never reading it", () => {
    const extra = { timelinejs: { background: { color: "#000" } } };
    const { timeline } = normalize({ extra: { timelinejs: { scale: "human" } }, events: [{ title: "x", start: "2025", extra }] });
    expect(timeline.events[0]?.extra).toEqual(extra);
    expect(timeline.events[0]?.extra).not.toBe(extra);
    expect(timeline.extra).toEqual({ timelinejs: { scale: "human" } });
  });
});

describe("normalize: eras, lanes and paths", () => {
  it("reads eras sorted, with derived ids, and leaves out those without both ends", () => {
    const { timeline, diagnostics } = normalize({
      events: [],
      eras: [
        { title: "Iron Age", start: "-1199", end: "-0499" },
        { title: "Bronze Age", start: "-3499", end: "-1199", summary: "Tools of bronze" },
        { title: "No end", start: "1900" },
        { start: "1900", end: "1950" },
        { title: "Backwards", start: "1950", end: "1900" },
      ],
    });
    expect(timeline.eras?.map((e) => [e.id, e.start.iso, e.end.iso, e.summary])).toEqual([
      ["era--3499-bronze-age", "-3499", "-1199", "Tools of bronze"],
      ["era--1199-iron-age", "-1199", "-0499", undefined],
    ]);
    expect(at(diagnostics, "invalid-era")).toEqual(["eras[2].end", "eras[3].title", "eras[4].end"]);
  });

  it("puts groups differing only in case in one lane, named by the first spelling", () => {
    const { timeline } = normalize({ groups: ["China"], events: [
      { title: "a", start: "2020", group: "china" }, { title: "b", start: "2021", group: "CHINA" }, { title: "c", start: "2022", group: "Japan" },
      { title: "d", start: "2023", group: "japan" },
    ] });
    expect(timeline.groups).toEqual([{ id: "China", label: "China" }, { id: "Japan", label: "Japan" }]);
    expect(timeline.events.map((e) => e.group)).toEqual(["China", "China", "Japan", "Japan"]);
  });

  it("names an imported file's rows in its diagnostics, in paths and in messages", () => {
    const input: TimelineInput = { events: [
      { title: "Same", start: "2025" }, { title: "Same", start: "2025", id: "b" }, { title: "Bad", start: "nope" },
    ], eras: [{ title: "E", start: "2025" }] };
    const paths = { events: ["rows[2]", "rows[4]", "rows[5]"], eras: ["rows[3]"], fields: { start: ".Year", title: ".Headline" } };
    const { diagnostics } = normalize(input, { paths });
    const find = (code: string) => diagnostics.find((d) => d.code === code)!;
    expect(find("invalid-date").path).toBe("rows[5].Year");
    expect(find("duplicate-event")).toMatchObject({ path: "rows[4]", message: expect.stringContaining("rows[2]") });
    expect(find("no-citations").path).toBe("rows[2]");
    expect(find("invalid-era").path).toBe("rows[3]");
  });
});

describe("the URL policy", () => {
  it.each([
    ["https://example.org/a", {}, "https://example.org/a"],
    ["mailto:desk@example.org", {}, "mailto:desk@example.org"],
    ["img/a.png", {}, "img/a.png"],
    ["/a/b.jpg", { base: "https://x.example/t/" }, "https://x.example/a/b.jpg"],
    ["//cdn.example/p.jpg", { base: "http://x.example/" }, "http://cdn.example/p.jpg"],
    ["img/a.png", { base: "file:///tmp/page.html" }, "img/a.png"],
    ["data:image/png;base64,AA", { media: true }, "data:image/png;base64,AA"],
    ["data:image/png;base64,AA", {}, null],
    ["data:image/svg+xml,<svg onload=x>", { media: true }, null],
    ["mailto:a@b.c", { media: true }, null],
    [" java\tscript:alert(1)", {}, null],
    ["vbscript:x", { base: "https://x.example/" }, null],
    ["ftp://example.org/f", {}, null],
  ] as const)("%s with %j is %s", (url, options, expected) => {
    expect(safeUrl(url, options)).toBe(expected);
  });

  it("classifies addresses without loading them", () => {
    expect(classifyMedia("https://maps.app.goo.gl/xyz")).toEqual({ kind: "link", provider: "Google Maps" });
    expect(classifyMedia("https://i.imgur.com/a.png")).toEqual({ kind: "image", provider: "Imgur" });
    expect(classifyMedia("https://lh3.googleusercontent.com/abc")).toEqual({ kind: "image" });
    expect(classifyMedia("https://www.nytimes.com/2025/01/01/story.html")).toEqual({ kind: "link", provider: "nytimes.com" });
    expect(classifyMedia("docs/report.PDF")).toEqual({ kind: "link", provider: "PDF" });
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toTimelineJS } from "../../../src/data/export/index.js";
import { fromTimelineJS } from "../../../src/data/import/index.js";
import { htmlToLine } from "../../../src/data/import/html.js";
import { normalize } from "../../../src/data/normalize.js";

type Json = Record<string, unknown>;
const doc = JSON.parse(readFileSync(new URL("./fixtures/museum.timeline.json", import.meta.url), "utf8")) as Json;

function roundTrip(value: Json): Json {
  const { input, paths } = fromTimelineJS(value);
  const { timeline } = normalize(input, paths ? { paths } : {});
  return toTimelineJS(timeline);
}

const PARTS = ["year", "month", "day", "hour", "minute", "second", "millisecond"];

/** A date as TimelineJS reads it: the numbers given, nothing for an all-empty object. */
function readDate(value: unknown): number[] | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const parts = PARTS.map((p) => (value as Json)[p]).filter((v) => v !== undefined && v !== "").map(Number);
  return parts.length === 0 ? undefined : parts;
}

/** What TimelineJS reads of a slide, with credits as text (an export links them when their source has a url). */
function reading(slide: Json): Json {
  const { start_date, end_date, media, group, text, display_date, ...rest } = slide;
  const m = (media ?? {}) as Json;
  const shown = (date: unknown): unknown => (date as Json | undefined)?.["display_date"];
  return {
    ...rest,
    start: readDate(start_date),
    end: readDate(end_date),
    // The slide's display date overrides its start_date's, as TimelineJS reads them.
    display: display_date ?? shown(start_date),
    endDisplay: shown(end_date),
    text,
    group: typeof group === "string" ? group.toLowerCase() : undefined,
    media: media === undefined ? undefined : { ...m, credit: typeof m["credit"] === "string" ? htmlToLine(m["credit"]) : undefined },
  };
}

const byId = (slides: Json[]) => new Map(slides.map((s) => [s["unique_id"], reading(s)]));

describe("toTimelineJS after fromTimelineJS and normalize", () => {
  const back = roundTrip(doc);

  it("keeps every slide with every field TimelineJS reads", () => {
    const before = byId(doc["events"] as Json[]);
    const after = byId(back["events"] as Json[]);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [id, slide] of before) expect(after.get(id), String(id)).toEqual(slide);
  });

  it("writes BCE years back in TimelineJS's historical count", () => {
    const settlers = (back["events"] as Json[]).find((s) => s["unique_id"] === "settlers")!;
    expect(readDate(settlers["start_date"])).toEqual([-3500]);
    expect((back["eras"] as Json[]).map((e) => [readDate(e["start_date"]), readDate(e["end_date"])])).toEqual([[[-3500], [-1200]], [[1850], [1914]]]);
  });

  it("keeps the title slide, the eras' text and the document's fields", () => {
    expect(reading(back["title"] as Json)).toEqual(reading(doc["title"] as Json));
    expect((back["eras"] as Json[]).map((e) => e["text"])).toEqual((doc["eras"] as Json[]).map((e) => e["text"]));
  });

  it("is stable: a second round trip changes nothing", () => {
    expect(roundTrip(back)).toEqual(back);
  });

  it("writes citeline's own timelines with escaped text, sources TimelineJS cannot show as a paragraph, and deep time on the cosmological scale", () => {
    const out = toTimelineJS({
      title: "Deep <time>",
      sources: [{ id: "nasa", title: "NASA & friends", url: "https://example.org/nasa" }],
      eras: [{ title: "Hadean", start: "-4600000000", end: "-4000000000" }],
      events: [
        { title: "Big Bang", start: "-13799999999", citations: [{ source: "nasa", quote: "It began." }], media: [{ url: "https://example.org/cmb.png", credit: "nasa", caption: "CMB" }] },
        { title: "Earth", start: "-4539999999", citations: ["nasa"], group: "Planets" },
      ],
    });
    expect(out.scale).toBe("cosmological");
    expect(out.title).toEqual({ text: { headline: "Deep &lt;time&gt;" } });
    expect(out.events.map((e) => [e.start_date, e.text, e.media, e.group])).toEqual([
      [{ year: -13800000000 }, { headline: "Big Bang", text: "<p>Sources: <a href=\"https://example.org/nasa\">NASA &amp; friends</a>: \u201cIt began.\u201d</p>" },
        { url: "https://example.org/cmb.png", credit: "<a href=\"https://example.org/nasa\">NASA &amp; friends</a>", caption: "CMB" }, undefined],
      [{ year: -4540000000 }, { headline: "Earth", text: "<p>Sources: <a href=\"https://example.org/nasa\">NASA &amp; friends</a></p>" }, undefined, "Planets"],
    ]);
    expect(out.eras).toEqual([{ start_date: { year: -4600000001 }, end_date: { year: -4000000001 }, text: { headline: "Hadean" } }]);
  });
});

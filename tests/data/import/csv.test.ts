import { describe, expect, it } from "vitest";
import { fromCSV, fromTimelineJS } from "../../../src/data/import/index.js";
import { normalize } from "../../../src/data/normalize.js";
import type { When } from "../../../src/data/types.js";
import { codes, fixture } from "./helpers.js";

const iso = (date: unknown): string | undefined => (date as When | undefined)?.iso;

describe("fromCSV, citeline layout", () => {
  const { input, diagnostics } = fromCSV(fixture("citeline.csv"));

  it("strips the BOM, reads CRLF and quoted commas, quotes and newlines", () => {
    expect(input.sources).toEqual([
      { id: "gazette", title: "Council says yes", url: "https://example.org/a" },
      { id: "radio", title: 'Vote: "yes"', url: "https://example.org/b" },
    ]);
    expect(input.events[0]?.citations?.[1]).toEqual({ source: "radio", quote: "A long\nday", dateText: "on Thursday" });
  });

  it("makes rows with one id one event with a citation per row", () => {
    expect(input.events).toHaveLength(2);
    expect(input.events[0]).toMatchObject({ id: "vote", title: "Council votes", start: "2019-03-14", tags: ["politics", "bridge"] });
    expect(input.events[0]?.citations?.[0]).toEqual({ source: "gazette", quote: "We build, and we build well", speaker: "Mayor Doe", dateText: "Thursday, March 14" });
    expect(input.events[1]).toEqual({ title: "Opening", start: "2024-06", citations: [{ source: "gazette", dateText: "June" }] });
  });

  it("warns once about an unknown column, at the header", () => {
    expect(codes(diagnostics)).toEqual(["rows[1].notes: unknown-column"]);
  });

  it("groups rows without id by title and start, and dedupes sources by id", () => {
    const text = "title,start,source,source_title,people,group\nA,2025,s1,One,Ann;Bo,Lane\nA,2025,s1,Other,Bo;Cy,Lane\nA,2026,s2,Two,,\n";
    const result = fromCSV(text);
    expect(result.input.events.map((e) => [e.title, e.start, e.citations?.length, e.people])).toEqual([
      ["A", "2025", 2, ["Ann", "Bo", "Cy"]],
      ["A", "2026", 1, undefined],
    ]);
    expect(result.input.sources).toEqual([{ id: "s1", title: "One" }, { id: "s2", title: "Two" }]);
    expect(result.input.groups).toEqual([{ id: "Lane", label: "Lane" }]);
    expect(codes(result.diagnostics)).toEqual(["rows[3].source_title: conflicting-value"]);
  });

  it("reports a missing title, an unsafe url and a citation without source", () => {
    const text = "id,title,start,source,source_url,quote\nx,,2025,s,javascript:alert(1),\ny,Y,2025,,,Said it\n";
    const { input, diagnostics } = fromCSV(text);
    expect(input.sources).toEqual([{ id: "s" }]);
    expect(codes(diagnostics)).toEqual(["rows[2].title: missing-title", "rows[2].source_url: unsafe-url", "rows[3]: missing-source"]);
  });
});

describe("fromCSV, TimelineJS Google Sheets layout", () => {
  const { input, diagnostics, paths } = fromCSV(fixture("sheet.csv"));

  it("reads the title row, eras, times, display dates and BCE years", () => {
    expect(input.title).toBe("Harbor Bridge");
    expect(input.description).toBe("A fictional town, a bridge.");
    expect(input.eras?.map((e) => [e.title, iso(e.start), iso(e.end)])).toEqual([["Planning years", "2019", "2021"]]);
    expect(input.events[0]).toMatchObject({
      title: "Council votes", summary: "5\u20132, after a long debate", group: "Politics",
      start: { iso: "2019-03-14T18:30", text: "Thursday, March 14" },
      media: [{ url: "https://example.org/vote.jpg", kind: "image", caption: "Council chamber", credit: "credit-harbor-gazette" }],
      citations: [{ source: "credit-harbor-gazette" }],
    });
    expect(input.events[2]).toMatchObject({ title: "c. 3500 BC", group: "Politics", start: { iso: "-3499", qualifier: "about" } });
  });

  it("names bad cells by row and column as the file spells them, and hands normalize the rows", () => {
    expect(codes(diagnostics)).toEqual(["rows[5].Background: unsupported-field", "rows[5].Media: unsafe-url", "rows[6].Year: invalid-date", "rows[7].Headline: untitled-slide"]);
    expect(input.events.map((e) => e.title)).not.toContain("Bad year");
    expect(paths?.events).toEqual(["rows[4]", "rows[5]", "rows[7]"]);
    expect(paths?.eras).toEqual(["rows[3]"]);
    const later = normalize(input, paths ? { paths } : {}).diagnostics;
    expect(later.filter((d) => d.code === "no-citations").map((d) => d.path)).toEqual(["rows[7]"]);
  });

  it("agrees with fromTimelineJS on the same slide", () => {
    const csv = "Year,Month,Day,Headline,Text,Media,Media Credit,Media Caption,Group\n-44,3,15,Ides,<b>Bold</b>,https://example.org/i.jpg,Archive,Cap,Rome\n";
    const json = { events: [{ start_date: { year: -44, month: 3, day: 15 }, text: { headline: "Ides", text: "<b>Bold</b>" }, media: { url: "https://example.org/i.jpg", credit: "Archive", caption: "Cap" }, group: "Rome" }] };
    expect(fromCSV(csv).input).toEqual(fromTimelineJS(json).input);
  });

  it.each([
    ["18:30", "T18:30"], ["6 pm", "T18"], ["12:05 a.m.", "T00:05"], ["1830", "T18:30"], ["18:30:05.5", "T18:30:05.500"],
  ])("reads Time %s", (time, suffix) => {
    expect(iso(fromCSV(`Year,Month,Day,Time,Headline\n2025,1,2,${time},H\n`).input.events[0]?.start)).toBe(`2025-01-02${suffix}`);
  });

  it("reports a bad time and a bad month with their cells", () => {
    const { input, diagnostics } = fromCSV("Year,Month,Day,Time,Headline\n2025,1,2,25:00,H\n2025,13,,,K\n");
    expect(input.events.map((e) => iso(e.start))).toEqual(["2025-01-02", "2025"]);
    expect(codes(diagnostics)).toEqual(["rows[2].Time: invalid-date", "rows[3].Month: invalid-date"]);
  });

  it("treats a second title row and unknown types as events, with warnings", () => {
    const { input, diagnostics } = fromCSV("Year,Headline,Type,Extra\n,T,title,\n2020,U,title,\n2021,V,slide,z\n");
    expect(input.title).toBe("T");
    expect(input.events.map((e) => e.title)).toEqual(["U", "V"]);
    expect(codes(diagnostics)).toEqual(["rows[1].Extra: unknown-column", "rows[3].Type: multiple-titles", "rows[4].Type: unknown-type"]);
  });
});

describe("fromCSV edge cases", () => {
  it("throws a TypeError for a non-string", () => {
    expect(() => fromCSV(42 as never)).toThrow(new TypeError("invalid text: number"));
    expect(() => fromCSV("title\n", { layout: "xml" as never })).toThrow(new TypeError("invalid layout: xml"));
  });

  it("returns nothing for an empty text and reports an unknown layout per row", () => {
    expect(fromCSV("")).toEqual({ input: { events: [] }, diagnostics: [] });
    expect(codes(fromCSV("foo,bar\n1,2\n\n3,4\n").diagnostics)).toEqual(["rows[1]: unknown-layout", "rows[2]: unknown-layout", "rows[4]: unknown-layout"]);
  });

  it("counts blank lines when numbering rows", () => {
    expect(codes(fromCSV("\r\nYear,Headline\r\n\r\nabc,H\r\n").diagnostics)).toEqual(["rows[4].Year: invalid-date"]);
  });

  it("can be told the layout", () => {
    expect(fromCSV("title,Year\nA,2025\n", { layout: "timelinejs" }).diagnostics.map((d) => d.code)).toEqual(["unknown-column", "untitled-slide"]);
  });
});

// citeline's own CSV layout: normalize's diagnostics name the row and column
// the author wrote, an event by the row that began it, each citation by its own row.
import { describe, expect, it } from "vitest";
import { fromCSV } from "../../../src/data/import/index.js";
import { normalize } from "../../../src/data/normalize.js";

const SHEET = [
  "id,Title,Start,source,source_title,quote,date_text",
  "meet,Kremlin meeting,2025-12-02,wire,Wire report,The talks began,Tuesday (Dec 2)",
  "meet,Kremlin meeting,,daily,Daily report,They met,Friday (Nov 28)",
  "late,Late event,not a date,wire,,,",
].join("\n");

describe("fromCSV paths, citeline layout", () => {
  it("names each event's first row, each citation's own row, and columns as spelled", () => {
    const { paths } = fromCSV(SHEET);
    expect(paths?.events).toEqual(["rows[2]", "rows[4]"]);
    expect(paths?.citations).toEqual([["rows[2]", "rows[3]"], ["rows[4]"]]);
    expect(paths?.fields).toMatchObject({ title: ".Title", start: ".Start" });
    expect(paths?.citationFields).toMatchObject({ source: ".source", dateText: ".date_text" });
  });

  it("turns normalize's events[i] paths into rows", () => {
    const { input, paths } = fromCSV(SHEET);
    const { diagnostics } = normalize(input, { paths: paths! });
    const at = (code: string) => diagnostics.filter((d) => d.code === code).map((d) => d.path);
    // The second citation of "meet" was written on row 3, not on the event's first row.
    expect(at("unparsed-date-text")).toEqual(["rows[2].date_text", "rows[3].date_text"]);
    expect(at("invalid-date")).toEqual(["rows[4].Start"]);
    expect(diagnostics.every((d) => d.path.startsWith("rows["))).toBe(true);
  });
});

// Issue 23 item 8: a CSV with an unterminated quote swallowed every later row
// with no diagnostic. Now the row where the quote opened gets an error, named
// as the sheet numbers it (header = row 1), and the rows after it import.
import { describe, expect, it } from "vitest";
import { fromCSV } from "../../../src/data/import/index.js";

describe("fromCSV with an unclosed quote", () => {
  it("reports the row and column where the quote opened and imports the later rows", () => {
    const text = [
      "title,start,source,quote",
      "Vote,2025-03-03,gazette,fine",
      'Talks,2025-03-04,gazette,"He said no',
      "Recess,2025-03-05,gazette,",
      "Budget,2025-03-06,gazette,",
    ].join("\n");
    const { input, diagnostics } = fromCSV(text);
    expect(diagnostics.filter((d) => d.code === "unclosed-quote")).toEqual([
      expect.objectContaining({ severity: "error", path: "rows[3].quote" }),
    ]);
    expect(input.events.map((e) => e.title)).toEqual(["Vote", "Talks", "Recess", "Budget"]);
  });

  it("numbers rows as the sheet does when an earlier quoted cell spans lines", () => {
    const text = 'title,start,note\n"Two\nlines",2025-01-01,ok\nNext,2025-01-02,"open\nLast,2025-01-03,x';
    const { input, diagnostics } = fromCSV(text);
    expect(diagnostics.find((d) => d.code === "unclosed-quote")?.path).toBe("rows[3].note");
    expect(input.events.map((e) => e.title)).toEqual(["Two\nlines", "Next", "Last"]);
  });
});

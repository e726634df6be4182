import { csvFormatRows, csvParseRows } from "d3-dsv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRows } from "../../../src/data/import/csvrows.js";
import { runs } from "../../runs.js";

const params = { seed: 20251203, ...runs(300) };

// Cells from the characters CSV treats specially, and a few others.
const cell = fc.array(fc.constantFrom("a", "Z", " ", ",", '"', "\n", "\r", "\r\n", "é", "—", "😀", "''"), { maxLength: 6 }).map((parts) => parts.join(""));
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 });
const lineBreak = fc.constantFrom("\n", "\r\n", "\r");

describe("csvRows", () => {
  it("reads what d3-dsv writes back to the same cells, whatever the line breaks and a final one", () => {
    fc.assert(
      fc.property(table, lineBreak, fc.boolean(), (rows, eol, final) => {
        const text = rows.map((r) => csvFormatRows([r])).join(eol) + (final && rows.length ? eol : "");
        // A lone empty cell writes an empty line, which reads back as one empty cell either way.
        expect(csvRows(text)).toEqual(csvParseRows(text));
        const written = rows.filter((r) => !(r.length === 1 && r[0] === ""));
        if (written.length === rows.length) expect(csvRows(text)).toEqual(rows);
      }),
      params,
    );
  });

  it("agrees with d3-dsv's csvParseRows on any text without quotes", () => {
    const text = fc.array(fc.constantFrom("a", "b", ",", "\n", "\r", " ", "\t", "é"), { maxLength: 30 }).map((p) => p.join(""));
    fc.assert(fc.property(text, (t) => {
      expect(csvRows(t)).toEqual(csvParseRows(t));
    }), params);
  });

  it("numbers rows as lines: a blank line is a row, a quoted line break is not", () => {
    expect(csvRows("")).toEqual([]);
    expect(csvRows("\n")).toEqual([[""]]);
    expect(csvRows("a,b\n\nc,\r\n")).toEqual([["a", "b"], [""], ["c", ""]]);
    expect(csvRows('id,quote\r\n1,"two\r\nlines, one ""cell"""\r\n2,x')).toEqual([["id", "quote"], ["1", 'two\r\nlines, one "cell"'], ["2", "x"]]);
  });

  it("keeps malformed text rather than losing it: after a closing quote, and an unclosed quote", () => {
    expect(csvRows('"a"b,c')).toEqual([["ab", "c"]]);
    expect(csvRows('x,"never closed, "" still\nhere')).toEqual([["x", 'never closed, " still\nhere']]);
    // A quote inside an unquoted cell is text.
    expect(csvRows('5" screen,ok')).toEqual([['5" screen', "ok"]]);
  });

  it("reads a quoted cell of 200,000 characters and a thousand doubled quotes", () => {
    const big = `"${"x".repeat(200_000)}${'""'.repeat(1000)}",end`;
    const [row] = csvRows(big);
    expect(row![0]).toHaveLength(201_000);
    expect(row![1]).toBe("end");
  });
});

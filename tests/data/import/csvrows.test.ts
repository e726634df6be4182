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

  it("keeps malformed text rather than losing it: text after a closing quote, a quote inside a cell", () => {
    expect(csvRows('"a"b,c')).toEqual([["ab", "c"]]);
    // A quote inside an unquoted cell is text.
    expect(csvRows('5" screen,ok')).toEqual([['5" screen', "ok"]]);
  });

  it("reads on after a quote that is never closed, and says where it opened", () => {
    const heard: [number, number][] = [];
    const hear = (r: number, f: number) => heard.push([r, f]);
    // At c0a3b53 the quote ran to the end: rows 2 and 3 became one cell of row 1.
    expect(csvRows('x,"never closed, "" still\nhere,too\nlast', hear)).toEqual([["x", '"never closed', ' "" still'], ["here", "too"], ["last"]]);
    expect(heard).toEqual([[0, 1]]);
    // Paired with the next cell's opening quote, it would swallow the rows between: the same recovery.
    heard.length = 0;
    expect(csvRows('id,q\n1,"open\n2,x\n3,"y"\n4,z', hear)).toEqual([["id", "q"], ["1", '"open'], ["2", "x"], ["3", "y"], ["4", "z"]]);
    expect(heard).toEqual([[1, 1]]);
    // A well-formed quoted line break is not a problem.
    heard.length = 0;
    expect(csvRows('a,"b\nc",d\ne', hear)).toEqual([["a", "b\nc", "d"], ["e"]]);
    expect(heard).toEqual([]);
  });

  it("reads a quoted cell of 200,000 characters and a thousand doubled quotes", () => {
    const big = `"${"x".repeat(200_000)}${'""'.repeat(1000)}",end`;
    const [row] = csvRows(big);
    expect(row![0]).toHaveLength(201_000);
    expect(row![1]).toBe("end");
  });
});

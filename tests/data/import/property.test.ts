import { runs } from "../../runs.js";
import { csvFormatRows } from "d3-dsv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromCSV, fromTimelineJS } from "../../../src/data/import/index.js";
import type { Diagnostic } from "../../../src/data/types.js";
import { deepFreeze } from "./helpers.js";

const params = { seed: 20251202, ...runs(300) };

/** True when a diagnostic's path is `base` or lies inside it. */
const names = (diagnostics: Diagnostic[], base: string, severity?: Diagnostic["severity"]) =>
  diagnostics.some((d) => (severity === undefined || d.severity === severity) && (d.path === base || d.path.startsWith(`${base}.`) || d.path.startsWith(`${base}[`)));

const part = fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.constantFrom("", "12", "x", "1,000", null), fc.jsonValue());
const date = fc.oneof(fc.record({ year: part, month: part, day: part, hour: part }, { requiredKeys: [] }), fc.jsonValue());
const slide = fc.oneof(
  fc.record({
    start_date: date,
    end_date: date,
    display_date: fc.oneof(fc.string(), fc.jsonValue()),
    text: fc.oneof(fc.record({ headline: fc.oneof(fc.string(), fc.jsonValue()), text: fc.string() }, { requiredKeys: [] }), fc.jsonValue()),
    media: fc.oneof(fc.record({ url: fc.oneof(fc.webUrl(), fc.string()), credit: fc.oneof(fc.string(), fc.jsonValue()), caption: fc.string() }, { requiredKeys: [] }), fc.jsonValue()),
    group: fc.oneof(fc.string(), fc.jsonValue()),
    unique_id: fc.oneof(fc.constantFrom("a", "b"), fc.jsonValue()),
  }, { requiredKeys: [] }),
  fc.jsonValue(),
);
const doc = fc.record({ title: fc.oneof(slide, fc.jsonValue()), events: fc.array(slide, { maxLength: 6 }), eras: fc.array(slide, { maxLength: 3 }), scale: fc.constantFrom("human", "cosmological", "x") }, { requiredKeys: ["events"] });

describe("importers never throw and account for every slide and row", () => {
  it("fromTimelineJS on arbitrary JSON values", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const { input, diagnostics } = fromTimelineJS(value);
      expect(Array.isArray(input.events)).toBe(true);
      if (input.events.length === 0 && !(typeof value === "object" && value !== null && !Array.isArray(value))) {
        expect(diagnostics.map((d) => d.code)).toContain("not-timelinejs");
      }
    }), params);
  });

  it("fromTimelineJS on slide-shaped documents: every slide is an event or named by an error", () => {
    fc.assert(fc.property(doc, (raw) => {
      const value = deepFreeze(raw);
      const before = JSON.stringify(value);
      const { input, diagnostics } = fromTimelineJS(value);
      const lists = [["events", value.events], ["eras", value.eras ?? []]] as const;
      let total = 0;
      let named = 0;
      for (const [key, list] of lists) {
        list.forEach((_, i) => {
          total++;
          if (names(diagnostics, `${key}[${i}]`, "error")) named++;
        });
      }
      const kept = input.events.length + (input.eras?.length ?? 0);
      expect(kept).toBeLessThanOrEqual(total);
      expect(kept).toBeGreaterThanOrEqual(total - named);
      expect(JSON.stringify(value)).toBe(before);
      // Markup survives only in the never-rendered pass-through.
      const drawn = { ...input, extra: undefined, events: input.events.map((e) => ({ ...e, extra: undefined })) };
      expect(JSON.stringify(drawn)).not.toMatch(/<[a-z!/?]/i);
    }), params);
  });

  it("fromCSV on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom("a", ",", "\"", "\n", "\r", " ", "\ufeff", "Year", "title", "x") }), (text) => {
      expect(() => fromCSV(text)).not.toThrow();
    }), params);
    fc.assert(fc.property(fc.string(), (text) => {
      expect(() => fromCSV(text)).not.toThrow();
    }), params);
  });

  const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("", "2025", "-44", "13", "6 pm", "title", "era", "a;b", "javascript:x", "<b>x</b>", "s1"));
  const layouts = [
    ["Year", "Month", "Day", "Time", "End Year", "Headline", "Text", "Media", "Media Credit", "Type", "Group"],
    ["id", "title", "start", "source", "source_title", "source_url", "quote", "tags"],
  ];
  it.each(layouts)("fromCSV rows under a %s header: every row is in an event or named", (...header) => {
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 8 }), (records) => {
      const { input, diagnostics } = fromCSV(csvFormatRows([header, ...records]));
      const rows = records.map((record, i) => ({ record, n: i + 2 })).filter(({ record }) => record.some((c) => c.trim() !== ""));
      if (header[0] === "Year") {
        const titled = input.title !== undefined || input.description !== undefined || input.extra !== undefined ? 1 : 0;
        const named = rows.filter(({ n }) => names(diagnostics, `rows[${n}]`, "error")).length;
        expect(input.events.length + (input.eras?.length ?? 0) + titled).toBeGreaterThanOrEqual(rows.length - named);
      } else {
        for (const { record, n } of rows) {
          const [id = "", title = ""] = record.map((c) => c.trim());
          const found = input.events.some((e) => (id !== "" && e.id === id) || (title !== "" && e.title === title));
          expect(found || names(diagnostics, `rows[${n}]`)).toBe(true);
        }
      }
    }), params);
  });
});

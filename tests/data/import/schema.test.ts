/** What the importers make is valid input as the JSON Schema describes it, so it can be saved and edited. */
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { fromCSV, fromTimelineJS } from "../../../src/data/import/index.js";
import { fixture } from "./helpers.js";

const schema = JSON.parse(readFileSync(new URL("../../../data/schema/timeline.schema.json", import.meta.url), "utf8")) as object;
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

describe("imported input", () => {
  it.each([
    ["a TimelineJS document", () => fromTimelineJS(JSON.parse(fixture("harbor.timeline.json"))).input],
    ["a Google Sheet", () => fromCSV(fixture("sheet.csv")).input],
  ])("from %s validates against the schema", (_, read) => {
    const input = read();
    expect(validate(JSON.parse(JSON.stringify(input))), JSON.stringify(validate.errors)).toBe(true);
    expect(input.events.length).toBeGreaterThan(1);
  });

  it("keeps no URL the schema refuses, while the schema does refuse them (it states the URL policy)", () => {
    const imported = fromTimelineJS({ events: [{ start_date: { year: 2025 }, text: { headline: "x" }, media: { url: "javascript:alert(1)" } }] }).input;
    expect(validate(JSON.parse(JSON.stringify(imported)))).toBe(true);
    for (const url of ["javascript:alert(1)", "data:text/html,x", "vbscript:x"]) {
      expect(validate({ events: [{ title: "x", start: "2025", media: [{ url }] }]}), url).toBe(false);
    }
    expect(validate({ events: [{ title: "x", start: "2025", media: [{ url: "img/a.png" }, { url: "data:image/png;base64,AA" }] }] })).toBe(true);
  });
});

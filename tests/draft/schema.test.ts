// What `draft()` and `citeline draft` write is a timeline file like any
// other: it validates against the published JSON Schema, so editors that
// read the schema accept it as it comes out.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { draft } from "../../src/draft/index.js";
import { broadcaster, followUp, wire } from "./articles.js";

const schema = JSON.parse(readFileSync(new URL("../../data/schema/timeline.schema.json", import.meta.url), "utf8"));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

describe("drafted timelines and the JSON Schema", () => {
  it("validate, dated and relative events and draft marks included", () => {
    const { input } = draft([wire, broadcaster, followUp]);
    const json = JSON.parse(JSON.stringify(input));
    expect(input.events.some((e) => e.after)).toBe(true);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it("reject a draft mark without a confidence", () => {
    const { input } = draft(wire);
    const json = JSON.parse(JSON.stringify(input));
    json.events[0].draft = { rule: "made up" };
    expect(validate(json)).toBe(false);
  });
});

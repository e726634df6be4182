import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diagnosticCodes } from "../../src/data/diagnostics.js";

describe("diagnostic codes", () => {
  it("are documented in the README's table, each with its severity", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const rows = new Map([...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning) \|/gm)].map((m) => [m[1], m[2]]));
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(Object.entries(diagnosticCodes).map(([code, d]) => [code, d.severity])));
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diagnosticCodes } from "../../src/data/diagnostics.js";

describe("diagnostic codes", () => {
  it("are documented in the README's table, each with its severity", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("### Diagnostics"), readme.indexOf("### Import diagnostics"));
    const rows = new Map([...section.matchAll(/^\| `([a-z-]+)` \| (error|warning) \|/gm)].map((m) => [m[1], m[2]]));
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(Object.entries(diagnosticCodes).map(([code, d]) => [code, d.severity])));
  });
});

describe("import diagnostic codes", () => {
  it("are documented in the README's import table, each with its severity", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("### Import diagnostics"), readme.indexOf("## Development"));
    const documented = Object.fromEntries([...section.matchAll(/^\| `([a-z-]+)` \| (error|warning) \|/gm)].map((m) => [m[1], m[2]]));
    const dir = new URL("../../src/data/import/", import.meta.url);
    const used: Record<string, string> = {};
    for (const file of readdirSync(dir)) {
      for (const m of readFileSync(new URL(file, dir), "utf8").matchAll(/add\("(error|warning)", "([a-z-]+)"/g)) used[m[2]!] = m[1]!;
    }
    expect(Object.keys(used).length).toBeGreaterThan(10);
    expect(documented).toEqual(used);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diagnostic, diagnosticCodes, show } from "../../src/data/diagnostics.js";
import { fromTimelineJS } from "../../src/data/import/timelinejs.js";
import { normalize } from "../../src/data/normalize.js";

describe("diagnostic codes", () => {
  it("are documented in the README's table, each with its severity", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("### Diagnostics"), readme.indexOf("### Import diagnostics"));
    const rows = new Map([...section.matchAll(/^\| `([a-z-]+)` \| (error|warning) \|/gm)].map((m) => [m[1], m[2]]));
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(Object.entries(diagnosticCodes).map(([code, d]) => [code, d.severity])));
  });

  it("each build a diagnostic of the table's severity", () => {
    for (const [code, d] of Object.entries(diagnosticCodes)) {
      expect(diagnostic(code as keyof typeof diagnosticCodes, "events[0]", "m").severity, code).toBe(d.severity);
    }
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

describe("values quoted in messages", () => {
  it("show strings JSON-quoted, and what JSON cannot hold by a short stand-in, never throwing", () => {
    const circular: Record<string, unknown> = {};
    circular["self"] = circular;
    expect(show("Dec 2")).toBe('"Dec 2"');
    expect(show(new Date(0))).toBe("Date(0)");
    expect(show(12n)).toBe("12n");
    expect(show(circular)).toBe("[object Object]");
    expect(show(Symbol("x"))).toBe("Symbol(x)");
    expect(show(undefined)).toBe("undefined");
    const long = show("x".repeat(500));
    expect(long).toHaveLength(80);
    expect(long.endsWith("...")).toBe(true);
  });

  it("name a bigint the same way in normalize's and the importers' diagnostics", () => {
    const { diagnostics } = normalize({ events: [{ title: "t", start: 2025n as never, citations: [] }] });
    expect(diagnostics.find((d) => d.path === "events[0].start")?.message).toContain("2025n");
    const imported = fromTimelineJS({ events: [{ start_date: { year: 2025 }, text: { headline: 7n as never } }] });
    expect(imported.diagnostics.map((d) => d.message).join("\n")).toContain("7n");
  });
});

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const bundle = readFileSync(join(root, "dist/citeline.iife.min.js"), "utf8");
const importScript = readFileSync(join(root, "dist/citeline.import.iife.min.js"), "utf8");

/** The `citeline` global after running the scripts, in order, in a fresh context with no DOM. */
function globalAfter(...scripts: string[]): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  for (const script of scripts) runInNewContext(script, context);
  return context["citeline"] as Record<string, unknown>;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
  );
}

describe("the script-tag bundle under a strict CSP", () => {
  it("has no dynamic-code site at all (no eval, no new Function), in the bundle or in src/", () => {
    expect(bundle).not.toMatch(/\beval\(|\bFunction\(/);
    for (const file of sources(join(root, "src")))
      expect(/\beval\(|new Function\(/.test(readFileSync(file, "utf8")), file).toBe(false);
  });

  it("reads no global document or window at load (it only registers the element)", () => {
    // Evaluate the bundle with no DOM at all: it must define the global and not throw.
    expect(typeof globalAfter(bundle)["normalize"]).toBe("function");
  });
});

describe("the script-tag bundle at load", () => {
  it("opens with V8's compile hint, so Chromium compiles it while it streams in rather than during the first render", () => {
    // Only the first comment of a script counts, and terser must not have stripped it.
    expect(bundle.split("\n", 1)[0]).toBe("//# allFunctionsCalledOnLoad");
  });
});

describe("the script-tag weight (issue 7: 60 KiB gzip; raised to a 70 KiB ceiling for media, eras and deep time)", () => {
  const gz = (file: string) => gzipSync(readFileSync(join(root, file)), { level: 9 }).length;
  const BUDGET = 70 * 1024;

  it("the IIFE, whose stylesheet is inside, fits the budget", () => {
    expect(gz("dist/citeline.iife.min.js")).toBeLessThanOrEqual(BUDGET);
  });

  // timeline() and <cite-line> style with constructed stylesheets, which a strict
  // CSP allows, so the page links no CSS file; should it link one, it is counted.
  it("so does what examples/csp.html (a strict-CSP page) loads from citeline: its script and stylesheet files", () => {
    const page = readFileSync(join(root, "examples/csp.html"), "utf8");
    const files = [...page.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="\.\.\/(dist\/[^"]+)"/g)].map((m) => m[1]!);
    expect(files).toContain("dist/citeline.iife.min.js");
    expect(files.reduce((sum, file) => sum + gz(file), 0)).toBeLessThanOrEqual(BUDGET);
  });
});

describe("what the script-tag build leaves out", () => {
  // citeline/draft (drafting timelines from articles) is for editors' tools, not for readers' pages.
  const draft = join(root, "src/draft/index.ts");
  it.runIf(existsSync(draft))("citeline/draft: none of its exports is on the citeline global", () => {
    const names = [...readFileSync(draft, "utf8").matchAll(/export\s*\{([^}]*)\}/g)]
      .flatMap(([, list]) => list!.split(","))
      .map((n) => n.trim())
      .filter((n) => n && !n.startsWith("type "))
      .map((n) => n.split(/\s+as\s+/).pop()!);
    expect(names.length).toBeGreaterThan(0);
    const global = globalAfter(bundle);
    for (const name of names) expect(Object.keys(global), name).not.toContain(name);
  });

  // The script tag's build takes these methods off d3-selection's prototype: nothing in src/ may call them.
  it("d3-selection's methods that the build leaves out: no call of one in src/", async () => {
    const config = pathToFileURL(join(root, "rollup.config.mjs")).href;
    const { UNUSED_SELECTION_METHODS } = (await import(config)) as { UNUSED_SELECTION_METHODS: string[] };
    expect(UNUSED_SELECTION_METHODS).toContain("on");
    const call = new RegExp(`\\.(?:${UNUSED_SELECTION_METHODS.join("|")})\\s*(?:<[^>(]*>)?\\(`);
    const files = sources(join(root, "src")).filter((f) => !/[\\/]draft[\\/]/.test(f));
    const calls = files.filter((f) => call.test(readFileSync(f, "utf8")));
    expect(calls).toEqual([]);
  });

  // src/iife.ts names its exports one by one, so a new export of the citeline entry must be added there too.
  it("the citeline entry: every value export but the importers, toTimelineJS and diagnosticCodes; and defineCiteLine", () => {
    const names = [...readFileSync(join(root, "src/index.ts"), "utf8").matchAll(/export\s*\{([^}]*)\}/g)]
      .flatMap(([, list]) => list!.split(","))
      .map((n) => n.trim())
      .filter((n) => n && !n.startsWith("type "))
      .map((n) => n.split(/\s+as\s+/).pop()!);
    const elsewhere = ["fromTimelineJS", "fromCSV", "toTimelineJS", "diagnosticCodes"];
    for (const name of elsewhere) expect(names, name).toContain(name);
    const expected = [...names.filter((n) => !elsewhere.includes(n)), "defineCiteLine"].sort();
    expect(Object.keys(globalAfter(bundle)).sort()).toEqual(expected);
  });
});

describe("the importers' script, dist/citeline.import.iife.min.js", () => {
  const timelinejs = { events: [{ start_date: { year: "1931" }, text: { headline: "The bridge opens" } }] };
  const read = (global: Record<string, unknown>) => {
    const fromTimelineJS = global["fromTimelineJS"] as (doc: unknown) => { input: { events: unknown[] } };
    const fromCSV = global["fromCSV"] as (text: string) => { input: { events: unknown[] } };
    const csv = "start,title\n1931-05-16,Opens\n";
    return [fromTimelineJS(timelinejs).input.events.length, fromCSV(csv).input.events.length];
  };

  it("loaded after the main script, adds fromTimelineJS and fromCSV to its global", () => {
    const global = globalAfter(bundle, importScript);
    expect(typeof global["normalize"]).toBe("function");
    expect(read(global)).toEqual([1, 1]);
  });

  it("loaded before it, leaves them on the global the main script then extends", () => {
    const global = globalAfter(importScript, bundle);
    expect(typeof global["timeline"]).toBe("function");
    expect(read(global)).toEqual([1, 1]);
  });

  it("holds only the importers", () => {
    expect(Object.keys(globalAfter(importScript)).sort()).toEqual(["fromCSV", "fromTimelineJS"]);
  });

  it("is what the main script loads: its file name is in the bundle", () => {
    expect(bundle).toContain('"citeline.import.iife.min.js"');
  });
});

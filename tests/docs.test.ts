import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { reference } from "../scripts/reference.mjs";
import { inlineJson, pages, syncPage } from "../scripts/sync-examples.mjs";
import { observedAttributes } from "../src/embed/attributes.js";

const root = new URL("../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");

describe("README snippets", () => {
  it("are exactly the snippet files the tests run", () => {
    const readme = read("README.md");
    const blocks = [...readme.matchAll(/<!-- snippet: (\S+) -->\n```\w*\n([\s\S]*?)```/g)];
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const [, file, body] of blocks) expect(body, file).toBe(read(file!));
  });

  it("leave no JavaScript, TypeScript or HTML block untested: each is a snippet file the consumer tests run", () => {
    const readme = read("README.md");
    for (const { 1: lang, index } of readme.matchAll(/^```(\w*)\n/gm)) {
      if (!/^(js|mjs|cjs|ts|tsx|jsx|html)$/.test(lang!)) continue;
      const before = readme.slice(0, index).trimEnd();
      expect(before.split("\n").at(-1), `a \`\`\`${lang} block without a snippet marker`).toMatch(
        /^<!-- snippet: \S+ -->$/,
      );
    }
  });

  it("start with the two commands a newcomer runs", () => {
    const top = read("README.md").split("\n").slice(0, 8).join("\n");
    expect(top).toContain("npm install && npm start");
    expect(top).toContain("npm test");
  });
});

describe("the reference (issue 23 item 6)", () => {
  const readme = read("README.md");

  it("docs/reference.md is generated from the current source (run `npm run build`)", () => {
    expect(read("docs/reference.md")).toBe(reference());
    expect(readme).toContain("(docs/reference.md)");
  });

  it("the README names every attribute, entry point and event of the element", () => {
    for (const name of observedAttributes) expect(readme, name).toContain(`\`${name}\``);
    const pkg = JSON.parse(read("package.json")) as { exports: Record<string, unknown> };
    for (const entry of Object.keys(pkg.exports))
      expect(readme, entry).toContain(`\`${entry.replace(/^\./, "citeline")}\``);
    const events = read("src/embed/element.ts").match(/interface CiteLineEventMap \{([^}]*)\}/)![1]!;
    for (const [, type] of events.matchAll(/^\s+(\w+):/gm))
      expect(readme, type).toMatch(new RegExp(`\\| \`${type}\` \\|`));
    for (const property of ["data", "options", "timeline", "value", "select(id)", "zoomTo(start, end)"])
      expect(readme, property).toContain(`\`.${property}\``);
  });

  it("the README points to the shipped JSON Schema, not to source files a package does not ship", () => {
    expect(readme).toContain("citeline/schema.json");
    expect(readme).not.toMatch(/src\/data\/types\.ts/);
  });

  it("every `citeline/…` import path the README names is one the package exports", () => {
    const pkg = JSON.parse(read("package.json")) as { exports: Record<string, unknown> };
    const named = [...readme.matchAll(/(?<![\w/])citeline\/[\w.-]+(?:\/[\w.-]+)*/g)].map(([m]) => m);
    expect(named.length).toBeGreaterThan(5);
    for (const path of named) expect(Object.keys(pkg.exports), path).toContain(`.${path.slice("citeline".length)}`);
  });
});

describe("example pages", () => {
  it("carry the current data files inline (run `npm run build` to sync)", () => {
    for (const page of pages()) expect(readFileSync(page, "utf8"), page).toBe(syncPage(page));
  });

  it("escape '<' in inline data so it cannot close the script element", () => {
    expect(inlineJson(new URL("../data/kremlin-talks-2025.json", import.meta.url).pathname)).not.toContain("<");
  });
});

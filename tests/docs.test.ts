import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inlineJson, pages, syncPage } from "../scripts/sync-examples.mjs";

const root = new URL("../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");

describe("README snippets", () => {
  it("are exactly the snippet files the tests run", () => {
    const readme = read("README.md");
    const blocks = [...readme.matchAll(/<!-- snippet: (\S+) -->\n```\w*\n([\s\S]*?)```/g)];
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const [, file, body] of blocks) expect(body, file).toBe(read(file!));
  });

  it("start with the two commands a newcomer runs", () => {
    const top = read("README.md").split("\n").slice(0, 8).join("\n");
    expect(top).toContain("npm install && npm start");
    expect(top).toContain("npm test");
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

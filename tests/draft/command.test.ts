import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { normalize } from "../../src/data/normalize.js";
import type { TimelineInput } from "../../src/data/types.js";
import { draftCommand } from "../../src/draft/command.js";
import { broadcaster, wire } from "./articles.js";

let dir: string;
let stderr: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "citeline-draft-"));
  mkdirSync(join(dir, "desk"));
  writeFileSync(join(dir, "desk", "wire.txt"), wire.text);
  const head = `<head><meta property="article:published_time" content="2025-12-03"><title>Alpine deal</title></head>`;
  const html =
    `<html>${head}` +
    `<body>${broadcaster.text
      .split("\n")
      .map((p) => `<p>${p}</p>`)
      .join("")}</body></html>`;
  writeFileSync(join(dir, "desk", "broadcaster.html"), html);
  writeFileSync(join(dir, "desk", "notes.json"), "{}");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function run(...args: string[]): number {
  stderr = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (stderr.push(String(chunk)), true));
  return draftCommand(args);
}

describe("citeline draft", () => {
  it("drafts a folder (text and HTML, other files skipped) to a file that normalizes without errors", () => {
    const out = join(dir, "draft.json");
    expect(run(join(dir, "desk"), "--published", "wire.txt=2025-12-03", "-o", out)).toBe(0);
    const input = JSON.parse(readFileSync(out, "utf8")) as TimelineInput;
    // Sorted: broadcaster.html first; its date and title come from its own <head>.
    expect(input.sources).toEqual([
      { id: "src-1", title: "Alpine deal", published: "2025-12-03" },
      { id: "src-2", title: "wire.txt", published: "2025-12-03" },
    ]);
    expect(normalize(input).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const merged = input.events.find((e) => e.citations!.length === 2);
    expect(merged?.draft?.rule).toMatch(/2 articles/);
    expect(stderr.join("")).toMatch(/draft events? from 2 articles/);
  });

  it("takes one date for all files, and a per-file date over it", () => {
    const out = join(dir, "all.json");
    const file = join(dir, "desk", "wire.txt");
    expect(run(file, "--published", "2025-12-10", "--published", `${file}=2025-12-03`, "-o", out)).toBe(0);
    expect((JSON.parse(readFileSync(out, "utf8")) as TimelineInput).sources![0]!.published).toBe("2025-12-03");
  });

  it("stops with exit 2 and one line for wrong usage, a missing date or a missing file", () => {
    expect(run()).toBe(2);
    expect(stderr.join("")).toMatch(/missing the articles/);
    expect(run(join(dir, "desk", "wire.txt"))).toBe(2);
    expect(stderr.join("")).toMatch(/no publication date for .*wire\.txt/);
    expect(run(join(dir, "nope.txt"), "--published", "2025-12-03")).toBe(2);
    expect(stderr.join("")).toMatch(/cannot read .*nope\.txt/);
    expect(run(join(dir, "desk"), "--published", "other.txt=2025-12-03")).toBe(2);
    expect(stderr.join("")).toMatch(/other\.txt is not one of the files/);
    expect(run(join(dir, "desk"), "--mode", "poetry")).toBe(2);
    expect(run(join(dir, "desk"), "--bogus")).toBe(2);
  });

  it("leaves out events less sure than --min-confidence and says how many", () => {
    const file = join(dir, "desk", "wire.txt");
    const count = (out: string): number => (JSON.parse(readFileSync(out, "utf8")) as TimelineInput).events.length;
    expect(run(file, "--published", "2025-12-03", "--min-confidence", "0", "-o", join(dir, "all-events.json"))).toBe(0);
    expect(stderr.join("")).not.toMatch(/left out/);
    expect(run(file, "--published", "2025-12-03", "--min-confidence", "0.85", "-o", join(dir, "sure.json"))).toBe(0);
    const left = /(\d+) less sure than 0\.85 left out/.exec(stderr.join(""));
    expect(Number(left?.[1])).toBeGreaterThan(0);
    expect(count(join(dir, "sure.json")) + Number(left![1])).toBe(count(join(dir, "all-events.json")));
    expect(run(file, "--published", "2025-12-03", "--min-confidence", "high")).toBe(2);
    expect(stderr.join("")).toMatch(/invalid --min-confidence: high/);
  });

  it("stops with exit 1 and the diagnostic when a publication date cannot be read", () => {
    expect(run(join(dir, "desk", "wire.txt"), "--published", "someday", "-o", join(dir, "bad.json"))).toBe(1);
    expect(stderr.join("")).toMatch(/wire\.txt: error invalid-published at articles\[0\]\.published/);
  });
});

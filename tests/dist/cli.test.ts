import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const cli = join(root, "dist/cli.js");
const showcase = join(root, "data/kremlin-talks-2025.json");
const dir = mkdtempSync(join(tmpdir(), "citeline-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function citeline(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: dir });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("citeline validate", () => {
  it("accepts the showcase: exit 0 and a summary line", () => {
    const r = citeline("validate", showcase);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^14 events, 0 errors, \d+ warnings$/m);
  });

  it("prints path: code: message for each problem and exits 1 on errors", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({ events: [{ title: "" }, { title: "x", start: "2025-01-01", citations: ["nope"] }] }),
    );
    const r = citeline("validate", bad);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("events[0].title: missing-title: ");
    expect(r.stdout).toContain("events[1].citations[0].source: unknown-source: ");
  });

  it("speaks JSON for machines", () => {
    const bad = join(dir, "bad2.json");
    writeFileSync(bad, JSON.stringify({ events: [{ title: "x", start: "nope" }] }));
    const r = citeline("validate", bad, "--json");
    const out = JSON.parse(r.stdout) as { errors: number; diagnostics: { code: string; path: string }[] };
    expect(r.status).toBe(1);
    expect(out.errors).toBe(2);
    expect(out.diagnostics.map((d) => d.path)).toContain("events[0].start");
  });

  it("reads CSV and TimelineJS JSON too", () => {
    const csv = join(dir, "events.csv");
    writeFileSync(csv, "title,start,source,source_title\nVote,2025-03-03,gazette,Council votes\n");
    expect(citeline("validate", csv).stdout).toMatch(/^1 events, 0 errors/m);
    const tl = join(dir, "tl.json");
    writeFileSync(
      tl,
      JSON.stringify({ events: [{ start_date: { year: "2025", month: "3", day: "3" }, text: { headline: "Vote" } }] }),
    );
    expect(citeline("validate", tl).stdout).toMatch(/^1 events, 0 errors/m);
  });

  it("exits 2 with usage on a wrong command or a missing file", () => {
    expect(citeline("frobnicate").status).toBe(2);
    const r = citeline("validate", join(dir, "missing.json"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("cannot read");
  });
});

describe("citeline render and build", () => {
  it("renders a standalone SVG with its styles and no script", () => {
    const out = join(dir, "out.svg");
    expect(citeline("render", showcase, "-o", out).status).toBe(0);
    const svg = readFileSync(out, "utf8");
    expect(svg.startsWith("<?xml")).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain("<style>");
    expect(svg).not.toMatch(/<script/i);
    expect((svg.match(/data-event-id="/g) ?? []).length).toBeGreaterThan(0);
  });

  it("renders static HTML with every event and citation, readable without JS", () => {
    const out = join(dir, "out.html");
    expect(citeline("render", showcase, "-o", out).status).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).not.toMatch(/<script/i);
    expect((html.match(/<li data-event-id="/g) ?? []).length).toBe(14);
    expect(html).toContain("Tuesday (Dec 2)");
  });

  it("builds one self-contained page with the bundle and the data inlined", () => {
    const out = join(dir, "page.html");
    expect(citeline("build", showcase, "-o", out).status).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("<cite-line>");
    expect(html).toContain('<script type="application/json">');
    expect(html).not.toMatch(/<script src=/);
    expect(html.length).toBeGreaterThan(readFileSync(join(root, "dist/citeline.iife.min.js")).length);
  });
});

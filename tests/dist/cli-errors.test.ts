// Issue 23 item 8: what the CLI says when something is wrong. At c0a3b53
// invalid JSON had no line and column, an unwritable -o printed a stack
// trace and exited 1 (the "data has errors" code), render and build wrote an
// empty chart for `[1,2,3]` and exited 0, and the top-level error's path was "".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const cli = join(root, "dist/cli.js");
const showcase = join(root, "data/kremlin-talks-2025.json");
const dir = mkdtempSync(join(tmpdir(), "citeline-cli-errors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function citeline(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: dir });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("citeline errors", () => {
  it("locates invalid JSON as file:line:column, exit 1, for every command", () => {
    const bad = file("bad.json", '{\n  "events": [\n    {"title": "x" "start": 1}\n  ]\n}\n');
    const runs = [
      ["validate", bad],
      ["render", bad, "-o", join(dir, "x.svg")],
      ["build", bad, "-o", join(dir, "x.html")],
    ];
    for (const args of runs) {
      const r = citeline(...args);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^citeline: ${bad.replace(/[.\\]/g, "\\$&")}:3:19: invalid JSON: .+\\n$`));
    }
    expect(existsSync(join(dir, "x.svg"))).toBe(false);
    // Cut short: the end of the file is where the problem is.
    expect(citeline("validate", file("cut.json", '{"events": [')).stderr).toContain("cut.json:1:13: invalid JSON");
    // Machines get it as a diagnostic.
    const json = JSON.parse(citeline("validate", bad, "--json").stdout) as { errors: number; diagnostics: object[] };
    expect(json.errors).toBe(1);
    const first = { severity: "error", code: "invalid-json", path: "$", line: 3, column: 19 };
    expect(json.diagnostics[0]).toMatchObject(first);
  });

  it("says in one line why -o cannot be written, exit 2, no stack trace", () => {
    const missing = join(dir, "no/such/dir/out.svg");
    const asDir = join(dir, "taken.svg");
    mkdirSync(asDir);
    const cases = [
      [missing, "no such file or directory (ENOENT)"],
      [asDir, "it is a directory (EISDIR)"],
    ] as const;
    for (const [out, why] of cases) {
      const r = citeline("render", showcase, "-o", out);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`citeline: cannot write ${out}: ${why}\n`);
    }
    const r = citeline("build", showcase, "-o", join(missing, "page.html"));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat \S+:\d+:\d+/);
  });

  it("render and build print the diagnostics of data with errors, write nothing and exit 1", () => {
    const numbers = file("numbers.json", "[1,2,3]");
    for (const [command, out] of [
      ["render", "n.svg"],
      ["render", "n.html"],
      ["build", "page.html"],
    ] as const) {
      const r = citeline(command, numbers, "-o", join(dir, out));
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${numbers}: $: invalid-input: `);
      expect(r.stderr).toContain("1 error; nothing written");
      expect(existsSync(join(dir, out))).toBe(false);
    }
    // Warnings are printed, and do not stop the drawing.
    const warned = file("warned.json", JSON.stringify({ events: [{ title: "Vote", start: "2025-03-03" }] }));
    const r = citeline("render", warned, "-o", join(dir, "warned.svg"));
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("events[0].citations: no-citations: ");
    expect(existsSync(join(dir, "warned.svg"))).toBe(true);
  });

  it("takes the page title from the checked data: a title that is not text is a warning, not a crash", () => {
    const odd = file("odd.json", JSON.stringify({ title: ["a"], events: [{ title: "Vote", start: "2025-03-03" }] }));
    const r = citeline("build", odd, "-o", join(dir, "odd.html"));
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("title: invalid-field: ");
    expect(readFileSync(join(dir, "odd.html"), "utf8")).toContain("<title>Timeline</title>");
  });

  it("names the top level $ in validate's report", () => {
    const r = citeline("validate", file("top.json", "[1,2,3]"));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^\$: invalid-input: expected an object with an "events" list/m);
  });

  it("documents the exit codes in --help and refuses unknown options", () => {
    const help = citeline("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:\n\s+0 .+\n\s+1 .+errors.+\n\s+2 .+usage.+/);
    const r = citeline("validate", showcase, "--jsno");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^citeline: unknown option "--jsno"/);
  });
});

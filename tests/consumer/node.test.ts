// The packed package in Node (issue 23 items 2, 4, 7): what a browser app
// installs, the CLI with and without jsdom, require() from CommonJS, and a
// live timeline and renderToString in the caller's own JSDOM.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copy, fixtures, node, projects, run } from "./helpers.js";

/** Every package under node_modules (scoped ones by their full name) with its size on disk. */
function installed(project: string): { names: string[]; bytes: number } {
  const top = join(project, "node_modules");
  const names: string[] = [];
  for (const entry of readdirSync(top)) {
    if (entry.startsWith(".")) continue;
    if (entry.startsWith("@")) for (const sub of readdirSync(join(top, entry))) names.push(`${entry}/${sub}`);
    else names.push(entry);
  }
  const size = (path: string): number => {
    const s = statSync(path);
    return s.isDirectory() ? readdirSync(path).reduce((sum, f) => sum + size(join(path, f)), 0) : s.size;
  };
  return { names: names.sort(), bytes: size(top) };
}

const citeline = (cwd: string, ...args: string[]) =>
  run(process.execPath, [join(cwd, "node_modules/citeline/dist/cli.js"), ...args], cwd);
const showcase = "node_modules/citeline/data/kremlin-talks-2025.json";

describe("a browser app's install", () => {
  it("is citeline, the d3 modules (with d3-array's internmap) and date-fns: no jsdom, no React", () => {
    const { browser, app } = projects();
    const { names, bytes } = installed(browser);
    const deps = JSON.parse(readFileSync(join(browser, "node_modules/citeline/package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(names.filter((n) => !/^(citeline|d3-[a-z]+|internmap|date-fns|@date-fns\/[a-z]+)$/.test(n))).toEqual([]);
    for (const dep of Object.keys(deps.dependencies)) expect(names).toContain(dep);
    const server = installed(app);
    // The README's footprint lines come from these numbers.
    console.log(
      `footprint: browser app ${names.length} packages, ${(bytes / 1e6).toFixed(1)} MB; with jsdom (app project, React included) ${server.names.length} packages, ${(server.bytes / 1e6).toFixed(1)} MB`,
    );
    expect(server.names).toContain("jsdom");
  });
});

describe("the CLI", () => {
  it("validates without jsdom installed, and never loads it", () => {
    const { browser, app } = projects();
    const r = citeline(browser, "validate", showcase);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^14 events, 0 errors/m);
    // Where jsdom is installed, Node's module log (which sees jsdom when render loads it) shows validate does not.
    const trace = (command: string, ...args: string[]) =>
      run(process.execPath, [join(app, "node_modules/citeline/dist/cli.js"), command, showcase, ...args], app, {
        NODE_DEBUG: "module",
      });
    const validate = trace("validate");
    expect(validate.status).toBe(0);
    expect(validate.stderr).not.toMatch(/jsdom/);
    expect(trace("render", "-o", "traced.svg").stderr).toMatch(/jsdom/);
  });

  it("render and build without jsdom name the package to install, without a stack trace", () => {
    const { browser } = projects();
    for (const [command, out] of [
      ["render", "out.svg"],
      ["build", "page.html"],
    ] as const) {
      const r = citeline(browser, command, showcase, "-o", out);
      expect(r.status, command).not.toBe(0);
      expect(r.stderr, command).toContain("npm install jsdom");
      expect(r.stderr, command).toContain(`npx -p citeline -p jsdom citeline ${command}`);
      expect(r.stderr, command).not.toMatch(/^\s+at /m);
    }
  });

  it("render and build with jsdom installed write their files", () => {
    const { app } = projects();
    expect(citeline(app, "render", showcase, "-o", "out.svg").status).toBe(0);
    expect(readFileSync(join(app, "out.svg"), "utf8")).toContain("<svg");
    expect(citeline(app, "build", showcase, "-o", "page.html").status).toBe(0);
    expect(readFileSync(join(app, "page.html"), "utf8")).toContain("<cite-line");
  });
});

describe("npx without installing", () => {
  it("`npx -p citeline -p jsdom citeline build` is one command that works in an empty folder", () => {
    const { dir, tarball, app } = projects();
    const empty = join(dir, "empty");
    mkdirSync(empty, { recursive: true });
    // The README's form, with the packed tarball standing in for the registry's citeline.
    const pkg = JSON.parse(readFileSync(join(app, "node_modules/jsdom/package.json"), "utf8")) as { version: string };
    const data = join(app, showcase);
    const r = run(
      "npx",
      ["--yes", "-p", tarball, "-p", `jsdom@${pkg.version}`, "citeline", "build", data, "-o", "page.html"],
      empty,
    );
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(empty, "page.html"), "utf8")).toContain("<cite-line");
  });
});

describe("CommonJS", () => {
  it("require() loads every entry; the server says to install jsdom where it is missing", () => {
    const { browser } = projects();
    copy(fixtures, ["require.cjs"], browser);
    const r = node(browser, "require.cjs");
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      iso: "2025-12-02",
      events: 1,
      define: "function",
      draft: "function",
      css: true,
      schema: true,
      html: null,
    });
    expect(out["error"]).toContain("npm install jsdom");
  });

  it("require('citeline/server') renders where jsdom is installed", () => {
    const { app } = projects();
    copy(fixtures, ["require.cjs"], app);
    const out = JSON.parse(node(app, "require.cjs").stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ html: true, error: null });
  });
});

describe("plain Node with the caller's own JSDOM", () => {
  it("draws a live timeline (select and zoom events with their details) and renders to a string", () => {
    const { app } = projects();
    copy(fixtures, ["own-jsdom.mjs"], app);
    const r = node(app, "own-jsdom.mjs");
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { seen: string[]; marks: number; value: string; own: boolean; shared: boolean };
    expect(out.seen).toEqual(["select meeting", "zoom 2025-12-01"]);
    expect(out.marks).toBeGreaterThanOrEqual(2);
    expect(out.value).toBe("Kremlin meeting");
    expect(out.own).toBe(true);
    expect(out.shared).toBe(true);
  });

  it("an ESM server without jsdom imports citeline/server and is told what to install only when it renders", () => {
    const { browser } = projects();
    writeFileSync(
      join(browser, "server.mjs"),
      'import { renderToString } from "citeline/server";\ntry { renderToString({ events: [] }); } catch (e) { console.log(e.message); }\n',
    );
    const r = node(browser, "server.mjs");
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("npm install jsdom");
  });
});

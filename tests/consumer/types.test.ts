// The packed declarations as consumers compile them (issue 23 items 5 and 7):
// a strict file that uses every export, typed events and element, JSX with
// <cite-line> under React 18 and 19, require() typed as CommonJS under
// nodenext, subpaths under node10; and arethetypeswrong (node16 profile)
// and publint clean on the tarball.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copy, fixtures, projects, root, run, snippets, strict, tsc } from "./helpers.js";

const readmeBlocks = readdirSync(snippets).filter((f) => /\.tsx?$/.test(f));

const bundler = { ...strict, module: "ESNext", moduleResolution: "Bundler", jsx: "react-jsx" };
const ok = (r: { status: number | null; stdout: string; stderr: string }) => expect(r.stdout + r.stderr).toBe("");

describe("the shipped declarations, compiled by a strict consumer", () => {
  // One compiler run per project (each takes seconds): the fixtures and the README's blocks that belong there.
  it("type-check a file that uses every export, React 19 JSX and the README's TypeScript blocks, strictly", () => {
    const { app } = projects();
    const mine = readmeBlocks.filter((f) => !/react18/.test(f));
    copy(fixtures, ["every-export.ts", "react19.tsx"], app);
    copy(snippets, mine, app);
    ok(tsc(app, { compilerOptions: bundler, files: ["every-export.ts", "react19.tsx", ...mine] }, "tsconfig.app.json"));
  });

  it("that file names every value each entry exports at run time", async () => {
    const { app } = projects();
    const used = readFileSync(join(fixtures, "every-export.ts"), "utf8");
    for (const file of ["citeline.js", "element.js", "server.js", "draft.js"]) {
      const names = Object.keys(await import(join(app, "node_modules/citeline/dist", file)));
      expect(names.length, file).toBeGreaterThan(0);
      for (const name of names) expect(used, `${file} exports ${name}`).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });

  it("type <cite-line> in React 18 JSX (data through a ref), with the README's React 18 block", () => {
    const { react18 } = projects();
    const mine = readmeBlocks.filter((f) => /react18/.test(f));
    copy(fixtures, ["react18.tsx"], react18);
    copy(snippets, mine, react18);
    ok(tsc(react18, { compilerOptions: bundler, files: ["react18.tsx", ...mine] }, "tsconfig.react.json"));
  });

  it("type require() of every entry as CommonJS under module nodenext", () => {
    const { app } = projects();
    copy(fixtures, ["require.cts"], app);
    ok(
      tsc(
        app,
        { compilerOptions: { ...strict, module: "NodeNext", moduleResolution: "NodeNext" }, files: ["require.cts"] },
        "tsconfig.cjs.json",
      ),
    );
  });

  it("resolve the subpaths under node10 resolution", () => {
    const { app } = projects();
    copy(fixtures, ["node10.ts"], app);
    ok(
      tsc(
        app,
        { compilerOptions: { ...strict, module: "CommonJS", moduleResolution: "node10" }, files: ["node10.ts"] },
        "tsconfig.node10.json",
      ),
    );
  });
});

describe("the packed tarball under the package linters", () => {
  const bin = (name: string) => join(root, "node_modules/.bin", name);

  it("arethetypeswrong, node16 profile (import and require): no problem", () => {
    const { tarball, dir } = projects();
    // The stylesheet and the schema are files, not modules with types.
    const r = run(
      bin("attw"),
      [
        tarball,
        "--profile",
        "node16",
        "--format",
        "table-flipped",
        "--exclude-entrypoints",
        "citeline.css",
        "dist/citeline.css",
        "schema.json",
        "package.json",
      ],
      dir,
    );
    expect(r.stdout + r.stderr).not.toMatch(/❌|💀|⚠️|🐛|🎭/u);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it("publint: all good", () => {
    const { tarball, dir } = projects();
    const r = run(bin("publint"), [tarball, "--strict"], dir);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("All good!");
  });
});

// The package as users get it: `npm pack`, installed into a fresh consumer
// project, type-checked, imported in Node and bundled for the browser with
// rollup. The consumer's code is the README's snippets.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "citeline-consumer-"));
const sh = (cmd: string, args: string[], cwd = dir): string => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

beforeAll(() => {
  const packed = JSON.parse(sh("npm", ["pack", "--json", "--pack-destination", dir], root)) as { filename: string; files: { path: string }[] }[];
  const tarball = join(dir, packed[0]!.filename);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  // Dependencies come from the registry (or npm's cache), as for a user.
  sh("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball]);
  copyFileSync(join(root, "examples/snippets/usage.ts"), join(dir, "usage.ts"));
  copyFileSync(join(root, "examples/snippets/server.mjs"), join(dir, "server.mjs"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the packed package in a consumer project", () => {
  it("type-checks a TypeScript consumer against the shipped declarations", () => {
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "Bundler", strict: true, noEmit: true, lib: ["ES2022", "DOM"], skipLibCheck: false, types: [] }, files: ["usage.ts", "types.ts"] }),
    );
    writeFileSync(
      join(dir, "types.ts"),
      [
        'import { parseDate, type When, type Diagnostic } from "citeline";',
        'import { renderToString } from "citeline/server";',
        'import "citeline/element";',
        'const when: When | null = parseDate("Tuesday (Dec 2)", { reference: "2025-12-03" });',
        "const precision: string | undefined = when?.precision;",
        "const html: string = renderToString({ events: [] });",
        'const d: Diagnostic = { severity: "error", code: "x", path: "events[0]", message: "m" };',
        "// @ts-expect-error: a When has no such field",
        "when?.nonsense;",
        "export { precision, html, d };",
      ].join("\n"),
    );
    // The repository's compiler checks the consumer; resolution goes through the consumer's node_modules.
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    expect(() => sh(process.execPath, [tsc, "-p", "tsconfig.json"])).not.toThrow();
  });

  it("imports in Node: normalize and renderToString (the README's server snippet)", () => {
    const out = sh(process.execPath, ["server.mjs"]).trim().split("\n");
    expect(out).toEqual(["2025-12-02", "true"]);
  });

  it("bundles a browser entry with rollup, side effects kept only for the element", async () => {
    writeFileSync(join(dir, "entry.js"), 'import "citeline/element";\nimport { timeline } from "citeline";\nwindow.t = timeline;\n');
    const { rollup } = await import("rollup");
    const { nodeResolve } = await import("@rollup/plugin-node-resolve");
    const bundle = await rollup({ input: join(dir, "entry.js"), plugins: [nodeResolve({ browser: true, rootDir: dir })] });
    const { output } = await bundle.generate({ format: "es" });
    const code = output[0].code;
    expect(code).toContain('"cite-line"');
    expect(code).toContain("customElements");
    // A consumer importing only parseDate gets no renderer and no element.
    writeFileSync(join(dir, "dates.js"), 'import { parseDate } from "citeline";\nconsole.log(parseDate("2025"));\n');
    const small = await rollup({ input: join(dir, "dates.js"), plugins: [nodeResolve({ browser: true, rootDir: dir })] });
    const dates = (await small.generate({ format: "es" })).output[0].code;
    expect(dates).not.toContain("customElements");
    expect(dates).not.toContain("citeline-details");
    expect(dates.length).toBeLessThan(code.length / 2);
  });

  it("ships the files users need and nothing from the repository's tests", () => {
    const listing = JSON.parse(readFileSync(join(dir, "node_modules/citeline/package.json"), "utf8")) as { name: string };
    expect(listing.name).toBe("citeline");
    const files = sh("find", ["node_modules/citeline", "-type", "f"]).split("\n").filter(Boolean);
    expect(files.some((f) => f.endsWith("dist/citeline.iife.min.js"))).toBe(true);
    expect(files.some((f) => f.endsWith("data/schema/timeline.schema.json"))).toBe(true);
    expect(files.some((f) => f.includes("/tests/") || f.includes("/src/"))).toBe(false);
  });
});

// Issue 23 item 10: an app that imports one small export must not carry the
// date engine. The built package is bundled the way an app's bundler does it
// (rollup with node-resolve, through package.json's exports and sideEffects).
// At c0a3b53 `import { safeUrl } from "citeline"` kept the date tables (month
// and number words, holiday names, regexes built at import): module-level
// statements a bundler cannot prove free of side effects.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { rollup } from "rollup";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "citeline-shake-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bundles `source` (an app's entry importing "citeline") and returns the output code. */
async function bundle(source: string): Promise<string> {
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  if (!existsSync(join(dir, "node_modules/citeline"))) symlinkSync(root, join(dir, "node_modules/citeline"), "dir");
  const entry = join(dir, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, source);
  const build = await rollup({ input: entry, plugins: [nodeResolve()], onwarn: () => {} });
  const { output } = await build.generate({ format: "es" });
  await build.close();
  return output.map((chunk) => ("code" in chunk ? chunk.code : "")).join("\n");
}

describe.skipIf(!existsSync(join(root, "dist/citeline.js")))("tree-shaking the ESM build", () => {
  it("importing only safeUrl keeps safeUrl and none of the date tables", async () => {
    const code = await bundle(`import { safeUrl } from "citeline";\nconsole.log(safeUrl("https://example.org/"));\n`);
    expect(code).toContain("function safeUrl");
    for (const word of ["february", "thanksgiving", "twenty", "fortnight", "Intl.DateTimeFormat", "UTCDate"]) {
      expect(code, word).not.toContain(word);
    }
    // safeUrl and its allow-lists are about 2 KB unminified; the date tables alone were several times that.
    expect(code.length).toBeLessThan(4096);
  });

  it("importing parseDate still brings the date engine (the test above is not vacuous)", async () => {
    const code = await bundle(`import { parseDate } from "citeline";\nconsole.log(parseDate("Thanksgiving 2025"));\n`);
    expect(code).toContain("thanksgiving");
    expect(code.length).toBeGreaterThan(20_000);
  });
});

// The packed package under a bundler's tree-shaking: side effects only in
// citeline/element, and a consumer importing only parseDate gets neither the
// renderer nor the element. (Rollup, as a library author bundles.)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { rollup } from "rollup";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { describe, expect, it } from "vitest";
import { projects } from "./helpers.js";

async function bundle(dir: string, name: string, code: string): Promise<string> {
  writeFileSync(join(dir, name), code);
  const built = await rollup({ input: join(dir, name), plugins: [nodeResolve({ browser: true, rootDir: dir })] });
  try {
    return (await built.generate({ format: "es" })).output[0].code;
  } finally {
    await built.close();
  }
}

describe("tree-shaking the packed package", () => {
  it("keeps the element's registration only when citeline/element is imported", async () => {
    const { browser } = projects();
    const full = await bundle(
      browser,
      "entry.js",
      'import "citeline/element";\nimport { timeline } from "citeline";\nwindow.t = timeline;\n',
    );
    expect(full).toContain('"cite-line"');
    expect(full).toContain("customElements");
    const dates = await bundle(
      browser,
      "dates.js",
      'import { parseDate } from "citeline";\nconsole.log(parseDate("2025"));\n',
    );
    expect(dates).not.toContain("customElements");
    expect(dates).not.toContain("citeline-details");
    expect(dates.length).toBeLessThan(full.length / 2);
  });
});

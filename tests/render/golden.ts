// Golden SVG files in the manner of Plot's snapshot tests: serialize the
// chart with deterministic ids and rounded numbers, write it on first run or
// with UPDATE_GOLDEN=1, compare otherwise.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { expect } from "vitest";

const outDir = resolve(import.meta.dirname, "../output");

/** Serializes an SVG element stably: figure ids normalized, numbers to one decimal, one tag per line. */
export function serialize(el: Element): string {
  return el.outerHTML
    .replace(/citeline-\d+-/g, "citeline-0-")
    .replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/></g, ">\n<")
    .concat("\n");
}

export function golden(name: string, el: Element): void {
  const file = resolve(outDir, `${name}.svg`);
  const actual = serialize(el);
  if (!existsSync(file) || process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual, `golden ${name}.svg differs; rerun with UPDATE_GOLDEN=1 after reviewing`).toBe(readFileSync(file, "utf8"));
}

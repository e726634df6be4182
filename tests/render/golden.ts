// Golden files in the manner of Plot's snapshot tests: serialize the chart
// (SVG) or the whole figure (HTML) with deterministic ids and rounded
// numbers, one tag per line, and compare with tests/output/<name>.<ext>.
// - UPDATE_GOLDEN=1 rewrites the file;
// - a missing file is written locally, and FAILS under CI=true;
// - a mismatch writes <name>-changed.<ext> beside it (git-ignored) and fails.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { expect } from "vitest";

const outDir = resolve(import.meta.dirname, "../output");
const ci = process.env.CI === "true" || process.env.CI === "1";

/** Serializes an element stably: figure ids normalized, numbers to one decimal, one tag per line. */
export function serialize(el: Element): string {
  return el.outerHTML
    .replace(/citeline-\d+-/g, "citeline-0-")
    .replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/></g, ">\n<")
    .concat("\n");
}

/**
 * The whole figure as HTML (caption, errors, legend, details panel, live
 * region, list view), with the chart's SVG left out: it has its own golden.
 */
export function serializeFigure(figure: Element, svgName: string): string {
  const copy = figure.cloneNode(true) as Element;
  copy.querySelector("svg.citeline-chart")?.replaceWith(copy.ownerDocument.createComment(` the chart: ${svgName} `));
  return serialize(copy);
}

/** Compares `actual` with tests/output/<name>.<ext> (see the file comment for what happens when it differs). */
export function goldenText(name: string, ext: "svg" | "html" | "js", actual: string, dir = outDir): void {
  const file = resolve(dir, `${name}.${ext}`),
    changed = resolve(dir, `${name}-changed.${ext}`);
  if (process.env.UPDATE_GOLDEN === "1" || (!existsSync(file) && !ci)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(file))
    expect.fail(`golden ${name}.${ext} is missing: run the tests locally (CI=true never writes one) and commit it`);
  const expected = readFileSync(file, "utf8");
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(
    `golden ${name}.${ext} differs: compare ${name}-changed.${ext} with it, then rerun with UPDATE_GOLDEN=1 if the change is right`,
  );
}

/** The golden of one element (an SVG by default). */
export function golden(name: string, el: Element, ext: "svg" | "html" = "svg"): void {
  goldenText(name, ext, serialize(el));
}

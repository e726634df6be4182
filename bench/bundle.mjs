// Script-tag weight of every library (the files a page loads, minified, and
// gzip at level 9), and what citeline's IIFE is made of: the IIFE is built
// again in memory with the project's own rollup config, each module's
// rendered code is minified on its own, and the parts are summed by origin.
import { readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { rollup } from "rollup";
import { minify } from "terser";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const d3 = (m) => `node_modules/${m}/dist/${m}.min.js`;

/** The files each benchmark page loads by tag (same as bench/pages/*.html). */
export const FILES = {
  citeline: ["dist/citeline.iife.min.js"],
  vis: [
    "node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js",
    "node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css",
  ],
  timelinejs: [
    "node_modules/@knight-lab/timelinejs/dist/js/timeline.js",
    "node_modules/@knight-lab/timelinejs/dist/css/timeline.css",
  ],
  milestones: [
    "node_modules/d3-milestones/build/d3-milestones.min.js",
    "node_modules/d3-milestones/build/d3-milestones.css",
  ],
  d3: [
    ...[
      "d3-array",
      "d3-color",
      "d3-format",
      "d3-interpolate",
      "d3-time",
      "d3-time-format",
      "d3-scale",
      "d3-selection",
      "d3-dispatch",
      "d3-timer",
      "d3-ease",
      "d3-transition",
      "d3-drag",
      "d3-zoom",
      "d3-axis",
    ].map(d3),
    "bench/pages/d3.js",
  ],
};

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;

/** Minified and gzip bytes of each library's files together (gzip per file, summed: each is its own request). */
export function weights() {
  const out = {};
  for (const [lib, files] of Object.entries(FILES)) {
    let min = 0,
      gz = 0;
    for (const f of files) {
      const buf = readFileSync(join(root, f));
      min += buf.length;
      gz += gzip(buf);
    }
    out[lib] = { files, min, gzip: gz };
  }
  // A strict-CSP page also links dist/citeline.css (the IIFE's injected copy goes unused there).
  const css = readFileSync(join(root, "dist/citeline.css"));
  out.citelineCsp = {
    files: [...FILES.citeline, "dist/citeline.css"],
    min: out.citeline.min + css.length,
    gzip: out.citeline.gzip + gzip(css),
  };
  return out;
}

/** Which part of citeline a module belongs to. */
function partOf(id) {
  const path = relative(root, id).split(sep).join("/");
  if (path.includes("node_modules/chrono-node/")) return "chrono-node";
  if (/node_modules\/d3-/.test(path) || path.includes("node_modules/internmap/")) return "d3 modules";
  if (path.includes("node_modules/")) return `other: ${path.split("node_modules/")[1].split("/")[0]}`;
  if (path.startsWith("src/data/dates/")) return "citeline dates (parseDate)";
  if (path.startsWith("src/data/")) return "citeline data (normalize, importers)";
  if (path.startsWith("src/render/styles")) return "citeline stylesheet";
  if (path.startsWith("src/")) return "citeline render, layout, interaction";
  return `other: ${path}`;
}

/**
 * Builds the IIFE with rollup.config.mjs's own IIFE entry (minus the file
 * write) and returns each part's minified bytes and share. Per-module
 * minification misses a little cross-module mangling, so the shares are of
 * the parts' sum, then applied to the real file's gzip size as estimates.
 */
export async function citelineParts() {
  const output = await unminifiedIife();
  const parts = new Map();
  for (const [id, mod] of Object.entries(output[0].modules)) {
    if (!mod.code) continue;
    const part = partOf(id);
    // toplevel: false keeps each module's top-level declarations: alone, nothing
    // references them, and terser would drop them as unused.
    const min = (await minify(mod.code, { module: false, compress: true, mangle: true, toplevel: false })).code ?? "";
    const p = parts.get(part) ?? { modules: 0, rendered: 0, min: 0, packages: {} };
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1];
    if (pkg) p.packages[pkg] = (p.packages[pkg] ?? 0) + min.length;
    p.modules++;
    p.rendered += mod.renderedLength;
    p.min += min.length;
    parts.set(part, p);
  }
  const total = [...parts.values()].reduce((a, p) => a + p.min, 0);
  return [...parts].map(([part, p]) => ({ part, ...p, share: p.min / total })).sort((a, b) => b.min - a.min);
}

/**
 * The script-tag IIFE built in memory from rollup.config.mjs's own IIFE
 * entry without terser: rollup's output chunks (the first is the script;
 * its `code` keeps every function's name, for profiles).
 */
export async function unminifiedIife() {
  const configs = (await import(new URL("../rollup.config.mjs", import.meta.url).href)).default;
  const config = configs.find((c) => !Array.isArray(c.output) && c.output?.format === "iife");
  if (!config) throw new Error("no IIFE entry in rollup.config.mjs");
  const cwd = process.cwd();
  process.chdir(root); // the typescript plugin reads tsconfig paths relative to the working directory
  try {
    const bundle = await rollup({
      input: config.input,
      plugins: config.plugins.filter((p) => p.name !== "terser"),
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ format: "iife", name: "citeline", extend: true });
    await bundle.close();
    return output;
  } finally {
    process.chdir(cwd);
  }
}

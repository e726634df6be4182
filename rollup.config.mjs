// Builds every artifact the package publishes:
//   dist/citeline.js, element.js, server.js, jsx.js, cli.js  ESM, dependencies external
//   dist/citeline.cjs, element.cjs, server.cjs, jsx.cjs      CommonJS for require()
//   dist/citeline.iife.min.js                                one file for a <script> tag
//   dist/citeline.import.iife.min.js                         its TimelineJS and CSV importers
//   dist/*.d.ts, dist/*.d.cts                                bundled declarations, per format
//   dist/citeline.css                                        the stylesheet, for pages that link it
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import typescript from "@rollup/plugin-typescript";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import { dts } from "rollup-plugin-dts";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const packages = [pkg.dependencies, pkg.peerDependencies].flatMap((deps) => Object.keys(deps ?? {}));
const external = [...packages, "react", ...builtinModules.flatMap((m) => [m, `node:${m}`])];
const isExternal = (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`));
const ts = () => typescript({ tsconfig: "./tsconfig.build.json", noEmitOnError: true });

// The stylesheet without the whitespace that makes it readable in src/:
// about 0.15 KiB of gzip, in the script tag's copy and in dist/citeline.css.
// No rule of it needs a space next to { } ; , > or after a colon.
const compact = (css) =>
  css
    .replace(/\/\*[^]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/ ?([{};,>]) ?/g, "$1")
    .replace(/: /g, ":")
    .replace(/;}/g, "}")
    .trim();

// Writes dist/citeline.css from the stylesheet the ESM build exports. Importing
// the fresh build here also proves it touches no DOM at import time.
const writeCss = {
  name: "citeline-css",
  async writeBundle() {
    const url = pathToFileURL("dist/citeline.js").href;
    const { stylesheet } = await import(`${url}?build=${Date.now()}`);
    if (typeof stylesheet !== "string" || !stylesheet) throw new Error("dist/citeline.js exports no stylesheet");
    writeFileSync("dist/citeline.css", `/* citeline ${pkg.version} */\n${compact(stylesheet)}\n`);
  },
};

// V8's explicit compile hint (Chrome 136 and later): compile every function
// of the script when it loads, in the background while it streams in,
// instead of lazily on first call. The script tag's whole job is to draw a
// chart at load; lazily compiling the ~300 functions that does was up to a
// quarter of a first render of 100 to 1,000 events. Other engines read it as
// a comment. After terser, which would strip it.
const compileHint = {
  name: "citeline-compile-hint",
  renderChunk: (code) => ({ code: `//# allFunctionsCalledOnLoad\n${code}`, map: null }),
};

// The script tag's copy of the stylesheet, compacted in the source: only
// the static text of the styles module's template literals is touched. It
// leaves out the rules of the server's static HTML (STATIC in styles.ts):
// the script tag's charts are live, and static markup shown before the
// script runs is styled by the page's own copy (0.1 KiB of gzip).
const compactCss = {
  name: "citeline-compact-css",
  transform(code, id) {
    if (!/render[\\/]styles\.ts$/.test(id)) return null;
    const live = code.replace(/const STATIC = `[^`]*`/, "const STATIC = ``");
    if (live === code) throw new Error("styles.ts: no STATIC rules to leave out");
    return { code: live.replace(/`[^`]*`/g, compact), map: null };
  },
};

// The date rules' `examples` (text, reference day, expected reading) are the
// rule table's tests, read by tests/data/dates, never by the library: the
// script tag's copy leaves them out (0.9 KiB of gzip). The scan skips strings,
// since an example's text may hold a bracket.
const stripExamples = {
  name: "citeline-strip-rule-examples",
  transform(code, id) {
    if (!/dates[\\/]rules[\\/][^\\/]+\.ts$/.test(id)) return null;
    let out = "";
    let at = 0;
    for (let m, re = /\bexamples: \[/g; (m = re.exec(code)); re.lastIndex = at) {
      let i = m.index + m[0].length;
      for (let depth = 1, quote = ""; depth > 0; i++) {
        const c = code[i];
        if (c === undefined) throw new Error(`${id}: unbalanced examples`);
        if (quote) {
          if (c === "\\") i++;
          else if (c === quote) quote = "";
        } else if (c === '"' || c === "'" || c === "`") quote = c;
        else if (c === "[") depth++;
        else if (c === "]") depth--;
      }
      out += `${code.slice(at, m.index)}examples: []`;
      at = i;
    }
    return at ? { code: out + code.slice(at), map: null } : null;
  },
};

// Selection methods no code of the script tag's calls (citeline's, d3-axis's or
// d3-selection's own): rollup keeps every method of the prototype object, so
// the script tag's build takes these off it and their code goes too (1.2 KiB
// of gzip). tests/dist/bundle.test.ts checks that src/ calls none of them.
export const UNUSED_SELECTION_METHODS = [
  "selectChild",
  "selectChildren",
  "nodes",
  "size",
  "empty",
  "style",
  "classed",
  "html",
  "raise",
  "lower",
  "clone",
  "on",
  "dispatch",
];
const pruneSelection = {
  name: "citeline-prune-selection",
  transform(code, id) {
    const prototype = "Selection.prototype = selection.prototype = {";
    if (!/[\\/]d3-selection[\\/]/.test(id) || !code.includes(prototype)) return null;
    let out = code;
    for (const m of [...UNUSED_SELECTION_METHODS, "\\[Symbol\\.iterator\\]"]) {
      const line = new RegExp(`^  ${m}: selection_\\w+,?\\n`, "m");
      if (!line.test(out)) throw new Error(`d3-selection: no ${m} method to leave out`);
      out = out.replace(line, "");
    }
    return { code: out, map: null };
  },
};

// The script tag's <cite-line> loads the TimelineJS and CSV importers from a
// second script, dist/citeline.import.iife.min.js, when its data needs them:
// 10 to 14 KiB of gzip that most pages never use. The npm builds keep
// importing them statically from src/embed/importers.ts.
const lazyImporters = {
  name: "citeline-lazy-importers",
  resolveId(source, importer) {
    if (source !== "./importers.js" || !importer || !/[\\/]src[\\/]embed[\\/]/.test(importer)) return null;
    return fileURLToPath(new URL("./src/embed/importers-script.ts", import.meta.url));
  },
};

// d3-selection's and d3-axis's private fields, the one citeline keeps on
// event nodes, and the renderer's own state (src/chart/state.ts: names no
// option, label, data field or DOM property has; no code reads them by
// string): short names for them take 0.1 KiB of gzip off the script tag.
const PRIVATE =
  /^(_groups|_parents|_names|_parent|_node|_next|_exit|_enter|__on|__axis|__cl|memo|scene|nodes|figureWidth|lastDomain|maxLabel|maxK|fittedBox|nameEnd|laid|refine|minUnit|finest)$/;

const executableCli = {
  name: "citeline-cli",
  writeBundle() {
    chmodSync("dist/cli.js", 0o755);
  },
};

// The entries a consumer imports; the CLI is ESM only (it is run, not imported).
const entries = {
  citeline: "src/index.ts",
  element: "src/embed/register.ts",
  server: "src/server.ts",
  jsx: "src/embed/jsx.ts",
  draft: "src/draft/index.ts",
};

// The CommonJS copies require() the d3 modules, which are ESM only: Node
// loads them through require(esm), on by default in every Node that
// `engines` allows (20.19, 22.12 and later).
const commonjs = {
  input: entries,
  external: isExternal,
  plugins: [ts()],
  output: {
    dir: "dist",
    format: "cjs",
    entryFileNames: "[name].cjs",
    chunkFileNames: "citeline-[name].cjs",
    exports: "named",
  },
};

// Declarations for each format: a .d.cts next to each .cjs, so TypeScript
// under node16/nodenext types require("citeline") as CommonJS, not ESM.
const declarations = (ext) => ({
  input: entries,
  external: isExternal,
  plugins: [dts({ tsconfig: "./tsconfig.build.json" })],
  output: { dir: "dist", format: "es", entryFileNames: `[name].${ext}`, chunkFileNames: `citeline-[name].${ext}` },
});

export default [
  {
    input: { ...entries, cli: "src/cli.ts" },
    external: isExternal,
    plugins: [ts(), writeCss, executableCli],
    output: {
      dir: "dist",
      format: "es",
      entryFileNames: "[name].js",
      chunkFileNames: "citeline-[name].js",
      banner: (chunk) => (chunk.name === "cli" ? "#!/usr/bin/env node" : ""),
    },
  },
  commonjs,
  {
    input: "src/iife.ts",
    // d3 modules build objects at load that rollup cannot prove unused:
    // every d3-time interval, local and UTC (only the UTC ticks are used).
    // Naming their factories pure drops them.
    treeshake: { manualPureFunctions: ["timeInterval", "timeWeekday", "utcWeekday", "bisector"] },
    // Three passes and side-effect-free property reads (no code here reads a
    // property for its side effect) take 0.6 KiB off the gzip weight;
    // function declarations hoisted to the top of their scope (where the
    // language puts them anyway) 0.1 KiB; method
    // shorthand for functions in object literals (d3-selection's helper
    // prototypes; nothing calls them with new) takes 33 bytes; short names
    // for the private properties d3-selection and d3-axis keep on their
    // selections and nodes (only code inside this file reads them) 55.
    plugins: [
      lazyImporters,
      nodeResolve({ browser: true }),
      pruneSelection,
      ts(),
      compactCss,
      stripExamples,
      terser({
        ecma: 2020,
        compress: { passes: 3, pure_getters: true, unsafe_methods: true, hoist_funs: true },
        mangle: { properties: { regex: PRIVATE } },
        format: { comments: false },
      }),
      compileHint,
    ],
    // `extend`: the importers' script adds to the same global, loaded before or after.
    output: { file: "dist/citeline.iife.min.js", format: "iife", name: "citeline", extend: true },
  },
  {
    input: "src/import-iife.ts",
    plugins: [
      nodeResolve({ browser: true }),
      ts(),
      stripExamples,
      terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
    ],
    output: { file: "dist/citeline.import.iife.min.js", format: "iife", name: "citeline", extend: true },
  },
  // citeline/draft for a <script> tag (global `citelineDraft`), apart from the
  // timeline's script so that the drafting rules never weigh on a reader's page.
  {
    input: "src/draft/index.ts",
    plugins: [nodeResolve({ browser: true }), ts(), terser({ ecma: 2020, format: { comments: false } })],
    output: { file: "dist/draft.iife.min.js", format: "iife", name: "citelineDraft" },
  },
  declarations("d.ts"),
  declarations("d.cts"),
];

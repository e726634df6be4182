// Runs real TimelineJS files through citeline: `npm run corpus`.
//
// The files are published TimelineJS3 JSON and Google Sheets CSV exports
// collected from public repositories. They are not ours to redistribute, so
// they live outside the repository, in the folder named by CITELINE_CORPUS
// (default: a `corpus/timelinejs` folder beside the repository). Without
// it, this script says so and exits cleanly.
//
// For each file it prints: slides in (events and eras), out, dropped with an
// error, dropped silently (must be 0), errors, warnings, media in, media kept
// (shown, turned into a quote, or kept for export only; the rest must have
// gone with a slide dropped with an error), exceptions, and page
// errors when <cite-line> draws the file in Chromium from the IIFE bundle.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findChromium, chromiumArgs } from "./chromium.mjs";
import { serve } from "./static-server.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const folder = resolve(process.env.CITELINE_CORPUS ?? join(root, "..", "corpus", "timelinejs"));

if (!existsSync(folder)) {
  console.log(`No corpus at ${folder}.`);
  console.log("Put TimelineJS .json and Google Sheets .csv files there, or set CITELINE_CORPUS to their folder.");
  process.exit(0);
}
const bundle = join(root, "dist", "citeline.iife.min.js");
if (!existsSync(join(root, "dist", "citeline.js")) || !existsSync(bundle)) {
  console.error("dist/ is missing: run `npm run build` first (`npm run corpus` does).");
  process.exit(1);
}
const { fromCSV, fromTimelineJS, normalize } = await import(join(root, "dist", "citeline.js"));

const files = readdirSync(folder)
  .filter((f) => [".json", ".csv"].includes(extname(f).toLowerCase()))
  .sort();
if (files.length === 0) {
  console.log(`The corpus folder ${folder} holds no .json or .csv file.`);
  process.exit(0);
}

/** The slides a file holds, each with its path and whether it has media. */
function slidesOf(name, text) {
  // Slides are counted from the file itself, not from what the importer kept.
  if (extname(name).toLowerCase() === ".csv") return sheetRows(text);
  const doc = JSON.parse(text);
  const slides = [];
  const list = (key) => (Array.isArray(doc?.[key]) ? doc[key] : []);
  list("events").forEach((s, i) => slides.push({ path: `events[${i}]`, media: hasMedia(s) }));
  list("eras").forEach((s, i) => slides.push({ path: `eras[${i}]`, media: false }));
  const extraTitles = Array.isArray(doc?.title) ? doc.title.slice(1) : [];
  extraTitles.forEach((s, i) => slides.push({ path: `title[${i + 1}]`, media: hasMedia(s) }));
  return slides;
}

const hasMedia = (slide) => typeof slide?.media?.url === "string" && slide.media.url.trim() !== "";

/** Data rows of a sheet (not the title row), by their row number, with media when the Media cell is filled. */
function sheetRows(text) {
  const rows = parseRows(text);
  const header = rows[0]?.map((c) => c.trim().toLowerCase()) ?? [];
  const type = header.indexOf("type");
  const media = header.indexOf("media");
  const out = [];
  rows.forEach((row, i) => {
    if (i === 0 || row.every((c) => c.trim() === "")) return;
    if (type >= 0 && (row[type] ?? "").trim().toLowerCase() === "title") return;
    out.push({ path: `rows[${i + 1}]`, media: media >= 0 && (row[media] ?? "").trim() !== "" });
  });
  return out;
}

// Rows as a spreadsheet numbers them: quoted cells may hold commas and line breaks.
function parseRows(text) {
  const rows = [];
  let row = [],
    cell = "",
    quoted = false;
  const s = text.replace(/^\ufeff/, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") (row.push(cell), (cell = ""));
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && s[i + 1] === "\n") i++;
      (row.push(cell), rows.push(row), (row = []), (cell = ""));
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) (row.push(cell), rows.push(row));
  return rows;
}

/** Runs one file through the importer and normalize, and accounts for every slide and media URL. */
function measure(name, text) {
  const csv = extname(name).toLowerCase() === ".csv";
  const imported = csv ? fromCSV(text) : fromTimelineJS(JSON.parse(text));
  const { timeline, diagnostics: later } = normalize(imported.input, imported.paths ? { paths: imported.paths } : {});
  const diagnostics = [...imported.diagnostics, ...later];
  const slides = slidesOf(name, text);
  const errors = diagnostics.filter((d) => d.severity === "error");
  const errorAt = new Set(errors.map((d) => /^[a-z]+\[\d+\]/.exec(d.path)?.[0]));
  const out = timeline.events.length + (timeline.eras ?? []).length;
  const named = slides.filter((s) => errorAt.has(s.path)).length;
  let shown = 0,
    quoted = 0,
    exportOnly = 0;
  for (const e of timeline.events) {
    const kept = e.extra?.timelinejs?.media;
    if (e.media?.length) shown++;
    else if (e.citations.some((c) => c.quote !== undefined) && typeof kept?.url === "string") quoted++;
    else if (typeof kept?.url === "string" && kept.url !== "") exportOnly++;
  }
  return {
    in: slides.length,
    out,
    named,
    silent: Math.max(0, slides.length - out - named),
    errors: errors.length,
    warnings: diagnostics.filter((d) => d.severity === "warning").length,
    mediaIn: slides.filter((s) => s.media).length,
    shown,
    quoted,
    exportOnly,
    // Media of slides dropped with an error went with them, and were named.
    mediaNamed: slides.filter((s) => s.media && errorAt.has(s.path)).length,
    firstErrors: errors.slice(0, 3).map((d) => `${d.path}: ${d.code}`),
  };
}

/** Draws each file with <cite-line src> in Chromium; returns page errors per file (null when Chromium is missing). */
async function draw(names) {
  const executablePath = findChromium();
  if (!executablePath) return null;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const server = await serve(folder);
  const origin = server.url.replace(/\/$/, "");
  const errors = new Map();
  try {
    const context = await browser.newContext();
    // Third-party media would try the network, which this run does not need.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await context.route(`${origin}/__citeline__/**`, (route) => {
      const url = new URL(route.request().url());
      // The element loads its importers' script from beside its own, as a page would.
      const script = /\/(citeline(?:\.import)?\.iife\.min\.js)$/.exec(url.pathname);
      if (script) return route.fulfill({ path: join(root, "dist", script[1]), contentType: "text/javascript" });
      const src = url.searchParams.get("src") ?? "";
      const body = `<!doctype html><meta charset="utf-8"><title>corpus</title><body>
<cite-line src="/${encodeURIComponent(src)}" height="420"></cite-line>
<script src="/__citeline__/citeline.iife.min.js"></script></body>`;
      return route.fulfill({ body, contentType: "text/html" });
    });
    for (const name of names) {
      const page = await context.newPage();
      const seen = [];
      page.on("pageerror", (error) => seen.push(error.message));
      page.on("console", (message) => {
        // Refused third-party requests are this run's doing, not the page's.
        const network = /Failed to load resource|ERR_FAILED|net::/.test(message.text());
        if (message.type() === "error" && !network) seen.push(message.text());
      });
      await page.goto(`${origin}/__citeline__/page?src=${encodeURIComponent(name)}`);
      await page
        .waitForFunction(
          () => {
            const el = document.querySelector("cite-line");
            const root = el?.shadowRoot ?? el;
            return el && !el.hasAttribute("aria-busy") && root.querySelector("figure, .citeline-error");
          },
          null,
          { timeout: 15_000 },
        )
        .catch((error) => seen.push(`not drawn: ${error.message.split("\n")[0]}`));
      const failed = await page.evaluate(() => {
        const el = document.querySelector("cite-line");
        const box = el?.querySelector(".citeline-error") ?? el?.shadowRoot?.querySelector(".citeline-error");
        return box ? box.textContent : null;
      });
      if (failed) seen.push(`error box: ${failed.slice(0, 120)}`);
      errors.set(name, seen);
      await page.close();
    }
  } finally {
    await server.close();
    await browser.close();
  }
  return errors;
}

const rows = [];
for (const name of files) {
  try {
    rows.push({ name, ...measure(name, readFileSync(join(folder, name), "utf8")), exception: "" });
  } catch (error) {
    rows.push({
      name,
      exception: String(error?.stack ?? error)
        .split("\n")
        .slice(0, 2)
        .join(" "),
    });
  }
}
const pageErrors = await draw(files);

const head = [
  "file",
  "in",
  "out",
  "err-drop",
  "silent",
  "errors",
  "warnings",
  "media",
  "shown",
  "quote",
  "export",
  "exc",
  "page",
];
const table = rows.map((r) =>
  [
    r.name,
    r.in,
    r.out,
    r.named,
    r.silent,
    r.errors,
    r.warnings,
    r.mediaIn,
    r.shown,
    r.quoted,
    r.exportOnly,
    r.exception ? 1 : 0,
    pageErrors === null ? "n/a" : (pageErrors.get(r.name)?.length ?? 0),
  ].map((v) => String(v ?? "")),
);
const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log(`corpus: ${folder} (${files.length} files)\n`);
console.log(line(head));
for (const row of table) console.log(line(row));
const sum = (key) => rows.reduce((n, r) => n + (Number(r[key]) || 0), 0);
const pages = pageErrors === null ? "n/a (no Chromium)" : [...pageErrors.values()].reduce((n, e) => n + e.length, 0);
const kept = (r) => (r.shown ?? 0) + (r.quoted ?? 0) + (r.exportOnly ?? 0);
const lost = rows.reduce((n, r) => n + Math.max(0, (r.mediaIn ?? 0) - (r.mediaNamed ?? 0) - kept(r)), 0);
console.log(
  `\ntotal: ${sum("in")} slides in, ${sum("out")} out, ${sum("named")} dropped with an error, ` +
    `${sum("silent")} dropped silently; ${sum("errors")} errors, ${sum("warnings")} warnings; ` +
    `${sum("mediaIn")} media, ${sum("mediaNamed")} dropped with an error, ${lost} lost silently; ` +
    `${rows.filter((r) => r.exception).length} exceptions; page errors: ${pages}`,
);
for (const r of rows) {
  if (r.exception) console.log(`\n${r.name}: exception: ${r.exception}`);
  if (r.firstErrors?.length) console.log(`\n${r.name}: ${r.firstErrors.join("; ")}`);
  const seen = pageErrors?.get(r.name) ?? [];
  if (seen.length) console.log(`\n${r.name} in Chromium: ${seen.slice(0, 3).join(" | ")}`);
}
const bad = rows.some((r) => r.exception || r.silent > 0) || lost > 0 || (pageErrors !== null && pages > 0);
process.exit(bad ? 1 : 0);

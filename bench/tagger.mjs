// Scores findDates on whole TempEval-3 (TimeBank + AQUAINT) documents with the
// TempEval-3 measures, beside chrono-node's own parse on the same documents.
// The documents are read from the shared eval directory beside the repository
// (or the file TAGGER_EVAL names); without it, says so and stops.
//
// A fifth of the documents is held out, chosen once by a hash of the document
// id, and reported apart: rules are tuned on the other four fifths only.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const EVAL = process.env.TAGGER_EVAL ?? resolve(root, "..", "shared", "eval", "tempeval3-tbaq-docs.json");

/** FNV-1a of the id: a fixed split, the same on every machine and every run. */
export function heldOut(doc) {
  let h = 0x811c9dc5;
  for (let i = 0; i < doc.length; i++) h = Math.imul(h ^ doc.charCodeAt(i), 0x01000193) >>> 0;
  return h % 5 === 0;
}

/**
 * Compiles src/ (the files findDates imports) to plain JS under bench/.cache
 * (ignored by git), so the bench reads the source. Not node_modules/.cache:
 * a fresh clone before and after `npm ci` must behave the same, and a git
 * worktree may share its node_modules with another checkout.
 */
function compile(entry) {
  const out = resolve(here, ".cache", "tagger");
  const seen = new Set();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const target = resolve(out, relative(resolve(root, "src"), file)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, js);
    for (const m of source.matchAll(/from\s+"(\.[^"]+)\.js"/g)) queue.push(resolve(dirname(file), `${m[1]}.ts`));
  }
  return resolve(out, relative(resolve(root, "src"), entry)).replace(/\.ts$/, ".js");
}

/** Same value, written two ways: "W7"/"W07", "T17"/"T17:00", a decade "198X"/"198", a century "19XX"/"19". */
const canonical = (v) =>
  (v ?? "")
    .replace(/-W(\d)$/, "-W0$1")
    .replace(/T(\d{2})$/, "T$1:00")
    .replace(/^(\d{3})X$|^(\d{2})XX$/, "$1$2");

/** Extents and values of one system against the gold, counted for precision and recall. */
function tally(acc, gold, found) {
  acc.gold += gold.length;
  acc.found += found.length;
  for (const f of found) {
    const overlap = gold.filter((g) => f.start < g.end && g.start < f.end);
    if (overlap.length) acc.relaxedP++;
    if (overlap.some((g) => g.start === f.start && g.end === f.end)) acc.strictP++;
    if (overlap.some((g) => canonical(g.value) === canonical(f.value))) acc.valueP++;
  }
  for (const g of gold) {
    const overlap = found.filter((f) => f.start < g.end && g.start < f.end);
    if (overlap.length) acc.relaxedR++;
    else acc.missed.set(g.text.toLowerCase(), (acc.missed.get(g.text.toLowerCase()) ?? 0) + 1);
    if (overlap.some((f) => g.start === f.start && g.end === f.end)) acc.strictR++;
    const right = overlap.some((f) => canonical(g.value) === canonical(f.value));
    if (right) acc.valueR++;
    else if (overlap.length) {
      const key = `${g.text}  |  gold ${g.value}  |  got ${overlap.map((f) => `${f.text}=${f.value}`).join(", ")}`;
      acc.wrong.set(key, (acc.wrong.get(key) ?? 0) + 1);
    }
  }
  for (const f of found) {
    if (!gold.some((g) => f.start < g.end && g.start < f.end))
      acc.spurious.set(f.text.toLowerCase(), (acc.spurious.get(f.text.toLowerCase()) ?? 0) + 1);
  }
}

const fresh = () => ({
  gold: 0,
  found: 0,
  relaxedP: 0,
  relaxedR: 0,
  strictP: 0,
  strictR: 0,
  valueP: 0,
  valueR: 0,
  missed: new Map(),
  wrong: new Map(),
  spurious: new Map(),
});

function f1(p, pt, r, rt) {
  const P = pt ? p / pt : 0;
  const R = rt ? r / rt : 0;
  return P + R ? (200 * P * R) / (P + R) : 0;
}

function scores(a) {
  return {
    relaxed: f1(a.relaxedP, a.found, a.relaxedR, a.gold),
    strict: f1(a.strictP, a.found, a.strictR, a.gold),
    value: f1(a.valueP, a.found, a.valueR, a.gold),
    precision: a.found ? (100 * a.relaxedP) / a.found : 0,
    recall: a.gold ? (100 * a.relaxedR) / a.gold : 0,
  };
}

/** chrono-node's own reading, at the precision of its certain components. */
function chronoMentions(chrono, doc) {
  const instant = new Date(`${doc.dct.slice(0, 10)}T12:00:00Z`);
  const p2 = (n) => String(n).padStart(2, "0");
  return chrono.casual.parse(doc.text, { instant, timezone: 0 }).map((r) => {
    const c = r.start;
    const y = String(c.get("year")).padStart(4, "0");
    let value = `${y}-${p2(c.get("month"))}-${p2(c.get("day"))}`;
    if (c.isCertain("hour")) value += `T${p2(c.get("hour"))}:${p2(c.get("minute") ?? 0)}`;
    else if (!c.isCertain("day") && !c.isCertain("weekday"))
      value = c.isCertain("month") ? `${y}-${p2(c.get("month"))}` : c.isCertain("year") ? y : value;
    return { start: r.index, end: r.index + r.text.length, text: r.text, value };
  });
}

const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${String(v).padStart(4)}  ${k}`);
const fmt = (x) => x.toFixed(1).padStart(5);

async function main() {
  if (!existsSync(EVAL)) {
    console.log("bench:tagger: tempeval3-tbaq-docs.json not found (set TAGGER_EVAL to its path); nothing scored.");
    return;
  }
  const { findDates } = await import(pathToFileURL(compile(resolve(root, "src", "draft", "dates.ts"))).href);
  const chrono = await import("chrono-node/en");
  const docs = JSON.parse(readFileSync(EVAL, "utf8"));
  const parts = {
    train: { ours: fresh(), chrono: fresh(), docs: 0 },
    "held-out": { ours: fresh(), chrono: fresh(), docs: 0 },
  };
  const t0 = performance.now();
  for (const doc of docs) {
    const part = parts[heldOut(doc.doc) ? "held-out" : "train"];
    part.docs++;
    // TimeML marks no ages ("a 52-year-old"); findDates types them as durations with \`age\`, left out here.
    const ours = findDates(doc.text, { published: doc.dct.slice(0, 10) }).filter((m) => !m.age);
    tally(part.ours, doc.timexes, ours);
    tally(part.chrono, doc.timexes, chronoMentions(chrono, doc));
  }
  const ms = performance.now() - t0;
  const lines = [];
  const log = (s = "") => lines.push(s);
  log("findDates on TempEval-3 TBAQ documents (TimeBank + AQUAINT), TempEval-3 measures (F1, %)");
  log("");
  log("| part | docs | gold | system | found | relaxed P | relaxed R | relaxed F1 | strict F1 | value F1 |");
  log("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|");
  for (const [name, part] of Object.entries(parts)) {
    for (const [who, acc] of [
      ["findDates", part.ours],
      ["chrono-node", part.chrono],
    ]) {
      const s = scores(acc);
      log(
        `| ${name} | ${part.docs} | ${acc.gold} | ${who} | ${acc.found} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.relaxed)} | ${fmt(s.strict)} | ${fmt(s.value)} |`,
      );
    }
  }
  const n = Math.max(0, Number(process.env.MISSES ?? 25) || 0);
  // Misses are listed from the training part only: the held-out part is never looked into.
  const train = parts.train.ours;
  log("");
  log(`Commonest misses on the training part (gold expressions no found span overlaps), top ${n}:`);
  for (const l of ["```", ...top(train.missed, n), "```"]) log(l);
  log(`Commonest spurious finds on the training part (no gold overlaps), top ${n}:`);
  for (const l of ["```", ...top(train.spurious, n), "```"]) log(l);
  log(`Commonest wrong values on the training part, top ${n}:`);
  for (const l of ["```", ...top(train.wrong, n), "```"]) log(l);
  log("");
  log(`(${docs.length} documents, both taggers, in ${ms.toFixed(0)} ms)`);
  console.log(lines.join("\n"));
  // --write keeps the report in bench/results/tagger.md, with the commit it measured.
  if (process.argv.includes("--write")) {
    const ref = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
    const title = `# bench:tagger at ${ref}\n\nHeld-out: a fifth of the documents chosen by FNV-1a of the id (never tuned on).\n\n`;
    writeFileSync(resolve(here, "results", "tagger.md"), title + lines.join("\n") + "\n");
  }
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) await main();

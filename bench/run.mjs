// `npm run bench`: builds citeline, measures the data module in Node, every
// library side by side in Chromium, and the script-tag weights, then writes
// bench/results/latest.md. Times are medians with min–max over runs; the
// report compares by ratios, since absolute times belong to this machine.
//
//   BENCH_QUICK=1        N = 100 and 1,000, one round (fast iteration)
//   BENCH_N=1000,10000   pick the sizes
//   BENCH_ROUNDS=2       rounds per size (default 3)
//   BENCH_LIBS=citeline,d3   only these libraries
//   BENCH_NO_BUILD=1     measure dist/ as it is (skips `npm run build`)
//   BENCH_NO_NODE=1      skip the Node data-module figures
//   BENCH_LONGTASKS=0    skip the long-task runs (large.html zoom, 50 timelines); =only: nothing else in Chromium
//   BENCH_LONGTASK_RUNS=5  runs of those (default 5)
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../scripts/static-server.mjs";
import { Browser, INPUTS, LIBS, RENDER_TIMEOUT, runOnce } from "./browser.mjs";
import { citelineParts, unminifiedIife, weights } from "./bundle.mjs";
import { longTaskReport, longTaskRuns } from "./longtasks.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const results = join(here, "results");
const env = process.env;
const quick = env.BENCH_QUICK === "1";
const sizes = env.BENCH_N
  ? env.BENCH_N.split(",")
      .map((s) => Number(s.replace(/[_\s]/g, "")))
      .filter((n) => n > 0)
  : quick
    ? [100, 1000]
    : [100, 1000, 10_000, 100_000];
// Three at every size: the median of two is their mean, which one round
// slowed by the machine's neighbours moves. At 100,000 the libraries that
// did not finish are not run again, so the third round costs under a minute.
const ROUNDS = env.BENCH_ROUNDS ? Number(env.BENCH_ROUNDS) : quick ? 1 : 3;
const libs = env.BENCH_LIBS ? LIBS.filter((l) => env.BENCH_LIBS.split(",").includes(l.key)) : LIBS;
const log = (...a) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);
const started = Date.now();
// Other work on the machine moves absolute times; the report states the load it started under.
const loadAtStart = loadavg()[0];
// ...and the highest it saw between runs: neighbours that start mid-run slow
// every library alike, which a figure far off the previous run's explains.
let loadPeak = loadAtStart;

let data = null,
  longtasks = null,
  weight,
  parts,
  chromiumVersion = "",
  minutes = 0;
const runs = [];

async function main() {
  // 1. Build, so the figures are of the current source, not a stale dist/.
  if (env.BENCH_NO_BUILD !== "1") {
    log("npm run build");
    const build = spawnSync("npm", ["run", "build", "--silent"], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (build.status !== 0) {
      log("the build failed; nothing measured (BENCH_NO_BUILD=1 measures the existing dist/)");
      process.exit(1);
    }
  }

  // 2. The data module in Node, in its own process: its heap and RSS are then
  //    its own, and no browser competes for the two cores meanwhile.

  if (env.BENCH_NO_NODE !== "1") {
    log("Node: parseDate, normalize, renderToString");
    const child = spawnSync(process.execPath, ["--expose-gc", join(here, "data.mjs"), ...(quick ? ["--quick"] : [])], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 1 << 24,
    });
    if (child.status !== 0) log("bench/data.mjs failed:\n" + child.stderr);
    else data = JSON.parse(child.stdout);
    loadPeak = Math.max(loadPeak, loadavg()[0]);
  }

  // 3. Weights.
  log("bundle weights");
  weight = weights();
  parts = await citelineParts();

  // 4. Chromium: sizes ascending; within a size, rounds; within a round every
  //    library once, the order rotated each round. A library that did not
  //    finish at a size is not run again at that size or above.
  const server = await serve(root, { port: 0 });
  const browser = await new Browser().start();
  chromiumVersion = browser.version();
  const gaveUp = new Map(); // lib → N at which it did not finish
  try {
    for (const n of env.BENCH_LONGTASKS === "only" ? [] : sizes) {
      for (let r = 0; r < ROUNDS; r++) {
        const order = libs.map((_, i) => libs[(i + r) % libs.length]);
        for (const lib of order) {
          if (gaveUp.has(lib.key) && gaveUp.get(lib.key) <= n) {
            runs.push({ lib: lib.key, n, status: "skipped", errors: [] });
            continue;
          }
          const screenshot = n === 1000 && r === 0 ? join(results, `${lib.key}-1000.png`) : null;
          const t = Date.now();
          const rec = await runOnce(browser, lib, n, { baseUrl: server.url, screenshot });
          rec.round = r;
          runs.push(rec);
          loadPeak = Math.max(loadPeak, loadavg()[0]);
          if (rec.status === "dnf") gaveUp.set(lib.key, n);
          log(
            `N=${n} round ${r + 1}/${ROUNDS} ${lib.key}: ${rec.status}${rec.firstRender ? `, first render ${Math.round(rec.firstRender)} ms` : ""} (${Math.round((Date.now() - t) / 1000)} s)${rec.errors.length ? ` errors: ${rec.errors.slice(0, 2).join(" | ")}` : ""}`,
          );
        }
      }
    }
    // 5. Long tasks a reader meets: zooming large.html, and a page of 50 timelines.
    if (env.BENCH_LONGTASKS !== "0" && libs.some((l) => l.key === "citeline")) {
      const n = Number(env.BENCH_LONGTASK_RUNS ?? 5);
      const readable = (await unminifiedIife())[0].code;
      longtasks = await longTaskRuns(browser, server.url, n, log, readable);
      loadPeak = Math.max(loadPeak, loadavg()[0]);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  // 6. The report.
  minutes = (Date.now() - started) / 60000;
  mkdirSync(results, { recursive: true });
  const md = report();
  writeFileSync(join(results, "latest.md"), md);
  writeFileSync(
    join(results, "latest.json"),
    JSON.stringify(
      {
        sizes,
        chromiumVersion,
        data,
        longtasks,
        weight,
        parts,
        runs: runs.map(({ phases, ...r }) => ({
          ...r,
          phases:
            phases &&
            Object.fromEntries(
              Object.entries(phases).map(([k, p]) => [
                k,
                { ...p, intervals: p.intervals.map((x) => Math.round(x * 10) / 10) },
              ]),
            ),
        })),
      },
      null,
      1,
    ),
  );
  process.stdout.write(md);
  log(`done in ${minutes.toFixed(1)} min; wrote bench/results/latest.md`);
}

// ---------------------------------------------------------------------------

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function summary(xs) {
  const v = xs.filter((x) => Number.isFinite(x));
  return v.length ? { median: median(v), min: Math.min(...v), max: Math.max(...v), count: v.length } : null;
}
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] : NaN;
}
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const fmt = (x, digits = 0) =>
  Number.isFinite(x)
    ? x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : "–";
/** "median (min–max)"; a single run shows just its value. */
function cell(s, digits = 0, unit = "") {
  if (!s) return "–";
  const m = `${fmt(s.median, digits)}${unit}`;
  return s.count > 1 ? `${m} (${fmt(s.min, digits)}–${fmt(s.max, digits)})` : m;
}
const mb = (bytes) => bytes / 1e6;
const kib = (bytes) => bytes / 1024;

/** Every figure of one library at one size, over its finished runs. */
function figures(lib, n) {
  const all = runs.filter((r) => r.lib === lib && r.n === n);
  const ok = all.filter((r) => r.status === "ok" || r.status === "error");
  const done = ok.filter((r) => Number.isFinite(r.firstRender));
  const phase = (key, stat) => summary(done.filter((r) => r.phases?.[key]).map((r) => stat(r.phases[key].intervals)));
  const combined = (r) => (r.phases ? Object.values(r.phases).flatMap((p) => p.intervals) : null);
  const withFrames = done.filter((r) => r.phases);
  return {
    all,
    done,
    dnf: all.filter((r) => r.status === "dnf").length,
    skipped: all.filter((r) => r.status === "skipped").length,
    errors: [...new Set(all.flatMap((r) => r.errors))],
    firstRender: summary(done.map((r) => r.firstRender)),
    avg: summary(withFrames.map((r) => mean(combined(r)))),
    p95: summary(withFrames.map((r) => percentile(combined(r), 95))),
    zoomIn: { avg: phase("zoomIn", mean), p95: phase("zoomIn", (x) => percentile(x, 95)) },
    pan: { avg: phase("pan", mean), p95: phase("pan", (x) => percentile(x, 95)) },
    zoomOut: { avg: phase("zoomOut", mean), p95: phase("zoomOut", (x) => percentile(x, 95)) },
    inputs: summary(withFrames.map((r) => Object.values(r.phases).reduce((a, p) => a + p.inputs, 0))),
    moved: withFrames.length
      ? Object.fromEntries(["zoomIn", "pan", "zoomOut"].map((k) => [k, withFrames.every((r) => r.phases[k].moved)]))
      : null,
    nodes: summary(done.map((r) => r.nodes)),
    heap: summary(done.map((r) => mb(r.heap))),
  };
}

function status(f) {
  const total = f.all.length;
  if (!total) return "not run";
  if (f.skipped === total) return "skipped (did not finish at a smaller N)";
  if (f.dnf === total - f.skipped && f.dnf) return `did not finish (> ${RENDER_TIMEOUT / 1000} s)`;
  const parts = [`${f.done.length}/${total - f.skipped} runs`];
  if (f.dnf) parts.push(`${f.dnf} did not finish`);
  return parts.join(", ");
}

function ratio(a, b) {
  if (!a || !b || !(b.median > 0)) return "–";
  const r = a.median / b.median;
  return `${r >= 10 ? fmt(r, 0) : r >= 1 ? fmt(r, 1) : fmt(r, 2)}×`;
}

function report() {
  const L = [];
  const cpu = cpus();
  const libName = (key) => LIBS.find((l) => l.key === key)?.name ?? key;
  L.push("# citeline benchmark");
  L.push("");
  L.push(
    `Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? "unknown CPU"}), Chromium ${chromiumVersion} headless (software raster), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Load average ${fmt(loadAtStart, 1)} at the start, up to ${fmt(loadPeak, 1)} between runs (the bench's own browser counts toward it). Whole run ${minutes.toFixed(1)} min${quick ? ", BENCH_QUICK=1" : ""}.`,
  );
  L.push("");
  L.push(
    "Figures are medians with (min–max) over runs; absolute times belong to this machine, so compare the ratios. How each figure is taken: bench/README.md.",
  );
  L.push("");

  // Targets first: the question the benchmark answers.
  const targets = [];
  const c = (n) => (sizes.includes(n) && libs.some((l) => l.key === "citeline") ? figures("citeline", n) : null);
  const mark = (ok) => (ok === null ? "– (not measured)" : ok ? "✅ pass" : "❌ fail");
  const t10 = c(10_000),
    t100 = c(100_000),
    t1 = c(1000);
  const check = (f, key, limit) => (f?.[key] ? f[key].median <= limit : null);
  targets.push(["N = 10,000: first render ≤ 300 ms", t10?.firstRender, "ms", check(t10, "firstRender", 300)]);
  targets.push(["N = 10,000: zoom/pan frames avg ≤ 17 ms", t10?.avg, "ms", check(t10, "avg", 17)]);
  targets.push(["N = 10,000: zoom/pan frames p95 ≤ 33 ms", t10?.p95, "ms", check(t10, "p95", 33)]);
  targets.push(["N = 10,000: retained heap ≤ 10 MB", t10?.heap, "MB", check(t10, "heap", 10)]);
  targets.push(["N = 100,000: first render ≤ 1,000 ms", t100?.firstRender, "ms", check(t100, "firstRender", 1000)]);
  targets.push(["N = 100,000: zoom/pan frames p95 ≤ 50 ms", t100?.p95, "ms", check(t100, "p95", 50)]);
  targets.push(["N = 1,000: zoom/pan frames p95 ≤ 17 ms", t1?.p95, "ms", check(t1, "p95", 17)]);
  const iife = weight.citeline.gzip;
  targets.push(["IIFE (stylesheet included) ≤ 60 KiB gzip", { median: kib(iife), count: 1 }, "KiB", kib(iife) <= 60]);
  if (data) {
    targets.push([
      "normalize of 100,000 events in Node ≤ 1 s",
      data.normalize.ms,
      "ms",
      data.normalize.ms.median <= 1000,
    ]);
    targets.push([
      "renderToString of the showcase ≤ 100 ms after warm-up",
      data.render.ms,
      "ms",
      data.render.ms.median <= 100,
    ]);
  }
  L.push("## Targets (issue 7)");
  L.push("");
  L.push("| target | citeline | |");
  L.push("|---|---:|---|");
  for (const [name, s, unit, ok] of targets)
    L.push(
      `| ${name} | ${s ? cell({ ...s, count: s.count ?? s.runs ?? 1 }, unit === "ms" ? 0 : 1, ` ${unit}`) : "–"} | ${mark(ok)} |`,
    );
  L.push("");

  // Browser tables.
  for (const n of sizes) {
    L.push(`## Chromium, N = ${n.toLocaleString("en-US")} (${ROUNDS} round${ROUNDS > 1 ? "s" : ""})`);
    L.push("");
    L.push("| library | runs | first render ms | frame avg ms | frame p95 ms | DOM nodes | retained heap MB |");
    L.push("|---|---|---:|---:|---:|---:|---:|");
    const f = Object.fromEntries(libs.map((l) => [l.key, figures(l.key, n)]));
    for (const l of libs) {
      const x = f[l.key];
      const noZoom = !l.zoom ? "no zoom" : "–";
      L.push(
        `| ${libName(l.key)} | ${status(x)} | ${cell(x.firstRender)} | ${x.avg ? cell(x.avg, 1) : noZoom} | ${x.p95 ? cell(x.p95, 1) : noZoom} | ${cell(x.nodes)} | ${cell(x.heap, 1)} |`,
      );
    }
    L.push("");
    L.push("Frames per phase (avg / p95 ms, medians over runs):");
    L.push("");
    L.push("| library | zoom-in (wheel) | pan (drag) | zoom-out (wheel) | inputs sent | view moved (in / pan / out) |");
    L.push("|---|---:|---:|---:|---:|---|");
    for (const l of libs) {
      const x = f[l.key];
      if (!l.zoom || !x.avg) continue;
      const ph = (p) => `${fmt(p.avg?.median, 1)} / ${fmt(p.p95?.median, 1)}`;
      const moved = x.moved ? ["zoomIn", "pan", "zoomOut"].map((k) => (x.moved[k] ? "yes" : "no")).join(" / ") : "–";
      L.push(
        `| ${libName(l.key)} | ${ph(x.zoomIn)} | ${ph(x.pan)} | ${ph(x.zoomOut)} | ${fmt(x.inputs?.median)} of ${3 * INPUTS} | ${moved} |`,
      );
    }
    L.push("");
    if (f.citeline?.done.length) {
      L.push("citeline ÷ peer (below 1× means citeline is faster or smaller):");
      L.push("");
      L.push("| peer | first render | frame avg | frame p95 | DOM nodes | retained heap |");
      L.push("|---|---:|---:|---:|---:|---:|");
      for (const l of libs) {
        if (l.key === "citeline") continue;
        const x = f[l.key],
          y = f.citeline;
        L.push(
          `| ${libName(l.key)} | ${ratio(y.firstRender, x.firstRender)} | ${ratio(y.avg, x.avg)} | ${ratio(y.p95, x.p95)} | ${ratio(y.nodes, x.nodes)} | ${ratio(y.heap, x.heap)} |`,
        );
      }
      L.push("");
    }
    const errs = libs.filter((l) => f[l.key].errors.length);
    if (errs.length) {
      L.push("Page errors:");
      for (const l of errs)
        L.push(
          `- ${libName(l.key)}: ${f[l.key].errors
            .slice(0, 3)
            .map(
              (e) =>
                `\`${e
                  .replace(/\s+/g, " ")
                  .replace(/`/g, "'")
                  .replace(/http:\/\/127\.0\.0\.1:\d+\//g, "/")
                  .slice(0, 160)}\``,
            )
            .join("; ")}`,
        );
      L.push("");
    }
  }

  if (longtasks) L.push(longTaskReport(longtasks));

  // Weights.
  L.push("## Script-tag weight");
  L.push("");
  L.push("What each benchmark page loads by tag (JS and CSS), minified as published, gzip -9 per file.");
  L.push("");
  L.push("| library | minified KiB | gzip KiB | citeline ÷ it (gzip) |");
  L.push("|---|---:|---:|---:|");
  const row = (name, w, showRatio) =>
    L.push(
      `| ${name} | ${fmt(kib(w.min), 1)} | ${fmt(kib(w.gzip), 1)} | ${showRatio ? ratio({ median: weight.citeline.gzip }, { median: w.gzip }) : ""} |`,
    );
  row(`${libName("citeline")} (dist/citeline.iife.min.js, stylesheet inside)`, weight.citeline, false);
  row("citeline for strict-CSP pages (+ dist/citeline.css)", weight.citelineCsp, false);
  for (const key of ["vis", "timelinejs", "milestones", "d3"]) row(libName(key), weight[key], true);
  L.push("");
  L.push(
    "What the IIFE is made of (each module minified alone, summed by origin; shares are of that sum and applied to the file's gzip size as estimates):",
  );
  L.push("");
  L.push("| part | modules | share | ≈ minified KiB | ≈ gzip KiB | largest packages |");
  L.push("|---|---:|---:|---:|---:|---|");
  for (const p of parts) {
    const pk = Object.entries(p.packages)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([k, v]) => `${k} ${fmt(kib(v), 1)}`)
      .join(", ");
    L.push(
      `| ${p.part} | ${p.modules} | ${fmt(p.share * 100, 1)}% | ${fmt(kib(p.share * weight.citeline.min), 1)} | ${fmt(kib(p.share * weight.citeline.gzip), 1)} | ${pk} |`,
    );
  }
  L.push("");

  if (data) {
    const p = data.parse,
      z = data.normalize,
      r = data.render;
    L.push("## Node: the data module");
    L.push("");
    L.push(
      `parseDate against bare \`chrono.casual.parseDate\` on the same ${p.expressions} news date expressions (bench/data.mjs), same process, ${p.parseDate.runs} interleaved rounds. parseDate returns a date for ${p.parsed} of them, chrono for ${p.chronoParsed}.`,
    );
    L.push("");
    L.push("| parser | expressions/s |");
    L.push("|---|---:|");
    L.push(`| citeline parseDate | ${cell({ ...p.parseDate, count: p.parseDate.runs })} |`);
    L.push(`| chrono-node alone | ${cell({ ...p.chrono, count: p.chrono.runs })} |`);
    L.push(
      `| **parseDate time ÷ chrono time** (its overhead) | **${cell({ ...p.overhead, count: p.overhead.runs }, 2, "×")}** |`,
    );
    L.push("");
    L.push(
      `normalize of ${z.events.toLocaleString("en-US")} synthetic events (${z.ranges.toLocaleString("en-US")} ranges, ${z.datedByText.toLocaleString("en-US")} dated only by citations' dateText against their sources' published dates; ${z.out.toLocaleString("en-US")} events out, ${z.diagnostics.toLocaleString("en-US")} diagnostics):`,
    );
    L.push("");
    L.push("| figure | value |");
    L.push("|---|---:|");
    L.push(`| events/s (warm runs) | ${cell({ ...z.eventsPerSecond, count: z.eventsPerSecond.runs })} |`);
    L.push(`| ms per 100,000 (warm runs) | ${cell({ ...z.ms, count: z.ms.runs })} |`);
    L.push(`| ms, first (cold) run | ${fmt(z.coldMs)} |`);
    L.push(`| heap retained by the result (after GC) | ${fmt(mb(z.heapRetained), 1)} MB |`);
    L.push(`| peak RSS growth during the cold run | ${fmt(mb(z.peakRss), 1)} MB |`);
    L.push("");
    L.push(
      `renderToString of the showcase (${r.events} events, ${fmt(r.bytes / 1024, 1)} KiB of HTML) through dist/server.js: ${cell({ ...r.ms, count: r.ms.runs }, 1, " ms")} after warm-up (first call ${fmt(r.firstMs)} ms, which includes creating the jsdom window).`,
    );
    L.push("");
  }

  L.push("## Screenshots");
  L.push("");
  L.push(
    "One per library at N = 1,000, first round, right after the first render: `bench/results/<library>-1000.png` (not committed; look at them after a run).",
  );
  L.push("");
  return L.join("\n") + "\n";
}

await main();

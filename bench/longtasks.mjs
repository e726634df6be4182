// Long tasks a reader meets on two citeline pages, in real Chromium: zooming
// examples/large.html (10,000 events) with ctrl+wheel, and loading and
// scrolling a page of 50 timelines (bench/pages/blog.html). Each run records
// the page's 'longtask' entries (PerformanceObserver, buffered from the
// first script) and a CDP CPU profile of the same window, whose samples
// give the functions the time went to.
//
//   node bench/longtasks.mjs [runs]    one scenario after the other, `runs` times (default 5);
//                                      writes bench/results/longtasks.md (and .json, not committed)
//
// `npm run bench` runs the same (bench/run.mjs) into latest.md; alone, this
// measures dist/ as it is, without building it.
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../scripts/static-server.mjs";
import { Browser } from "./browser.mjs";
import { unminifiedIife } from "./bundle.mjs";

/** The wheel notches of a zoom, sent as fast as Chromium acknowledges them. */
export const NOTCHES = 20;
/** Quiet time after an interaction for the work it scheduled (idle layouts, lazy draws) to run. */
const AFTER = 1_500;
/** Page steps of the 50-timeline page's scroll, each a plain wheel notch. */
const SCROLL_NOTCHES = 60;

// Installed before any page script: every long task from the first one on.
const OBSERVE = () => {
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
};

const settle = (page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))),
  );
const now = (page) => page.evaluate(() => performance.now());
const tasksBetween = (page, t0, t1) =>
  page.evaluate(([a, b]) => window.__longtasks.filter((t) => t.start >= a && t.start < b), [t0, t1]);

/**
 * Self time per function in a CDP profile (ms), biggest first: the
 * functions the CPU was in when sampled, each sample weighted by the time
 * to the next one. Idle is left out.
 */
export function selfTimes(profile, top = 12) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ms = new Map();
  const { samples = [], timeDeltas = [] } = profile;
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]);
    const f = node?.callFrame;
    if (!f || f.functionName === "(idle)") continue;
    const file = f.url ? f.url.replace(/^.*\//, "") : "";
    const key = `${f.functionName || "(anonymous)"}${file ? ` ${file}:${f.lineNumber + 1}` : ""}`;
    const dt = (timeDeltas[i + 1] ?? 0) / 1000;
    ms.set(key, (ms.get(key) ?? 0) + dt);
  }
  const total = [...ms.values()].reduce((a, b) => a + b, 0);
  const rows = [...ms.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, t]) => ({ fn, ms: Math.round(t * 10) / 10 }));
  return { total: Math.round(total), rows };
}

/**
 * Records a Chromium trace of the page's main thread, for the CPU time of
 * each task (the trace's thread time): a task's wall time on a busy
 * machine includes the time the OS gave other processes, its CPU time
 * does not, so that figure is the one that compares across runs. `mark`
 * puts a named instant into the trace; `cpu` returns, per window between
 * two marks, the longest task's CPU time.
 */
async function traced(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  await cdp.send("Tracing.start", {
    categories: "devtools.timeline,disabled-by-default-devtools.timeline,toplevel",
    transferMode: "ReportEvents",
  });
  return {
    mark: (name) => page.evaluate((n) => console.timeStamp(n), name),
    async cpu(windows) {
      const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
      await cdp.send("Tracing.end");
      await done;
      await cdp.detach();
      // The page's main thread is the one the marks are on (a navigation may have moved it to a new process).
      const marks = events.filter((e) => e.name === "TimeStamp");
      const thread = marks[0];
      const main = events.filter((e) => e.pid === thread?.pid && e.tid === thread?.tid);
      const at = (name) => marks.find((e) => e.args?.data?.message === name)?.ts ?? NaN;
      const tasks = main.filter((e) => e.ph === "X" && e.name === "RunTask" && e.tdur);
      return Object.fromEntries(
        Object.entries(windows).map(([key, [from, to]]) => {
          const a = from ? at(from) : 0,
            b = to ? at(to) : Infinity;
          const inside = tasks.filter((t) => t.ts >= a && t.ts < b);
          return [key, Math.round(inside.reduce((m, t) => Math.max(m, t.tdur / 1000), 0))];
        }),
      );
    },
  };
}

async function profiled(page, body) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  const out = await body();
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.detach();
  return { ...out, profile: selfTimes(profile) };
}

/**
 * A fresh context at 1200×800; with `script`, the page's citeline script
 * tag gets that code instead of dist/'s (the profile run's readable build).
 */
async function freshPage(b, script) {
  const context = await b.browser.newContext({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 });
  if (script)
    await context.route("**/dist/citeline.iife.min.js", (route) =>
      route.fulfill({ body: script, contentType: "text/javascript; charset=utf-8" }),
    );
  return { context, page: await context.newPage() };
}

const longest = (tasks) => tasks.reduce((m, t) => Math.max(m, t.duration), 0);
const summarize = (tasks) => ({
  longest: Math.round(longest(tasks)),
  count: tasks.length,
  total: Math.round(tasks.reduce((s, t) => s + t.duration, 0)),
  tasks: tasks.map((t) => Math.round(t.duration)),
});

/**
 * large.html: its load (generate, normalize, first draw), then NOTCHES
 * quick ctrl+wheel notches at the chart's centre. Resolves to the long
 * tasks of each part and the profile of the zoom.
 */
export async function zoomLarge(b, baseUrl, script = null) {
  const { context, page } = await freshPage(b, script);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  try {
    await page.addInitScript(OBSERVE);
    const trace = await traced(page);
    const load = await profiled(page, async () => {
      await page.goto(`${baseUrl}examples/large.html`, { waitUntil: "load" });
      await page.waitForSelector("#chart svg.citeline-chart");
      await page.waitForFunction(() => document.getElementById("stats")?.textContent !== "");
      await settle(page);
      await page.waitForTimeout(AFTER);
      await trace.mark("loaded");
      return { tasks: summarize(await tasksBetween(page, 0, await now(page))) };
    });
    const box = await page.locator("#chart svg.citeline-chart").boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 250));
    const zoom = await profiled(page, async () => {
      await trace.mark("zoom");
      const t0 = await now(page);
      const before = await page.evaluate(() => document.querySelector("#chart figure").dataset.domainStart);
      await page.keyboard.down("Control");
      for (let i = 0; i < NOTCHES; i++) await page.mouse.wheel(0, -100);
      await page.keyboard.up("Control");
      await page.waitForTimeout(AFTER);
      const after = await page.evaluate(() => document.querySelector("#chart figure").dataset.domainStart);
      return { moved: before !== after, tasks: summarize(await tasksBetween(page, t0, await now(page))) };
    });
    const cpu = await trace.cpu({ load: [null, "loaded"], zoom: ["zoom", null] });
    load.cpu = cpu.load;
    zoom.cpu = cpu.zoom;
    return { errors, load, zoom };
  } finally {
    await context.close();
  }
}

/**
 * bench/pages/blog.html: 50 `<cite-line>` elements down one page. Its load
 * until every element in view has drawn, then a scroll to the bottom with
 * plain wheel notches (as a reader reads on), then `beforeprint`'s draw of
 * the rest. Resolves to the long tasks of each part, how many elements had
 * drawn after load, and the profiles.
 */
export async function blogPage(b, baseUrl, script = null) {
  const { context, page } = await freshPage(b, script);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const drawn = () => page.evaluate(() => [...document.querySelectorAll("cite-line")].filter((e) => e.timeline).length);
  try {
    await page.addInitScript(OBSERVE);
    const trace = await traced(page);
    const load = await profiled(page, async () => {
      await page.goto(`${baseUrl}bench/pages/blog.html`, { waitUntil: "load" });
      await page.waitForFunction(() => document.querySelector("cite-line")?.timeline);
      await settle(page);
      await page.waitForTimeout(AFTER);
      await trace.mark("loaded");
      return { tasks: summarize(await tasksBetween(page, 0, await now(page))), drawn: await drawn() };
    });
    await page.mouse.move(600, 400);
    const scroll = await profiled(page, async () => {
      await trace.mark("scroll");
      const t0 = await now(page);
      for (let i = 0; i < SCROLL_NOTCHES; i++) {
        await page.mouse.wheel(0, 400);
        // A reader's notches come about a frame or two apart, not all at once.
        await page.waitForTimeout(30);
      }
      await page.waitForTimeout(AFTER);
      return {
        tasks: summarize(await tasksBetween(page, t0, await now(page))),
        drawn: await drawn(),
        scrolled: await page.evaluate(() => Math.round(scrollY)),
      };
    });
    const cpu = await trace.cpu({ load: [null, "loaded"], scroll: ["scroll", null] });
    load.cpu = cpu.load;
    scroll.cpu = cpu.scroll;
    return { errors, load, scroll, total: await page.evaluate(() => document.querySelectorAll("cite-line").length) };
  } finally {
    await context.close();
  }
}

/**
 * `runs` runs of each scenario, interleaved, on dist/'s script; then, with
 * `readable` (citeline's script unminified), one more run of each whose
 * profile names citeline's functions (its times are not in the figures).
 */
export async function longTaskRuns(b, baseUrl, runs, log = () => {}, readable = null) {
  const out = { large: [], blog: [], profile: null };
  for (let r = 0; r < runs; r++) {
    const large = await zoomLarge(b, baseUrl);
    out.large.push(large);
    log(
      `longtasks ${r + 1}/${runs} large.html: load longest ${large.load.tasks.longest} ms (CPU ${large.load.cpu}), zoom longest ${large.zoom.tasks.longest} ms (CPU ${large.zoom.cpu})`,
    );
    const blog = await blogPage(b, baseUrl);
    out.blog.push(blog);
    log(
      `longtasks ${r + 1}/${runs} 50 timelines: load longest ${blog.load.tasks.longest} ms (CPU ${blog.load.cpu}, ${blog.load.drawn} drawn), scroll longest ${blog.scroll.tasks.longest} ms (CPU ${blog.scroll.cpu})`,
    );
  }
  if (readable) {
    log("longtasks: one more run of each with citeline unminified, for the profile");
    out.profile = { large: await zoomLarge(b, baseUrl, readable), blog: await blogPage(b, baseUrl, readable) };
  }
  return out;
}

const median = (xs) => {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return v.length ? (v.length % 2 ? v[v.length >> 1] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2) : NaN;
};
const range = (xs) => `${Math.round(median(xs))} (${Math.min(...xs)}–${Math.max(...xs)})`;

/** Self times summed over every run of a phase, top `top`: where the time went. */
function pooled(phases, top = 10) {
  const ms = new Map();
  for (const p of phases) for (const r of p.profile.rows) ms.set(r.fn, (ms.get(r.fn) ?? 0) + r.ms);
  const total = phases.reduce((a, p) => a + p.profile.total, 0);
  return [...ms]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, t]) => ({ fn, share: t / total, ms: t / phases.length }));
}

/**
 * The report's section on long tasks: per scenario the median (min–max)
 * over runs of the longest task (wall time, as the PerformanceObserver saw
 * it) and of the longest task's CPU time, how many long tasks, and the
 * functions the time went to.
 */
export function longTaskReport(out) {
  const L = [];
  const runs = out.large.length;
  L.push(`## Long tasks: large.html and a page of 50 timelines (${runs} runs)`);
  L.push("");
  L.push(
    "The longest task citeline causes, as Chromium's `longtask` PerformanceObserver reports it (wall time, which on a busy 2-core machine includes the time other processes had the CPU), and the same window's longest task in CPU time (thread time from a Chromium trace; what citeline itself costs). Goal: no task over 50 ms. How each is taken: bench/longtasks.mjs.",
  );
  L.push("");
  L.push("| scenario | longest task ms | its CPU ms | long tasks (> 50 ms) | note |");
  L.push("|---|---:|---:|---:|---|");
  const row = (name, phases, note) =>
    L.push(
      `| ${name} | ${range(phases.map((p) => p.tasks.longest))} | ${range(phases.map((p) => p.cpu))} | ${range(phases.map((p) => p.tasks.count))} | ${note} |`,
    );
  const large = out.large,
    blog = out.blog;
  row(
    "large.html (10,000 events): load",
    large.map((r) => r.load),
    "generate in slices, normalizeAsync, first draw",
  );
  row(
    `large.html: ${NOTCHES} ctrl+wheel notches`,
    large.map((r) => r.zoom),
    `view moved: ${large.every((r) => r.zoom.moved) ? "yes" : "no"}`,
  );
  row(
    "50 timelines: load",
    blog.map((r) => r.load),
    `drawn after load: ${range(blog.map((r) => r.load.drawn))} of ${blog[0]?.total ?? 50}`,
  );
  row(
    `50 timelines: scroll (${SCROLL_NOTCHES} wheel notches)`,
    blog.map((r) => r.scroll),
    `drawn after scrolling: ${range(blog.map((r) => r.scroll.drawn))}`,
  );
  L.push("");
  const errors = [...new Set([...large, ...blog].flatMap((r) => r.errors))];
  if (errors.length) L.push(`Page errors: ${errors.map((e) => `\`${e.slice(0, 120)}\``).join("; ")}`, "");
  // The readable run's profile when there is one: the minified script's functions have one-letter names.
  const pl = out.profile ? [out.profile.large] : large,
    pb = out.profile ? [out.profile.blog] : blog;
  const how = out.profile
    ? "of one more run of each scenario with citeline's script unminified (same source, every function named)"
    : "all runs pooled";
  L.push(
    `Where the time went: CPU profile self time (sampled every 0.2 ms), ${how}; \`(program)\` is the browser's own work (style, layout, paint, compositing):`,
  );
  L.push("");
  for (const [name, phases] of [
    ["large.html load", pl.map((r) => r.load)],
    ["large.html zoom", pl.map((r) => r.zoom)],
    ["50 timelines load", pb.map((r) => r.load)],
    ["50 timelines scroll", pb.map((r) => r.scroll)],
  ]) {
    const top = pooled(phases)
      .map((r) => `${r.fn.replace(/\|/g, "\\|")} ${(r.share * 100).toFixed(0)}%`)
      .join(", ");
    L.push(`- **${name}**: ${top}`);
  }
  L.push("");
  return L.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2] ?? 5);
  const root = fileURLToPath(new URL("..", import.meta.url));
  const server = await serve(root, { port: 0 });
  const b = await new Browser().start();
  try {
    const readable = (await unminifiedIife())[0].code;
    const out = await longTaskRuns(b, server.url, runs, (...a) => console.error(...a), readable);
    const md = `# citeline long tasks\n\nMachine load average at the end: ${loadavg()[0].toFixed(1)}; Chromium ${b.version()}.\n\n${longTaskReport(out)}`;
    writeFileSync(join(root, "bench/results/longtasks.md"), md);
    writeFileSync(join(root, "bench/results/longtasks.json"), JSON.stringify(out, null, 1));
    process.stdout.write(md);
  } finally {
    await b.close();
    await server.close();
  }
}

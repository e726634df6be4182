// The browser side of `npm run bench`: every library on the same seeded
// events in real Chromium, a fresh browser context (and so a fresh page and
// heap) per run, libraries interleaved within each round so that machine
// noise (other processes, thermal state) spreads over all of them alike.
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { chromiumArgs, findChromium } from "../scripts/chromium.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const version = (pkg) => JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")).version;

/**
 * The libraries, in the order tables list them. `zoom: false`: no zoom or pan handlers to drive.
 * `wheelKey`: the key a reader holds to zoom with the wheel (citeline's gestures are cooperative:
 * a plain wheel scrolls the page); the peers zoom with a plain wheel.
 */
export const LIBS = [
  {
    key: "citeline",
    name: `citeline ${JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version}`,
    page: "citeline.html",
    zoom: true,
    wheelKey: "Control",
  },
  { key: "vis", name: `vis-timeline ${version("vis-timeline")}`, page: "vis.html", zoom: true },
  { key: "timelinejs", name: `TimelineJS ${version("@knight-lab/timelinejs")}`, page: "timelinejs.html", zoom: true },
  { key: "milestones", name: `d3-milestones ${version("d3-milestones")}`, page: "milestones.html", zoom: false },
  { key: "d3", name: "minimal D3 (floor)", page: "d3.html", zoom: true },
];

export const VIEWPORT = { width: 1200, height: 600 };
/** Per-run limit on the first render; past it the run is "did not finish". */
export const RENDER_TIMEOUT = 60_000;
/** Inputs per interaction phase, and the most wall-clock time one phase may take. */
export const INPUTS = 30;
export const PHASE_BUDGET = 12_000;
/**
 * Quiet time between the page's load and the clock. For about a second
 * after load the renderer keeps both of the machine's two cores busy (V8
 * optimizing the code that generated the events on a background thread,
 * and native work on the main thread), and any script run then is slowed:
 * without this wait, first renders at N = 10,000 took 1.7 (citeline) and
 * 1.3 (minimal D3) times as long, and a bare allocate-and-sort loop twice
 * as long. Waiting longer than a second changed nothing more.
 */
export const SETTLE = 1_000;

const PHASES = [
  { key: "zoomIn", kind: "wheel", deltaY: -100 },
  { key: "pan", kind: "drag", step: -15 },
  { key: "zoomOut", kind: "wheel", deltaY: 100 },
];

class Timeout extends Error {}
function within(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Timeout(`${what} took over ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
/** Nearest-rank percentile. */
export function percentile(xs, p) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Owns the Chromium process; restarts it after a run that had to be abandoned. */
export class Browser {
  async start() {
    const executablePath = findChromium();
    if (!executablePath) throw new Error("no Chromium found (set CHROMIUM_PATH)");
    // Frame pacing must not be throttled in a page nobody looks at.
    this.browser = await chromium.launch({
      executablePath,
      args: [
        ...chromiumArgs,
        "--disable-renderer-backgrounding",
        "--disable-background-timer-throttling",
        "--disable-backgrounding-occluded-windows",
      ],
    });
    return this;
  }
  version() {
    return this.browser.version();
  }
  async restart() {
    await within(this.browser.close(), 15_000, "closing the browser").catch(() => {});
    await this.start();
  }
  async close() {
    await within(this.browser.close(), 15_000, "closing the browser").catch(() => {});
  }
}

/**
 * One run of one library at one size in a fresh context. Resolves to a
 * record; a render past RENDER_TIMEOUT gives `{ status: "dnf" }` and the
 * browser is restarted (a renderer stuck in a long task cannot be trusted).
 */
export async function runOnce(b, lib, n, { baseUrl, screenshot }) {
  const context = await b.browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // The network here is closed: a peer reaching for a web font or CDN file
  // fails to load it. That is noted apart and does not spoil the run.
  const network = [];
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    (/^Failed to load resource/.test(m.text()) ? network : errors).push(m.text());
  });
  page.on("requestfailed", (req) => network.push(req.url()));
  const record = { lib: lib.key, n, status: "ok", errors, network };
  let abandoned = false;
  try {
    await page.goto(`${baseUrl}bench/pages/${lib.page}?n=${n}`, { waitUntil: "load", timeout: 60_000 });
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 });
    await page.waitForTimeout(SETTLE);
    const cdp = await context.newCDPSession(page);
    // Retained heap = JS heap in use after a full GC, after the render minus
    // before it (the input data already exists in both, so it cancels out).
    const heap = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      await cdp.send("HeapProfiler.collectGarbage");
      return (await cdp.send("Runtime.getHeapUsage")).usedSize;
    };
    const heapBefore = await heap();
    try {
      record.firstRender = await within(
        page.evaluate(() => window.bench.render()),
        RENDER_TIMEOUT,
        "first render",
      );
    } catch (error) {
      if (error instanceof Timeout) {
        record.status = "dnf";
        abandoned = true;
        return record;
      }
      throw error;
    }
    record.nodes = await page.evaluate(() => window.bench.nodes());
    record.heap = (await heap()) - heapBefore;
    if (screenshot) {
      mkdirSync(dirname(screenshot), { recursive: true });
      await page.screenshot({ path: screenshot });
    }
    if (lib.zoom) {
      const target = await page.evaluate(() => window.bench.target);
      const box = target ? await page.locator(target).first().boundingBox() : null;
      if (!box) throw new Error(`no interaction target ${target}`);
      const cx = box.x + box.width / 2,
        cy = box.y + Math.min(box.height / 2, 250);
      record.phases = {};
      for (const phase of PHASES) record.phases[phase.key] = await interact(page, phase, cx, cy, lib.wheelKey);
    }
    if (errors.length) record.status = "error";
  } catch (error) {
    record.status = "error";
    errors.push(String(error.message ?? error).split("\n")[0]);
    if (error instanceof Timeout) abandoned = true;
  } finally {
    if (abandoned) await b.restart();
    else await within(context.close(), 20_000, "closing the context").catch(() => b.restart());
  }
  return record;
}

/**
 * One phase: INPUTS real inputs, frame intervals recorded in the page.
 * Each input is awaited until Chromium acknowledges it; Chromium delivers
 * wheel and mouse-move events aligned to animation frames and acknowledges
 * them after the page's handlers ran, so this sends about one input per
 * frame and never piles up inputs faster than a slow page handles them.
 * (Waiting for a rAF round trip after each input instead leaves three idle
 * frames between inputs, which dilutes the average.)
 */
async function interact(page, phase, cx, cy, wheelKey) {
  const before = await page.evaluate(() => window.bench.view());
  await page.mouse.move(cx, cy);
  await page.evaluate(() => window.bench.startFrames());
  const started = Date.now();
  let inputs = 0;
  if (phase.kind === "drag") await page.mouse.down();
  if (phase.kind === "wheel" && wheelKey) await page.keyboard.down(wheelKey);
  for (let i = 1; i <= INPUTS; i++) {
    if (phase.kind === "wheel") await page.mouse.wheel(0, phase.deltaY);
    else await page.mouse.move(cx + i * phase.step, cy);
    inputs++;
    if (Date.now() - started > PHASE_BUDGET) break;
  }
  if (phase.kind === "drag") await page.mouse.up();
  if (phase.kind === "wheel" && wheelKey) await page.keyboard.up(wheelKey);
  const intervals = await within(
    page.evaluate(() => window.bench.stopFrames()),
    PHASE_BUDGET * 2,
    "the last frame",
  );
  const after = await page.evaluate(() => window.bench.view());
  return {
    inputs,
    intervals,
    avg: mean(intervals),
    p95: percentile(intervals, 95),
    moved: before !== after,
    before,
    after,
  };
}

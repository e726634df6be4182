// `npm run soak`: the long variants of the reliability tests.
//  1. normalize 1,000,000 events in one call: it must finish, account for
//     every event, and keep memory bounded (reported: heap and RSS).
//  2. the Chromium lifecycle test with 10x the cycles (SOAK=1).
// Run after `npm run build` (the script builds if dist/ is missing).
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
if (!existsSync(resolve(root, "dist/citeline.js")))
  spawnSync("npm", ["run", "build", "--silent"], { stdio: "inherit", cwd: root });
const { normalize } = await import("../dist/citeline.js");

function synthetic(count) {
  let state = 12345;
  const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
  const sources = [
    { id: "a", title: "Wire A", published: "2026-12-31" },
    { id: "b", title: "Wire B", published: "2026-12-31" },
  ];
  const events = new Array(count);
  const t0 = Date.UTC(2025, 0, 1);
  for (let i = 0; i < count; i++) {
    const t = t0 + Math.floor(random() * 730) * 86_400_000;
    const day = new Date(t).toISOString().slice(0, 10);
    events[i] = {
      title: `Event ${i}`,
      start: day,
      group: `g${i % 4}`,
      citations: [{ source: i % 2 ? "a" : "b", quote: "q" }],
    };
    if (random() < 0.3)
      events[i].end = new Date(t + 86_400_000 * (1 + Math.floor(random() * 20))).toISOString().slice(0, 10);
  }
  return { sources, events };
}

const mb = (n) => `${(n / 1048576).toFixed(0)} MB`;
const count = Number(process.env.SOAK_EVENTS ?? 1_000_000);
const input = synthetic(count);
global.gc?.();
const base = process.memoryUsage();
const started = performance.now();
const { timeline, diagnostics } = normalize(input);
const ms = performance.now() - started;
const peak = process.memoryUsage();
const errors = diagnostics.filter((d) => d.severity === "error").length;
console.log(
  `normalize: ${count.toLocaleString("en")} events -> ${timeline.events.length.toLocaleString("en")} events, ${errors} errors, ${diagnostics.length - errors} warnings in ${(ms / 1000).toFixed(1)} s`,
);
console.log(
  `memory: heap ${mb(base.heapUsed)} -> ${mb(peak.heapUsed)}, rss ${mb(base.rss)} -> ${mb(peak.rss)} (${((peak.heapUsed - base.heapUsed) / count) | 0} bytes of heap per event)`,
);
if (timeline.events.length + errors !== count) {
  console.error("events were lost");
  process.exit(1);
}

const browser = spawnSync("npx", ["vitest", "run", "--project", "browser", "tests/browser/lifecycle.test.ts"], {
  stdio: "inherit",
  cwd: root,
  env: { ...process.env, SOAK: "1" },
});
process.exit(browser.status ?? 1);

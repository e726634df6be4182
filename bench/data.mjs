// The data module's throughput in Node (issue 3's last "Done when" and
// issue 7's normalize and renderToString targets). Run by bench/run.mjs
// in a child process started with --expose-gc, so its heap and RSS figures
// are its own; prints one JSON object on stdout.
//
//   node --expose-gc bench/data.mjs [--quick]
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as chrono from "chrono-node/en";
import { rng } from "./pages/events.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const { parseDate, normalize } = await import(pathToFileURL(join(root, "dist", "citeline.js")).href);
const { renderToString } = await import(pathToFileURL(join(root, "dist", "server.js")).href);
const quick = process.argv.includes("--quick");

/**
 * Date expressions as news articles write them (each as the whole string a
 * citation's dateText would hold). All resolve against REFERENCE, the
 * publication day of a report on the Kremlin talks.
 */
export const EXPRESSIONS = [
  "Tuesday (Dec 2)",
  "Monday, Dec. 1",
  "on Tuesday evening",
  "Tuesday",
  "last Thursday",
  "Dec. 2, 2025",
  "December 2, 2025",
  "2 December 2025",
  "Dec 2",
  "on Dec. 1",
  "December 2025",
  "last June",
  "this year",
  "last year",
  "last week",
  "next week",
  "two weeks ago",
  "three days ago",
  "yesterday",
  "yesterday afternoon",
  "today",
  "tonight",
  "this morning",
  "earlier this month",
  "last month",
  "next month",
  "in November",
  "the third quarter",
  "Q3 2025",
  "the first half of 2025",
  "2025-12-02",
  "2025-12",
  "2025",
  "2025-12-02T18:00+03:00",
  "18:00 MSK",
  "11 a.m. ET",
  "at 9:30 p.m. Moscow time",
  "Dec. 2 at 18:00 UTC+3",
  "Nov. 30",
  "on Sunday",
  "over the weekend",
  "in the summer of 2024",
  "last summer",
  "this spring",
  "in the 1990s",
  "the late 1970s",
  "about 1990",
  "early December",
  "mid-November",
  "late October",
  "February 24, 2022",
  "in February 2022",
  "since 2014",
  "a week earlier",
  "on Friday, Nov. 28",
  "Thursday night",
  "the day before",
  "on Nov. 22",
  "28 November",
  "earlier on Tuesday",
  "in 2026",
];
const REFERENCE = "2025-12-03";
const REFERENCE_DATE = new Date(Date.UTC(2025, 11, 3, 12));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
const gc = () => {
  globalThis.gc?.();
  globalThis.gc?.();
};

/** Expressions per second of `fn` over the list, repeated until at least `ms` elapsed. */
function rate(fn, ms) {
  let count = 0;
  const t0 = performance.now();
  let t = t0;
  do {
    for (const text of EXPRESSIONS) fn(text);
    count += EXPRESSIONS.length;
    t = performance.now();
  } while (t - t0 < ms);
  return (count / (t - t0)) * 1000;
}

/** parseDate against bare chrono-node, same process, interleaved rounds (order alternates). */
function parseThroughput() {
  const ours = (text) => parseDate(text, { reference: REFERENCE });
  const bare = (text) => chrono.casual.parseDate(text, REFERENCE_DATE);
  // Warm-up: both through the JIT before anything counts.
  rate(ours, 300);
  rate(bare, 300);
  const rounds = quick ? 3 : 9,
    ms = quick ? 200 : 500;
  const a = [],
    b = [],
    ratio = [];
  for (let r = 0; r < rounds; r++) {
    let x, y;
    if (r % 2) {
      y = rate(bare, ms);
      x = rate(ours, ms);
    } else {
      x = rate(ours, ms);
      y = rate(bare, ms);
    }
    a.push(x);
    b.push(y);
    ratio.push(y / x);
  }
  const parsed = EXPRESSIONS.filter((t) => ours(t) !== null).length;
  const chronoParsed = EXPRESSIONS.filter((t) => bare(t) !== null).length;
  return {
    expressions: EXPRESSIONS.length,
    parsed,
    chronoParsed,
    parseDate: stats(a),
    chrono: stats(b),
    overhead: stats(ratio),
  };
}

const WORDS = ["talks", "sanctions", "ceasefire", "summit", "ruling", "budget", "strike", "vote", "visit", "plan"];
const DATE_TEXTS = [
  "Tuesday",
  "last week",
  "on Monday",
  "two days ago",
  "yesterday",
  "last month",
  "this week",
  "on Friday evening",
  "earlier this month",
  "last Thursday",
];

/**
 * `n` loose input events, seeded: 40 sources with published days (a fifth
 * of them spans of two days) and 8 groups; 30% ranges; a mix of day, month
 * and minute-precision ISO starts; a fifth of the events give no start and
 * are dated by their citations' dateText against the sources' published
 * dates; every event cites one to three sources.
 */
export function syntheticInput(n, seed = 7) {
  const random = rng(seed);
  const day0 = Date.UTC(2024, 0, 1),
    DAY = 86_400_000;
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  const sources = Array.from({ length: 40 }, (_, i) => {
    const t = day0 + Math.floor(random() * 730) * DAY;
    return {
      id: `s${i}`,
      title: `Wire report ${i}`,
      publisher: `Desk ${i % 7}`,
      url: `https://example.org/r/${i}`,
      published: i % 5 ? iso(t) : `${iso(t)}/${iso(t + 2 * DAY)}`,
    };
  });
  const groups = Array.from({ length: 8 }, (_, i) => ({ id: `g${i}`, label: `Group ${i}` }));
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = day0 + Math.floor(random() * 730) * DAY;
    const cites = 1 + Math.floor(random() * 3);
    const citations = [];
    for (let c = 0; c < cites; c++)
      citations.push({
        source: `s${Math.floor(random() * 40)}`,
        quote: c ? undefined : `We discussed the ${WORDS[i % 10]}.`,
        speaker: c ? undefined : "A spokesperson",
      });
    const event = {
      id: `ev${i}`,
      title: `${WORDS[i % 10]} ${i}`,
      group: `g${i % 8}`,
      tags: [WORDS[(i + 3) % 10]],
      citations,
    };
    const kind = random();
    if (kind < 0.2) {
      // Dated only by how the citing sources wrote it.
      for (const c of citations) c.dateText = DATE_TEXTS[Math.floor(random() * DATE_TEXTS.length)];
    } else if (kind < 0.3) event.start = iso(t).slice(0, 7);
    else if (kind < 0.4) event.start = `${iso(t)}T${String(Math.floor(random() * 24)).padStart(2, "0")}:30:00Z`;
    else event.start = iso(t);
    if (event.start && event.start.length === 10 && random() < 0.5)
      event.end = iso(t + (1 + Math.floor(random() * 20)) * DAY);
    for (const c of citations) {
      if (c.quote === undefined) delete c.quote;
      if (c.speaker === undefined) delete c.speaker;
    }
    events[i] = event;
  }
  return { title: "Synthetic", groups, sources, events };
}

/** normalize of 100,000 events: ms and events/s per run; heap retained by the result and peak RSS. */
function normalizeThroughput() {
  const n = 100_000;
  const input = syntheticInput(n);
  const ranges = input.events.filter((e) => e.end).length,
    byText = input.events.filter((e) => !e.start).length;
  gc();
  const rssBefore = process.memoryUsage().rss,
    heapBefore = process.memoryUsage().heapUsed;
  // The first (cold) run also gives the memory figures.
  let t0 = performance.now();
  let result = normalize(input);
  const cold = performance.now() - t0;
  const peakRss = process.resourceUsage().maxRSS * 1024 - rssBefore;
  gc();
  const heapRetained = process.memoryUsage().heapUsed - heapBefore;
  const diagnostics = result.diagnostics.length,
    out = result.timeline.events.length;
  result = null;
  const ms = [];
  for (let r = 0; r < (quick ? 2 : 5); r++) {
    gc();
    t0 = performance.now();
    normalize(input);
    ms.push(performance.now() - t0);
  }
  return {
    events: n,
    ranges,
    datedByText: byText,
    out,
    diagnostics,
    coldMs: cold,
    ms: stats(ms),
    eventsPerSecond: stats(ms.map((x) => (n / x) * 1000)),
    heapRetained,
    peakRss,
  };
}

/** renderToString of the showcase after warm-up, in ms. */
function renderThroughput() {
  const showcase = JSON.parse(readFileSync(join(root, "data", "kremlin-talks-2025.json"), "utf8"));
  let t0 = performance.now();
  const html = renderToString(showcase);
  const first = performance.now() - t0;
  for (let i = 0; i < 10; i++) renderToString(showcase);
  const ms = [];
  for (let i = 0; i < (quick ? 10 : 40); i++) {
    t0 = performance.now();
    renderToString(showcase);
    ms.push(performance.now() - t0);
  }
  return { events: showcase.events.length, bytes: html.length, firstMs: first, ms: stats(ms) };
}

// Measures only when run as a script (run.mjs imports nothing from here).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = {
    node: process.version,
    parse: parseThroughput(),
    normalize: normalizeThroughput(),
    render: renderThroughput(),
  };
  process.stdout.write(JSON.stringify(out));
}

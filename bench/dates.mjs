// Scores parseDate on the TempEval-3 development set (the shared eval directory
// beside the repository, or the file DATES_EVAL names) beside chrono-node alone.
// Skips with a message when absent.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { heldOut } from "./tagger.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const EVAL = process.env.DATES_EVAL ?? resolve(here, "..", "..", "shared", "eval", "tempeval3-tbaq.json");

const FORMS = [
  ["century", /^-?\d{2}$/],
  ["decade", /^-?\d{3}$/],
  ["year", /^-?\d{4}$/],
  ["season", /^\d{4}-(?:SP|SU|FA|WI)$/],
  ["quarter", /^\d{4}-Q[1-4]$/],
  ["month", /^\d{4}-\d{2}$/],
  ["week", /^\d{4}-W\d{1,2}$/],
  ["day", /^\d{4}-\d{2}-\d{2}$/],
  ["part-of-day", /^\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI)$/],
  ["time", /^\d{4}-\d{2}-\d{2}T\d{2}(?::\d{2}(?::\d{2})?)?$/],
];

/** The gold form of a TIMEX3 value, or undefined when it names no calendar span. */
export function formOf(value) {
  return FORMS.find(([, re]) => re.test(value))?.[0];
}

/**
 * Normalizes a gold value for comparison ("2000-W7" and "2000-W07" are the same week; "T17" is "T17:00";
 * "T24", the end of a day, is 00:00 of the next day).
 */
export function canonical(value) {
  const v = value.replace(/-W(\d)$/, "-W0$1").replace(/T(\d{2})$/, "T$1:00");
  const m = /^(\d{4})-(\d{2})-(\d{2})T24:00$/.exec(v);
  if (!m) return v;
  const next = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1));
  return `${next.toISOString().slice(0, 10)}T00:00`;
}

const PART = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI" };

/** A When written as a TIMEX3 value at its precision. */
export function timex(when) {
  if (!when) return null;
  const iso = when.iso.split("/")[0];
  if (when.partOfDay && when.precision === "day") return `${iso}T${PART[when.partOfDay]}`;
  if (when.precision === "hour" || when.precision === "minute" || when.precision === "second") {
    const local = iso.replace(/(?:Z|[+-]\d{2}:\d{2})$/, "");
    return when.precision === "hour" ? `${local}:00` : local;
  }
  return iso;
}

/** chrono-node alone, formatted at the precision of its certain components. */
export function chronoValue(chrono, text, dct) {
  const instant = new Date(`${dct.slice(0, 10)}T12:00:00Z`);
  const r = chrono.casual.parse(text, { instant, timezone: 0 })[0];
  if (!r) return null;
  const c = r.start;
  const p2 = (n) => String(n).padStart(2, "0");
  const y = String(c.get("year")).padStart(4, "0");
  if (c.isCertain("hour"))
    return `${y}-${p2(c.get("month"))}-${p2(c.get("day"))}T${p2(c.get("hour"))}:${p2(c.get("minute") ?? 0)}`;
  if (c.isCertain("day") || c.isCertain("weekday")) return `${y}-${p2(c.get("month"))}-${p2(c.get("day"))}`;
  if (c.isCertain("month")) return `${y}-${p2(c.get("month"))}`;
  if (c.isCertain("year")) return y;
  return `${y}-${p2(c.get("month"))}-${p2(c.get("day"))}`;
}

/** Scores a parser on the calendar-span items; returns totals, per-form counts and failures. */
export function score(items, value) {
  const byForm = {};
  const failures = new Map();
  let right = 0;
  for (const item of items) {
    const form = formOf(item.value);
    const got = value(item);
    const ok = got !== null && canonical(got) === canonical(item.value);
    const f = (byForm[form] ??= { right: 0, total: 0 });
    f.total++;
    if (ok) {
      f.right++;
      right++;
    } else if (!item.doc || !heldOut(item.doc)) {
      // Failures are listed from bench:tagger's training part only: its held-out fifth is never looked into.
      const key = `${item.text}\t${item.dct.slice(0, 10)}\t${item.value}\t${got}`;
      failures.set(key, (failures.get(key) ?? 0) + 1);
    }
  }
  return { right, total: items.length, byForm, failures };
}

export function calendarItems(all) {
  return all.filter((x) => (x.type === "DATE" || x.type === "TIME") && formOf(x.value) !== undefined);
}

const pct = (r, t) => (t === 0 ? "   -  " : `${((100 * r) / t).toFixed(1).padStart(5)}%`);

export function report(items, ours, theirs, log = console.log) {
  const a = score(items, ours);
  const b = score(items, theirs);
  log(`parseDate on ${a.total} calendar-span DATE/TIME items of TempEval-3 (TBAQ)`);
  log(`${"form".padEnd(12)} ${"items".padStart(5)}  ${"parseDate".padStart(9)}  ${"chrono".padStart(7)}`);
  for (const [form] of FORMS) {
    const x = a.byForm[form];
    if (!x) continue;
    const y = b.byForm[form] ?? { right: 0 };
    log(
      `${form.padEnd(12)} ${String(x.total).padStart(5)}  ${pct(x.right, x.total).padStart(9)}  ${pct(y.right, x.total).padStart(7)}`,
    );
  }
  log(
    `${"total".padEnd(12)} ${String(a.total).padStart(5)}  ${pct(a.right, a.total).padStart(9)}  ${pct(b.right, b.total).padStart(7)}   (${a.right} vs ${b.right})`,
  );
  // FAILURES=n prints more of them (or fewer); the default keeps the report short.
  const n = Math.max(0, Number(process.env.FAILURES ?? 20) || 0);
  log(`\n${n} most common failures outside the held-out documents (count, text, dct, gold, got):`);
  const top = [...a.failures].sort((p, q) => q[1] - p[1]).slice(0, n);
  for (const [key, n] of top) log(`${String(n).padStart(3)}  ${key.split("\t").join("  |  ")}`);
  return a;
}

async function main() {
  if (!existsSync(EVAL)) {
    console.log("bench:dates: tempeval3-tbaq.json not found (set DATES_EVAL to its path); skipping.");
    return;
  }
  const { parseDate } = await import(pathToFileURL(resolve(here, "..", "dist", "citeline.js")).href);
  const chrono = await import("chrono-node/en");
  const items = calendarItems(JSON.parse(readFileSync(EVAL, "utf8")));
  const ours = (x) => timex(parseDate(x.text, { reference: x.dct, context: `${x.before} ${x.text} ${x.after}` }));
  const theirs = (x) => {
    try {
      return chronoValue(chrono, x.text, x.dct);
    } catch {
      return null;
    }
  };
  const t0 = performance.now();
  report(items, ours, theirs);
  console.log(`\n(${items.length} items scored in ${(performance.now() - t0).toFixed(0)} ms, both parsers)`);
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) await main();

// Issue 23 item 9 on a drawn chart: with locale "de" and German labels, the
// cluster tooltips, the details panel and the list say "vor", "ca." and
// "abends", never "before", "c." or "evening". At c0a3b53 the hedges and the
// part of the day were English words fixed in the formatter, and `hedge` and
// `partOfDay` were not labels (the options refused them).
import { afterEach, expect, test } from "vitest";
import type { TimelineInput, When } from "../../src/data/types.js";
import { timeline } from "../../src/timeline.js";

afterEach(() => document.body.replaceChildren());

const DAY = 86_400_000;
const when = (d: number, extra: Partial<When>): When => {
  const earliest = Date.UTC(2025, 11, d);
  return { iso: `2025-12-0${d}`, precision: "day", earliest, latest: earliest + DAY, ...extra };
};

function input(): TimelineInput {
  const events: TimelineInput["events"] = [];
  // Many hedged events on two days: their labels cannot all fit, so "+N" pills form.
  for (let k = 0; k < 40; k++) {
    const start = when(2 + (k % 2), { qualifier: "about" });
    events.push({ id: `e${k}`, title: `Gespräch Nummer ${k} im Kreml`, start, citations: ["s"] });
  }
  const start = when(1, { qualifier: "before", partOfDay: "evening" });
  events.push({ id: "vorher", title: "Vorgespräch", start, citations: ["s"] });
  return { sources: [{ id: "s", title: "Quelle" }], events };
}

const hedges = { before: "vor", after: "nach", about: "etwa", early: "Anfang", mid: "Mitte", late: "Ende" };
const labels = {
  hedge: (date: string, q: keyof typeof hedges, short: boolean) =>
    `${q === "about" && short ? "ca." : hedges[q]} ${date}`,
  partOfDay: (date: string, _part: string, period: string) => `${date}, ${period}`,
  cluster: (n: number, from: string, to: string) => `${n} weitere, ${from === to ? from : `${from} bis ${to}`}`,
};

test("cluster tooltips, details and list use the hedge and partOfDay labels", () => {
  const fig = timeline(input(), { width: 640, locale: "de", labels });
  document.body.append(fig);
  const titles = [...fig.querySelectorAll(".citeline-cluster title")].map((t) => t.textContent ?? "");
  expect(titles.length).toBeGreaterThan(0);
  for (const t of titles) {
    // Which hedged events find no label room depends on the first view; each says its hedge in German.
    expect(t).toMatch(/^\d+ weitere, (ca\.|vor|nach) \d+\. Dez\. 2025/);
    expect(t).not.toMatch(/\bc\. |before|about/);
  }
  fig.select("vorher");
  expect(fig.querySelector(".citeline-details")!.textContent).toContain("vor 1. Dezember 2025, abends");
  const list = fig.querySelector('.citeline-listview li[data-event-id="vorher"]')!.textContent;
  expect(list).toContain("vor 1. Dezember 2025, abends");
  expect(fig.textContent).not.toMatch(/evening|before /);
});

test("without labels, locale de still says the part of the day in German (Intl's dayPeriod)", () => {
  const fig = timeline(input(), { width: 640, locale: "de" });
  document.body.append(fig);
  fig.select("vorher");
  const details = fig.querySelector(".citeline-details")!.textContent;
  expect(details).toContain("1. Dezember 2025 (abends)");
  expect(details).not.toContain("evening");
});

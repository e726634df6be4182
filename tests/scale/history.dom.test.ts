// The chart over all of history, drawn in jsdom: a cosmology timeline (Knight
// Lab's template reaches 13.8 billion years back) draws without throwing and
// with readable ticks, zooms from billions of years to single years, and a
// BCE timeline's axis, list and details read "3500 BC".
import { afterEach, describe, expect, test } from "vitest";
import type { TimelineInput } from "../../src/data/types.js";
import { timeline, type TimelineHandle } from "../../src/timeline.js";
import { bronzeAge, cosmology } from "./history.fixtures.js";

afterEach(() => document.body.replaceChildren());

function chart(data: TimelineInput, options: Parameters<typeof timeline>[1] = {}): HTMLElement & TimelineHandle {
  const fig = timeline(data, { width: 960, document, ...options });
  document.body.replaceChildren(fig);
  return fig;
}

const ticks = (fig: HTMLElement): string[] => [...fig.querySelectorAll(".tick text")].map((t) => t.textContent ?? "");

describe("deep time", () => {
  test("a cosmology timeline draws every event and an axis in billions of years", () => {
    const errors: unknown[] = [];
    const fig = chart(cosmology, { onError: (e: unknown) => errors.push(e) } as never);
    expect(errors).toEqual([]);
    const labels = ticks(fig);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels.some((l) => /billion years ago$/.test(l))).toBe(true);
    // The right edge leaves room for labels, so the axis may run on past the present.
    for (const l of labels) expect(l).toMatch(/^(\d+(\.\d+)? billion years (ago|from now)|2000)$/);
    // The Big Bang sits at the left edge, the rest crowd toward the present on the right.
    const bang = fig.querySelector('[data-event-id="bang"]')?.getAttribute("transform") ?? "";
    expect(Number(/translate\(([\d.]+)/.exec(bang)?.[1])).toBeLessThan(60);
    const moon = fig.querySelector('[data-event-id="moon"]')?.getAttribute("transform") ?? "";
    expect(Number(/translate\(([\d.]+)/.exec(moon)?.[1])).toBeGreaterThan(700);
    expect(fig.dataset.domainStart).toMatch(/^-\d{11}$/);
    const list = fig.querySelector(".citeline-list")?.textContent ?? "";
    expect(list).toContain("13.8 billion years ago");
    expect(list).toContain("66 million years ago");
    expect(list).toContain("300,000 years ago");
    expect(list).toContain("10,000 BC");
    expect(list).toContain("July 20, 1969");
  });

  test("zooming from billions of years to the Moon landing's year keeps readable ticks", () => {
    const fig = chart(cosmology);
    const seen: string[][] = [];
    for (const [a, b] of [
      ["-4600000000", "-4400000000"],
      ["-70000000", "-60000000"],
      ["-350000", "-250000"],
      ["-12000", "-8000"],
      ["1960", "1980"],
      ["1969-07", "1969-08"],
    ] as const) {
      fig.zoomTo(a, b);
      const labels = ticks(fig);
      expect(labels.length, `${a} to ${b}`).toBeGreaterThanOrEqual(2);
      for (const l of labels) expect(l).not.toMatch(/NaN|Invalid|undefined/);
      seen.push(labels);
    }
    expect(seen[0]!.join(" ")).toMatch(/4\.\d+ billion years ago/);
    expect(seen[1]!.join(" ")).toMatch(/6\d million years ago/);
    expect(seen[2]!.join(" ")).toMatch(/\d{3},000 years ago/);
    expect(seen[3]!.join(" ")).toMatch(/\d{1,2},?\d{3} BC/);
    expect(seen[4]!.join(" ")).toMatch(/19[678]\d/);
  });

  test("a narrow container (vertical layout) and a display time zone draw deep time too", () => {
    const narrow = chart(cosmology, { width: 380 });
    expect(narrow.textContent).toContain("13.8 billion years ago");
    expect(narrow.dataset.domainStart).toMatch(/^-\d{11}$/);
    const zoned = chart(cosmology, { timeZone: "Europe/Berlin" });
    expect(ticks(zoned).some((l) => /billion years ago$/.test(l))).toBe(true);
    zoned.zoomTo("1969-07-19", "1969-07-22");
    expect(ticks(zoned).join(" ")).toMatch(/Jul 2\d/);
  });

  test("selecting a deep-time event writes its date in the details panel", () => {
    const fig = chart(cosmology, { selected: "impact" });
    expect(fig.querySelector(".citeline-details")?.textContent).toContain("66 million years ago");
  });
});

describe("BCE", () => {
  test("the axis reads round BC years, 3500 BC among them, never 4001 BC … 1 BC", () => {
    const labels = ticks(chart(bronzeAge));
    expect(labels).toContain("3500 BC");
    for (const l of labels) expect(l).toMatch(/^3\d{3} BC$/);
    expect(labels.join(" ")).not.toMatch(/\b\d*1 BC/);
  });

  test("list and details write the historical year", () => {
    const fig = chart(bronzeAge, { selected: "uruk" });
    expect(fig.querySelector(".citeline-details")?.textContent).toContain("3500 BC");
    const list = fig.querySelector(".citeline-list")?.textContent ?? "";
    expect(list).toContain("3500 BC");
    expect(list).toContain("3200 BC – 3100 BC");
  });

  test("era words come from labels, in the horizontal and the narrow layout", () => {
    const fig = chart(bronzeAge, { labels: { bc: (y: string) => `${y} v. Chr.` } });
    // Which years get ticks follows the first view; each says the era in the labels' words.
    expect(ticks(fig).filter((t) => /^\d+ v\. Chr\.$/.test(t)).length).toBeGreaterThan(1);
    expect(ticks(fig).join()).not.toContain(" BC");
    const narrow = chart(bronzeAge, { width: 380, labels: { bc: (y: string) => `${y} v. Chr.` } });
    expect(narrow.querySelector("svg.citeline-chart")?.textContent).toContain("3500 v. Chr.");
    expect(narrow.querySelector("svg.citeline-chart")?.textContent).not.toContain(" BC");
  });
});

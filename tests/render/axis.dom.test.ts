// The drawn axis at every zoom level (issue 24): the zoom limit follows the
// finest precision in the data, and from the full view to that limit the
// axis keeps three labelled ticks or more whose labels never touch (by the
// width estimate jsdom has; tests/browser/ticks.test.ts measures real text).
import { afterEach, describe, expect, test } from "vitest";
import type { TimelineInput } from "../../src/data/types.js";
import { timeline } from "../../src/timeline.js";
import { DAY, HOUR, MINUTE } from "../../src/scale/time.js";
import { utc } from "../../src/data/dates/when.js";
import { cosmology } from "../scale/history.fixtures.js";

afterEach(() => document.body.replaceChildren());

const event = (id: string, start: string) => ({ id, title: `Event ${id}`, start, citations: [] });
const minutes: TimelineInput = {
  events: [event("a", "2025-12-02T18:04Z"), event("b", "2025-12-02T18:41Z"), event("c", "2025-12-03")],
};
const days: TimelineInput = { events: [event("a", "2025-12-01"), event("b", "2025-12-02"), event("c", "2025-12-09")] };
const years: TimelineInput = { events: [event("a", "1931"), event("b", "1987"), event("c", "2025")] };

function mount(data: TimelineInput, width: number) {
  const fig = timeline(data, { width, layout: "horizontal", timeZone: "UTC" });
  document.body.append(fig);
  return fig;
}

const span = (fig: HTMLElement) => Date.parse(fig.dataset.domainEnd!) - Date.parse(fig.dataset.domainStart!);

/** The axis's labels with their extents, placed as their anchors say (11px text, 6.5px a character at most). */
function labels(fig: HTMLElement): { text: string; left: number; right: number }[] {
  return [...fig.querySelectorAll<SVGGElement>("g.citeline-axis .tick")].map((g) => {
    const x = Number(/translate\(([-\d.]+)/.exec(g.getAttribute("transform") ?? "")![1]);
    const text = g.querySelector("text")!;
    const w = (text.textContent ?? "").length * 6.5,
      dx = Number(text.getAttribute("x") ?? 0),
      anchor = text.getAttribute("text-anchor");
    const left = anchor === "start" ? x + dx : anchor === "end" ? x + dx - w : x - w / 2;
    return { text: text.textContent ?? "", left, right: left + w };
  });
}

describe("the zoom limit follows the data's finest precision", () => {
  const cases: [string, TimelineInput, number][] = [
    ["clock minutes", minutes, 10 * MINUTE],
    ["days", days, 3 * DAY],
    ["years", years, 3 * 365 * DAY],
  ];
  for (const [name, data, limit] of cases)
    test(`${name}: zoomed all the way in, the view spans about ${limit / MINUTE} minutes`, () => {
      const fig = mount(data, 960);
      const a = Date.parse(data.events[0]!.start as string);
      fig.zoomTo(a, a + 1000);
      expect(span(fig)).toBeGreaterThan(limit * 0.98);
      expect(span(fig)).toBeLessThan(limit * 1.3);
    });
});

describe("ticks at every zoom level", () => {
  for (const width of [320, 768, 1440])
    for (const [name, data] of [
      ["clock minutes", minutes],
      ["days", days],
      ["years", years],
    ] as const)
      test(`${name} at ${width}px: three labelled ticks or more (two on a phone), none touching, from the full view to the limit`, () => {
        const fig = mount(data, width);
        const full = span(fig);
        const mid = Date.parse(fig.dataset.domainStart!) + full / 2;
        for (let s = full; ; s /= 3) {
          fig.zoomTo(mid - s / 2, mid + s / 2);
          const ls = labels(fig);
          console.log(
            width,
            name,
            (s / HOUR).toFixed(2),
            JSON.stringify(ls.map((l) => [l.text, Math.round(l.left), Math.round(l.right)])),
          );
          // A 288px plot has room for two clock times with a day ("Dec 3, 11:50 AM"), and sometimes no third.
          expect(ls.length, `${s / HOUR} h`).toBeGreaterThanOrEqual(width < 400 ? 2 : 3);
          for (let i = 1; i < ls.length; i++) expect(ls[i]!.left, ls[i]!.text).toBeGreaterThan(ls[i - 1]!.right);
          if (s < span(fig) * 0.9) break; // at the limit: the view no longer narrows
        }
      });
});

describe("deep time zoomed all the way in", () => {
  test("days 13.8 billion years ago are ticked, the first with its year", () => {
    // The Moon landing's day sets the limit: three days, wherever they are.
    const fig = mount(cosmology, 960);
    const t = utc(-13_799_999_999) + 100 * DAY;
    fig.zoomTo(t, t + DAY);
    const ls = labels(fig);
    expect(ls.length).toBeGreaterThanOrEqual(3);
    expect(ls[0]!.text).toMatch(/^Apr \d+, 13,800,001,999 years ago$/);
    for (let i = 1; i < ls.length; i++) expect(ls[i]!.left).toBeGreaterThan(ls[i - 1]!.right);
  });
});

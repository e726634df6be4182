// Inputs at the edges render deliberately: nothing NaN, nothing off-canvas,
// every event listed, an axis a reader can use.
import { describe, expect, it } from "vitest";
import type { TimelineInput } from "../../src/data/types.js";
import { timeline } from "../../src/timeline.js";

const wire = [{ id: "w", title: "Wire", published: "2025-12-03" }];
const ev = (id: string, start: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Event ${id}`,
  start,
  citations: ["w"],
  ...extra,
});

const scenarios: Record<string, TimelineInput> = {
  "zero events": { sources: wire, events: [] },
  "a single event": { sources: wire, events: [ev("one", "2025-12-02")] },
  "all on one instant": {
    sources: wire,
    events: Array.from({ length: 60 }, (_, i) => ev(`same${i}`, "2025-12-02T18:00Z")),
  },
  "all on one day": { sources: wire, events: Array.from({ length: 25 }, (_, i) => ev(`day${i}`, "2025-12-02")) },
  "10,000 years": {
    sources: wire,
    events: [ev("old", "-8000"), ev("mid", "0001"), ev("new", "2025-12-02"), ev("far", "1950", { end: "2025" })],
  },
  "BCE only": { sources: wire, events: [ev("ides", "-0043-03-15"), ev("alexander", "-0322"), ev("troy", "-1183")] },
  "mixed precisions at once": {
    sources: wire,
    events: [
      ev("c", "19"),
      ev("d", "199"),
      ev("y", "1995"),
      ev("q", "1995-Q3"),
      ev("m", "1995-07"),
      ev("w", "1995-W30"),
      ev("dd", "1995-07-27"),
      ev("t", "1995-07-27T10:30Z"),
    ],
  },
};

function numbersIn(root: Element): string[] {
  const bad: string[] = [];
  for (const el of root.querySelectorAll("*")) {
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) ?? "";
      if (/NaN|Infinity|undefined/.test(value)) bad.push(`${el.tagName}[${name}=${value}]`);
    }
  }
  return bad;
}

describe("degenerate and extreme inputs", () => {
  for (const [name, input] of Object.entries(scenarios)) {
    it(`${name} renders deliberately`, () => {
      const fig = timeline(input, { document, width: 960 });
      document.body.replaceChildren(fig);
      const svg = fig.querySelector("svg.citeline-chart")!;
      expect(svg).not.toBeNull();
      expect(numbersIn(fig)).toEqual([]);
      expect(fig.querySelectorAll("ol.citeline-list > li[data-event-id]").length).toBe(input.events.length);
      expect(fig.querySelector(".citeline-diagnostics")?.textContent ?? "").toBe("");
      if (input.events.length === 0) {
        expect(fig.querySelector(".citeline-empty")?.textContent).toBeTruthy();
        return;
      }
      const ticks = [...fig.querySelectorAll("g.citeline-axis .tick text")].map((t) => t.textContent);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(new Set(ticks).size, `duplicate tick labels: ${ticks.join(", ")}`).toBe(ticks.length);
      // Every event is drawn or counted in a cluster.
      const drawn = fig.querySelectorAll("g.citeline-event").length;
      const clustered = [...fig.querySelectorAll(".citeline-cluster")].reduce(
        (n, c) => n + Number(/\d+/.exec(c.textContent ?? "")?.[0] ?? 0),
        0,
      );
      expect(drawn + clustered).toBeGreaterThanOrEqual(input.events.length);
      fig.destroy();
    });
  }
});

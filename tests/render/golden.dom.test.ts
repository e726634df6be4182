// Golden SVGs of the chart per scenario (tests/output/<name>.svg). Rendered
// static (interactive: false) with the width table, so files are stable.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, test } from "vitest";
import type { Timeline, TimelineInput } from "../../src/data/types.js";
import { timeline, type TimelineHandle } from "../../src/timeline.js";
import { dense, empty, groups, mixed, ranges, single } from "./fixtures.js";
import { golden } from "./golden.js";

function chart(data: Timeline | TimelineInput, options: Parameters<typeof timeline>[1] = {}): HTMLElement & TimelineHandle {
  const fig = timeline(data, { width: 960, interactive: false, document, ...options });
  document.body.replaceChildren(fig);
  return fig;
}

const svgOf = (fig: HTMLElement) => fig.querySelector("svg.citeline-chart")!;

describe("golden SVG", () => {
  test("dense overlapping events", () => golden("dense", svgOf(chart(dense))));
  test("dense, zoomed into one day", () => {
    const fig = chart(dense);
    fig.zoomTo("2025-12-02", "2025-12-02");
    golden("dense-zoomed", svgOf(fig));
  });
  test("ranges", () => golden("ranges", svgOf(chart(ranges))));
  test("mixed precisions and qualifiers", () => golden("mixed", svgOf(chart(mixed))));
  test("groups", () => golden("groups", svgOf(chart(groups, { selected: "a" }))));
  test("single event", () => golden("single", svgOf(chart(single))));
  test("narrow container (vertical)", () => golden("narrow", svgOf(chart(groups, { width: 380 }))));
  test("empty", () => golden("empty", svgOf(chart(empty))));
  test("error state", () => {
    const fig = chart({ events: [{ title: "No date at all" }, { start: "2025-12-02" }, { title: "Good", start: "2025-12-02" }] } as TimelineInput);
    golden("error", fig.querySelector(".citeline-diagnostics")!);
  });
  test("showcase", () => {
    const data = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../data/kremlin-talks-2025.json"), "utf8")) as TimelineInput;
    golden("showcase", svgOf(chart(data, { width: 1200 })));
  });
});

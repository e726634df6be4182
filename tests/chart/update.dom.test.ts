// update(data, options) draws what it is given instead, as timeline() would
// (Plot's model): options given replace the old ones, the skeleton follows
// them, and the reader's zoom and selection carry over while they apply.
import { afterEach, describe, expect, test } from "vitest";
import type { Timeline } from "../../src/data/types.js";
import { timeline } from "../../src/timeline.js";
import { groups } from "../render/fixtures.js";

afterEach(() => document.body.replaceChildren());

function mount(data: Timeline, options: Parameters<typeof timeline>[1] = {}) {
  const fig = timeline(data, { width: 960, document, ...options });
  document.body.append(fig);
  return fig;
}

const without = (data: Timeline, id: string): Timeline => ({ ...data, events: data.events.filter((e) => e.id !== id) });
const hint = (fig: HTMLElement) => fig.querySelector(".citeline-sr")?.textContent;
const domain = (fig: HTMLElement) => [fig.dataset.domainStart, fig.dataset.domainEnd];

describe("options", () => {
  test("new labels reach the skeleton: the hint read with the chart changes", () => {
    const fig = mount(groups);
    const before = hint(fig);
    fig.update(groups, { labels: { hint: "Arrows move, plus and minus zoom." } });
    expect(hint(fig)).toBe("Arrows move, plus and minus zoom.");
    expect(hint(fig)).not.toBe(before);
  });

  test("options given replace the old ones; none given keeps them", () => {
    const fig = mount(groups, { theme: "dark", labels: { hint: "Custom" } });
    fig.update(groups);
    expect(fig.classList.contains("citeline--dark")).toBe(true);
    expect(hint(fig)).toBe("Custom");
    fig.update(groups, { width: 960 });
    // Not merged: the theme and the hint not given again go back to their defaults.
    expect(fig.classList.contains("citeline--auto")).toBe(true);
    expect(hint(fig)).not.toBe("Custom");
  });

  test("grouping and width changes are laid out again", () => {
    const fig = mount(groups);
    expect(fig.querySelectorAll(".citeline-lane-label").length).toBe(3);
    fig.update(groups, { width: 960, groupBy: null });
    expect(fig.querySelectorAll(".citeline-lane-label").length).toBe(0);
    fig.update(groups, { width: 700 });
    expect(fig.querySelector("svg.citeline-chart")?.getAttribute("width")).toBe("700");
  });

  test("a figure keeps its document and interactivity; other options are checked as timeline() checks them", () => {
    const fig = mount(groups);
    const other = document.implementation.createHTMLDocument("other");
    expect(() => fig.update(groups, { document: other })).toThrow("invalid document");
    expect(() => fig.update(groups, { interactive: false })).toThrow("invalid interactive");
    expect(() => fig.update(groups, { initialRange: ["not a date", "nope"] })).toThrow("invalid initialRange");
    // Leaving them out is not changing them.
    expect(() => fig.update(groups, { width: 960 })).not.toThrow();
  });
});

describe("the reader's view", () => {
  test("the zoom survives an update, unless the options name a new initial range", () => {
    const fig = mount(groups);
    fig.zoomTo("2025-12-02", "2025-12-03");
    const zoomed = domain(fig);
    // An event inside the data's extent goes: the first view, fitted to the
    // marks, stays, and so does the zoom (removing the last one narrows the
    // first view, and the zoom is then kept within it).
    fig.update(without(groups, "b"), { width: 960 });
    expect(domain(fig)).toEqual(zoomed);
    fig.update(groups, { width: 960, initialRange: ["2025-12-01", "2025-12-01"] });
    expect(domain(fig)).not.toEqual(zoomed);
    expect(Date.parse(fig.dataset.domainStart!)).toBeLessThanOrEqual(Date.UTC(2025, 11, 1));
    // One day of day-precision data widens to the zoom limit, three days.
    expect(Date.parse(fig.dataset.domainEnd!)).toBeLessThanOrEqual(Date.UTC(2025, 11, 5));
  });

  test("the selection survives while its event exists, and goes with it", () => {
    const fig = mount(groups);
    fig.select("b");
    fig.update(without(groups, "d"));
    expect(fig.value?.id).toBe("b");
    expect(fig.querySelector<HTMLElement>(".citeline-details")!.hidden).toBe(false);
    fig.update(without(groups, "b"));
    expect(fig.value).toBeNull();
    expect(fig.querySelector<HTMLElement>(".citeline-details")!.hidden).toBe(true);
  });

  test("a selection the options change is the author's: it replaces the reader's", () => {
    const fig = mount(groups, { selected: "a" });
    fig.select("b");
    fig.update(groups, { selected: "a" });
    // Same option as before: the reader's choice stands.
    expect(fig.value?.id).toBe("b");
    fig.update(groups, { selected: "e" });
    expect(fig.value?.id).toBe("e");
  });
});

describe("viewof", () => {
  test("selecting dispatches input, and .value is the selected event", () => {
    const fig = mount(groups);
    const seen: (string | null)[] = [];
    fig.addEventListener("input", () => seen.push(fig.value?.id ?? null));
    fig.select("c");
    fig.select(null);
    expect(seen).toEqual(["c", null]);
  });

  test("zoom's detail is the span shown, as Dates", () => {
    const fig = mount(groups);
    let detail: { start: unknown; end: unknown } | null = null;
    fig.addEventListener("zoom", (e) => (detail = e.detail));
    fig.zoomTo("2025-12-02", "2025-12-03");
    expect(detail!.start).toBeInstanceOf(Date);
    expect((detail!.start as Date).toISOString()).toBe(fig.dataset.domainStart);
    expect((detail!.end as Date).getTime()).toBe(Date.parse(fig.dataset.domainEnd!));
  });

  test("input bubbles, as viewof's listener on a wrapper needs", () => {
    const fig = mount(groups);
    let bubbled = 0;
    document.body.addEventListener("input", () => bubbled++, { once: true });
    fig.select("a");
    expect(bubbled).toBe(1);
  });
});

// What a select or a key press draws: the list view's items are built only
// when its page changes (the selected mark moves on the page shown), and a
// select draws the chart's frame once, after the selection, whether or not
// the details panel takes the chart's width. Both used to be done two or
// three times over, which was most of what a select or a key cost.
import { afterEach, describe, expect, test, vi } from "vitest";
import type { Timeline } from "../../src/data/types.js";
import { timeline } from "../../src/timeline.js";
import { synthetic } from "../render/fixtures.js";

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

function mount(data: Timeline, options: Parameters<typeof timeline>[1] = {}) {
  const fig = timeline(data, { width: 1200, document, ...options });
  document.body.append(fig);
  return fig;
}

const items = (fig: HTMLElement) => [...fig.querySelectorAll<HTMLLIElement>("ol.citeline-list > li")];
const marked = (fig: HTMLElement) =>
  [...fig.querySelectorAll("ol.citeline-list > li.is-selected")].map((li) => li.getAttribute("data-event-id"));
const press = (fig: HTMLElement, key: string) =>
  fig.querySelector("svg.citeline-chart")!.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));

/** Counts the chart's frames: each one names the chart on its svg first. */
function countFrames(fig: HTMLElement): () => number {
  const svg = fig.querySelector("svg.citeline-chart")!;
  const spy = vi.spyOn(svg, "setAttribute");
  return () => spy.mock.calls.filter(([name]) => name === "aria-label").length;
}

describe("the list view follows a select", () => {
  test("on the same page it keeps the page's items and moves the selected mark", () => {
    const fig = mount(synthetic(200));
    const before = items(fig);
    expect(before).toHaveLength(200);
    fig.select("e5");
    expect(marked(fig)).toEqual(["e5"]);
    fig.select("e17");
    expect(marked(fig)).toEqual(["e17"]);
    press(fig, "ArrowRight");
    const after = items(fig);
    expect(after).toHaveLength(200);
    // The very same nodes: nothing was built again.
    for (let k = 0; k < after.length; k++) expect(after[k]).toBe(before[k]);
    fig.select(null);
    expect(marked(fig)).toEqual([]);
  });

  test("on another page of a long list it builds that page, with the event marked", () => {
    const data = synthetic(450);
    const fig = mount(data);
    const first = items(fig);
    expect(first).toHaveLength(100);
    // The list is in time order: take an event from the fourth hundred of it.
    const ids = first.map((li) => li.getAttribute("data-event-id"));
    const later = data.events.map((e) => e.id).find((id) => !ids.includes(id))!;
    fig.select(later);
    const shown = items(fig);
    expect(shown[0]).not.toBe(first[0]);
    expect(shown.map((li) => li.getAttribute("data-event-id"))).toContain(later);
    expect(marked(fig)).toEqual([later]);
    expect(fig.querySelector(".citeline-pager span")?.textContent).not.toMatch(/^1[–-]100\b/);
  });
});

describe("a select draws the chart once", () => {
  test("beside a wide chart, where the panel takes the chart's width and the chart is laid out again", () => {
    const fig = mount(synthetic(40));
    const width = fig.querySelector("svg.citeline-chart")!.getAttribute("width");
    const frames = countFrames(fig);
    fig.select("e3");
    expect(fig.querySelector("svg.citeline-chart")!.getAttribute("width")).not.toBe(width);
    expect(frames()).toBe(1);
    expect(fig.querySelector('g.citeline-event[data-event-id="e3"]')!.classList).toContain("is-selected");
  });

  test("on a narrower chart, where the panel goes below and nothing is laid out again", () => {
    const fig = mount(synthetic(40), { width: 700 });
    const frames = countFrames(fig);
    fig.select("e3");
    expect(frames()).toBe(1);
    expect(fig.querySelector('g.citeline-event[data-event-id="e3"]')!.classList).toContain("is-selected");
    // Closing it from the keyboard draws once too.
    press(fig, "Escape");
    expect(frames()).toBe(2);
    expect(fig.querySelector(".citeline-event.is-selected")).toBeNull();
  });
});

describe("bringing the keyboard's event into view", () => {
  /** Every event row reads as below the window; scrollIntoView is recorded (jsdom lays nothing out and has none). */
  function offScreen() {
    const rows = vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(function (this: Element) {
      const below = this.classList.contains("citeline-event");
      return { top: below ? 5000 : 0, bottom: below ? 5040 : 0, height: below ? 40 : 0 } as DOMRect;
    });
    const scrolled: (string | null)[] = [];
    Object.defineProperty(Element.prototype, "scrollIntoView", {
      configurable: true,
      value(this: Element) {
        scrolled.push(this.getAttribute("data-event-id"));
      },
    });
    return { rows, scrolled };
  }
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
  afterEach(() => delete (Element.prototype as Partial<Element>).scrollIntoView);

  test("scrolls once, at the next frame, to the last of several keys, reading no box before then", async () => {
    const fig = mount(synthetic(200), { width: 380 });
    const { rows, scrolled } = offScreen();
    press(fig, "End");
    press(fig, "ArrowUp");
    press(fig, "ArrowUp");
    expect(rows).not.toHaveBeenCalled();
    expect(scrolled).toEqual([]);
    await nextFrame();
    const active = fig.querySelector(
      `#${fig.querySelector("svg.citeline-chart")!.getAttribute("aria-activedescendant")}`,
    );
    expect(scrolled).toEqual([active!.getAttribute("data-event-id")]);
  });

  test("a figure selected and taken out of the page in one task reads no box and scrolls nothing", async () => {
    const fig = mount(synthetic(40));
    const { rows, scrolled } = offScreen();
    fig.select("e3");
    fig.remove();
    await nextFrame();
    expect(rows).not.toHaveBeenCalled();
    expect(scrolled).toEqual([]);
  });
});

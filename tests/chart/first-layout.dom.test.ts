// The first layout of a live figure (issue 24 item 10): laid out and sized
// at a resize report or frame, or ahead of it (as <cite-line> does), drawn
// in the task after, its list in the task after that, so that no one task
// or frame does all of it. jsdom has no ResizeObserver or layout: both are
// stood in for.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { drawNow, layOutAt, timeline } from "../../src/timeline.js";

const data = {
  sources: [{ id: "s", title: "Wire", published: "2025-12-03" }],
  events: ["2025-12-01", "2025-12-02", "2025-12-05"].map((start, i) => ({
    id: `e${i}`,
    title: `Event ${i}`,
    start,
    citations: ["s"],
  })),
};

let reports: ((entries: { contentRect: { width: number } }[]) => void)[] = [];
let frames: FrameRequestCallback[] = [];

beforeEach(() => {
  reports = [];
  frames = [];
  vi.stubGlobal(
    "ResizeObserver",
    class {
      constructor(cb: (entries: { contentRect: { width: number } }[]) => void) {
        reports.push(cb);
      }
      observe() {}
      disconnect() {}
    },
  );
  vi.spyOn(window, "requestAnimationFrame").mockImplementation((cb) => frames.push(cb));
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

/** A box the page lays out `width` px wide. */
function box(width: number): HTMLElement {
  const el = document.createElement("div");
  el.getBoundingClientRect = () => ({
    width,
    height: 0,
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: width,
    bottom: 0,
    toJSON() {},
  });
  document.body.append(el);
  return el;
}

const marks = (fig: Element) => fig.querySelectorAll("g.citeline-event").length;
const items = (fig: Element) => fig.querySelectorAll("ol.citeline-list > li").length;
const aTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe("the first layout of a live figure", () => {
  test("laid out and sized ahead, drawn later; a frame between leaves the drawing to the task", async () => {
    const fig = timeline(data);
    expect(marks(fig)).toBe(0);
    layOutAt(fig, box(720));
    const svg = fig.querySelector("svg.citeline-chart")!;
    // Sized, so that a frame painting it now paints an empty chart of the right size.
    expect(svg.getAttribute("width")).toBe("720");
    expect(Number(svg.getAttribute("height"))).toBeGreaterThan(0);
    expect(marks(fig)).toBe(0);
    // The frame's callbacks and resize reports leave it to the task that draws it.
    document.body.append(fig);
    for (const cb of frames.splice(0)) cb(0);
    for (const report of reports) report([{ contentRect: { width: 720 } }]);
    expect(marks(fig)).toBe(0);
    drawNow(fig);
    expect(marks(fig)).toBe(3);
    expect(svg.getAttribute("width")).toBe("720");
    // The list view follows in a task of its own.
    expect(items(fig)).toBe(0);
    await aTask();
    expect(items(fig)).toBe(3);
    fig.destroy();
  });

  test("a frame that comes first lays the chart out and sizes it, and leaves the drawing to the task after", async () => {
    const fig = timeline(data);
    const host = box(600);
    host.append(fig);
    fig.getBoundingClientRect = () => host.getBoundingClientRect();
    for (const report of reports) report([{ contentRect: { width: 600 } }]);
    for (const cb of frames.splice(0)) cb(0);
    expect(fig.querySelector("svg.citeline-chart")!.getAttribute("width")).toBe("600");
    expect(marks(fig)).toBe(0);
    await aTask();
    expect(marks(fig)).toBe(3);
    fig.destroy();
  });

  test("lays out again when drawn at another width than it was laid out at", () => {
    const fig = timeline(data);
    layOutAt(fig, box(720));
    const host = box(500);
    host.append(fig);
    // The figure's width in the page, read when it is drawn.
    fig.getBoundingClientRect = () => host.getBoundingClientRect();
    drawNow(fig);
    expect(fig.querySelector("svg.citeline-chart")!.getAttribute("width")).toBe("500");
    expect(marks(fig)).toBe(3);
    fig.destroy();
  });

  test("a handle call before the draw lays out and draws at once", () => {
    const fig = timeline(data);
    layOutAt(fig, box(720));
    fig.select("e1");
    expect(marks(fig)).toBe(3);
    expect(fig.value?.id).toBe("e1");
    fig.destroy();
  });

  test("a figure put in the page is laid out at its first resize report and drawn in the task after", async () => {
    const fig = timeline(data);
    const host = box(640);
    host.append(fig);
    fig.getBoundingClientRect = () => host.getBoundingClientRect();
    for (const report of reports) report([{ contentRect: { width: 640 } }]);
    expect(fig.querySelector("svg.citeline-chart")!.getAttribute("width")).toBe("640");
    expect(marks(fig)).toBe(0);
    await aTask();
    expect(marks(fig)).toBe(3);
    await aTask();
    expect(items(fig)).toBe(3);
    fig.destroy();
  });
});

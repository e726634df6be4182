// The Observable Plot pattern in plain Node: the caller makes its own JSDOM
// and passes its document. This file runs in vitest's node environment (not
// the jsdom project), so Node's own globals (AbortController, Event,
// CustomEvent) are from another realm than the document: anything the chart
// takes from a global instead of `document.defaultView` fails here, as it did
// for `addEventListener(…, { signal })` with Node's AbortSignal.
import { JSDOM } from "jsdom";
import { afterEach, describe, expect, it } from "vitest";
import type { TimelineInput } from "../../src/data/types.js";
import { timeline } from "../../src/timeline.js";

const data: TimelineInput = {
  title: "Two days of talks",
  sources: [{ id: "wire", title: "Wire report", url: "https://example.org/a" }],
  events: [
    { id: "arrive", title: "Envoy arrives", start: "2025-12-01", citations: ["wire"] },
    { id: "talks", title: "Talks begin", start: "2025-12-02T18:00+03:00", citations: ["wire"] },
    { id: "end", title: "Talks end", start: "2025-12-03", citations: ["wire"] },
  ],
};

/** The selected event's id in a `select` event's detail. */
const idOf = (e: Event): string => (e as CustomEvent<{ event: { id: string } | null }>).detail.event?.id ?? "none";

const browserOnly = ["ResizeObserver", "requestAnimationFrame", "getComputedStyle", "matchMedia", "document", "window"];

afterEach(() => {
  // The test must not pass because some other test left a DOM global behind.
  for (const name of browserOnly) expect(name in globalThis, `global ${name}`).toBe(false);
});

/** Exercises the chart the way a reader and a caller would; returns what it saw. */
function drive(dom: JSDOM) {
  const { document } = dom.window;
  const chart = timeline(data, { document, width: 800 });
  document.body.append(chart);
  const seen: string[] = [];
  chart.addEventListener("select", (e) => seen.push(`select:${idOf(e)}`));
  chart.addEventListener("zoom", () => seen.push("zoom"));
  expect(chart.querySelectorAll(".citeline-event").length).toBe(3);
  chart.select("talks");
  expect(chart.value?.id).toBe("talks");
  expect(chart.querySelector(".citeline-details")?.textContent).toContain("Talks begin");
  // A click on a mark goes through the listeners wire.ts added with its AbortSignal.
  const mark = chart.querySelector('[data-event-id="arrive"] .citeline-mark')!;
  mark.dispatchEvent(new dom.window.MouseEvent("click", { bubbles: true }));
  expect(chart.value?.id).toBe("arrive");
  const before = chart.getAttribute("data-domain-start");
  chart.zoomTo("2025-12-02T00:00Z", "2025-12-03T00:00Z");
  expect(chart.getAttribute("data-domain-start")).not.toBe(before);
  chart.destroy();
  // After destroy the listeners are gone: a click selects nothing any more.
  const talks = chart.querySelector('[data-event-id="talks"] .citeline-mark')!;
  talks.dispatchEvent(new dom.window.MouseEvent("click", { bubbles: true }));
  expect(chart.value?.id).toBe("arrive");
  return seen;
}

describe("timeline({ document }) with the caller's own JSDOM in plain Node", () => {
  it("draws, selects, zooms and destroys with a bare JSDOM", () => {
    const seen = drive(new JSDOM("<!doctype html><html><body></body></html>"));
    expect(seen).toEqual(["select:talks", "select:arrive", "zoom"]);
  });

  it("does the same in a visual JSDOM whose window has animation frames and a ResizeObserver", async () => {
    const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true });
    const observed: Element[] = [];
    // jsdom has no ResizeObserver; a page's polyfill lives on its window, never on Node's global.
    Object.assign(dom.window, {
      ResizeObserver: class {
        observe(el: Element) {
          observed.push(el);
        }
        disconnect() {
          observed.length = 0;
        }
      },
    });
    // Without a width the chart waits for the window's next frame or resize report.
    const chart = timeline(data, { document: dom.window.document });
    dom.window.document.body.append(chart);
    expect(observed).toEqual([chart]);
    await new Promise((done) => dom.window.requestAnimationFrame(done));
    // The frame lays the chart out and sizes it; the task after it draws the marks (no long first frame).
    await new Promise((done) => setTimeout(done, 0));
    expect(chart.querySelectorAll(".citeline-event").length).toBe(3);
    const selected: string[] = [];
    chart.addEventListener("select", (e) => selected.push(idOf(e)));
    chart.select("end");
    chart.zoomTo("2025-12-01", "2025-12-04");
    chart.destroy();
    expect(observed).toEqual([]);
    expect(selected).toEqual(["end"]);
    dom.window.close();
  });

  it("draws into a document without a window (createHTMLDocument), whose handle still selects and says so", () => {
    const dom = new JSDOM("");
    const document = dom.window.document.implementation.createHTMLDocument("detached");
    expect(document.defaultView).toBeNull();
    const chart = timeline(data, { document, width: 600 });
    const selected: string[] = [];
    chart.addEventListener("select", (e) => selected.push(idOf(e)));
    chart.select("talks");
    chart.zoomTo("2025-12-01", "2025-12-03");
    chart.destroy();
    expect(selected).toEqual(["talks"]);
    expect(chart.querySelector(".citeline-details")?.textContent).toContain("Talks begin");
  });
});

// The wheel in jsdom: how far a notch zooms in each delta mode, sideways
// swipes pan, and at a limit the event is left to the page. Pointer
// gestures need real input and are tested in Chromium (tests/browser/gestures).
import { afterEach, expect, test } from "vitest";
import { zoomIdentity, type ZoomTransform } from "../../src/scale/transform.js";
import { attachZoom } from "../../src/interact/zoom.js";

const abort = new AbortController();
afterEach(() => document.body.replaceChildren());

function setup(start: ZoomTransform = zoomIdentity, enabled = true, gestures: "cooperative" | "greedy" = "greedy") {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  document.body.append(svg);
  const state = { t: start, applied: 0, hints: [] as boolean[] };
  attachZoom(svg, {
    transform: () => state.t,
    limits: () => ({ range: [0, 1000], maxK: 1000 }),
    enabled: () => enabled,
    apply: (t) => ((state.t = t), state.applied++),
    signal: abort.signal,
    gestures: () => gestures,
    hint: (show) => state.hints.push(show),
  });
  const wheel = (init: WheelEventInit) => {
    const e = new WheelEvent("wheel", { bubbles: true, cancelable: true, clientX: 500, ...init });
    svg.dispatchEvent(e);
    return e;
  };
  return { svg, state, wheel };
}

test("a wheel notch zooms about the pointer as much in every delta mode", () => {
  const px = setup(),
    lines = setup(),
    pages = setup();
  expect(px.wheel({ deltaY: -100 }).defaultPrevented).toBe(true);
  lines.wheel({ deltaY: -4, deltaMode: 1 });
  pages.wheel({ deltaY: -0.2, deltaMode: 2 });
  for (const { state } of [px, lines, pages]) {
    expect(state.t.k).toBeCloseTo(2 ** 0.2, 6);
    // The point under the pointer (500) stays under it.
    expect(500 - (500 - 0) * state.t.k).toBeCloseTo(state.t.x, 6);
  }
  // A trackpad pinch (ctrl+wheel) zooms ten times faster per delta.
  const pinch = setup();
  pinch.wheel({ deltaY: -10, ctrlKey: true });
  expect(pinch.state.t.k).toBeCloseTo(2 ** 0.2, 6);
});

test("a sideways swipe pans; at a limit the wheel is left to the page", () => {
  const { state, wheel } = setup({ k: 4, x: -1500 });
  expect(wheel({ deltaX: 120, deltaY: 5 }).defaultPrevented).toBe(true);
  expect(state.t).toEqual({ k: 4, x: -1620 });
  const full = setup();
  expect(full.wheel({ deltaY: 100 }).defaultPrevented).toBe(false);
  expect(full.wheel({ deltaX: 100 }).defaultPrevented).toBe(false);
  expect(full.state.applied).toBe(0);
});

test("cooperative: a plain wheel is the page's and shows the hint; ctrl or ⌘ + wheel zooms", () => {
  const { state, wheel } = setup(zoomIdentity, true, "cooperative");
  expect(wheel({ deltaY: -100 }).defaultPrevented).toBe(false);
  expect(state.applied).toBe(0);
  expect(state.hints).toEqual([true]);
  expect(wheel({ deltaY: -100, ctrlKey: true }).defaultPrevented).toBe(true);
  expect(state.t.k).toBeCloseTo(2 ** 0.2, 6);
  expect(wheel({ deltaY: -100, metaKey: true }).defaultPrevented).toBe(true);
  expect(state.t.k).toBeCloseTo(2 ** 0.4, 6);
  expect(state.hints.at(-1)).toBe(false);
  // A sideways swipe still pans: it scrolls nothing on the page.
  expect(wheel({ deltaX: 50 }).defaultPrevented).toBe(true);
});

test("cooperative: ctrl + wheel is taken even at a limit, or the browser would zoom the page", () => {
  const { state, wheel } = setup(zoomIdentity, true, "cooperative");
  expect(wheel({ deltaY: 100, ctrlKey: true }).defaultPrevented).toBe(true);
  expect(state.applied).toBe(0);
});

test("cooperative: after a press or focus in the chart the wheel zooms, until the pointer leaves", () => {
  const { svg, state, wheel } = setup(zoomIdentity, true, "cooperative");
  svg.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, button: 1 }));
  expect(wheel({ deltaY: -100 }).defaultPrevented).toBe(true);
  expect(state.applied).toBe(1);
  svg.dispatchEvent(new PointerEvent("pointerleave"));
  expect(wheel({ deltaY: -100 }).defaultPrevented).toBe(false);
  expect(state.applied).toBe(1);
  svg.dispatchEvent(new FocusEvent("focus"));
  expect(wheel({ deltaY: -100 }).defaultPrevented).toBe(true);
  svg.dispatchEvent(new FocusEvent("blur"));
  expect(wheel({ deltaY: -100 }).defaultPrevented).toBe(false);
  expect(state.applied).toBe(2);
});

test("nothing happens while disabled or after the signal aborts", () => {
  const off = setup(zoomIdentity, false);
  expect(off.wheel({ deltaY: -100 }).defaultPrevented).toBe(false);
  expect(off.state.applied).toBe(0);
  const on = setup();
  abort.abort();
  on.wheel({ deltaY: -100 });
  expect(on.state.applied).toBe(0);
});

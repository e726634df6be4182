// A page's first Intl.DateTimeFormat costs tens of milliseconds while ICU
// loads (issue 7): with the default locale in UTC, drawing, zooming down to
// clock times and listing the events must not construct one.
import { afterEach, describe, expect, test, vi } from "vitest";
import { timeline } from "../../src/timeline.js";
import { synthetic } from "./fixtures.js";

const RealFormat = Intl.DateTimeFormat;
afterEach(() => {
  Intl.DateTimeFormat = RealFormat;
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Renders 1,000 events, zooms to a few hours and opens the list; returns what Intl was asked for. */
function draw(locale?: string): { dates: number; numbers: number } {
  let dates = 0;
  // Counts constructions (and calls without new) and still formats.
  Intl.DateTimeFormat = new Proxy(RealFormat, {
    construct: (target, args: ConstructorParameters<typeof RealFormat>) => (dates++, new target(...args)),
    apply: (target, _, args: ConstructorParameters<typeof RealFormat>) => (dates++, target(...args)),
  });
  const numbers = vi.spyOn(Number.prototype, "toLocaleString");
  const fig = timeline(synthetic(1000), { width: 1200, ...(locale ? { locale } : {}) });
  document.body.append(fig);
  const mid = Date.UTC(2025, 0, 1, 12);
  fig.zoomTo(new Date(mid - 3 * 3_600_000).toISOString(), new Date(mid + 3 * 3_600_000).toISOString());
  fig.select(fig.querySelector("[data-event-id]")!.getAttribute("data-event-id"));
  const ticks = [...fig.querySelectorAll(".tick text")].map((t) => t.textContent);
  expect(ticks.some((t) => (locale ? /\d:\d\d/ : /\d:\d\d (AM|PM)/).test(t ?? ""))).toBe(true);
  expect(fig.querySelectorAll(".citeline-listview li").length).toBeGreaterThan(0);
  return { dates, numbers: numbers.mock.calls.length };
}

describe("the default locale needs no Intl", () => {
  test("en-US in UTC: axis down to minutes, list, details and counts", () => {
    expect(draw()).toEqual({ dates: 0, numbers: 0 });
  });

  test("another locale still goes through Intl (the spies see it)", () => {
    expect(draw("de-DE").dates).toBeGreaterThan(0);
  });
});

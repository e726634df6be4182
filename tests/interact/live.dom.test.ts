// The live region as a reader with a screen reader hears it (issue 24, item
// 8): keys say the event with its lane and place, and name the ends; a zoom
// is summed up once it rests, never per frame; a pan that only keeps the
// keyboard's event in view says nothing more.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { SETTLE } from "../../src/chart/announce.js";
import { timeline } from "../../src/timeline.js";
import { groups } from "../render/fixtures.js";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

function mount() {
  const fig = timeline(groups, { width: 960 });
  document.body.append(fig);
  const chart = fig.querySelector<SVGSVGElement>("svg.citeline-chart")!;
  const live = fig.querySelector(".citeline-live")!;
  const key = (k: string) => chart.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
  return { fig, live, key };
}

describe("the live region", () => {
  test("Home and End name the first and the last event, with lane and place", () => {
    const { live, key } = mount();
    key("End");
    expect(live.textContent).toBe("Last event. Rubio reports progress, Dec 4, 2025, United States. 5 of 5. 1 source.");
    key("ArrowLeft");
    expect(live.textContent).toBe("Kremlin says talks useful, Dec 3, 2025, Russia. 4 of 5. 2 sources.");
    key("Home");
    expect(live.textContent).toMatch(
      /^First event\. Zelensky: the war must end for good, Dec 1, 2025, Ukraine\. 1 of 5\. /,
    );
  });

  test("an arrow that meets the end says the end again", () => {
    const { live, key } = mount();
    key("End");
    live.textContent = "";
    key("ArrowRight");
    expect(live.textContent).toMatch(/^Last event\. Rubio reports progress/);
  });

  test("a click says the event without naming an end", () => {
    const { fig, live } = mount();
    fig.querySelector('g.citeline-event[data-event-id="d"]')!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(live.textContent).toBe("Rubio reports progress, Dec 4, 2025, United States. 5 of 5. 1 source.");
  });

  test("a zoom is summed up once, after it rests", () => {
    const { fig, live, key } = mount();
    key("Home");
    const said = live.textContent;
    fig.zoomTo("2025-12-01", "2025-12-02");
    // Through Dec 3: three days, the narrowest view of day-precision data, kept
    // within the first view (which starts on Dec 1, a little before its mark).
    fig.zoomTo("2025-12-01", "2025-12-03");
    vi.advanceTimersByTime(SETTLE - 50);
    expect(live.textContent).toBe(said);
    vi.advanceTimersByTime(100);
    expect(live.textContent).toMatch(/^Showing Dec 1, 2025 – Dec 4, 2025, [1-9] events?$/);
    // Its count is the events whose marks (a day's mark is its middle) lie in the span shown.
    const [t0, t1] = [Date.parse(fig.dataset.domainStart!), Date.parse(fig.dataset.domainEnd!)];
    const mid = (e: (typeof groups.events)[number]) => (e.start.earliest + e.start.latest) / 2;
    const n = groups.events.filter((e) => mid(e) >= t0 && mid(e) <= t1).length;
    expect(n).toBe(4);
    expect(live.textContent).toContain(`, ${n} event${n === 1 ? "" : "s"}`);
  });

  test("moving to an event drops a summary still waiting, and the keyboard's own pan says nothing", () => {
    const { fig, live, key } = mount();
    fig.zoomTo("2025-12-01T00:00Z", "2025-12-01T12:00Z");
    key("End");
    const said = live.textContent;
    expect(said).toMatch(/^Last event\. Rubio/);
    vi.advanceTimersByTime(SETTLE * 3);
    expect(live.textContent).toBe(said);
  });

  test("destroy cancels a summary still waiting", () => {
    const { fig, live } = mount();
    fig.zoomTo("2025-12-01", "2025-12-03");
    fig.destroy();
    vi.advanceTimersByTime(SETTLE * 2);
    expect(live.textContent).toBe("");
  });
});

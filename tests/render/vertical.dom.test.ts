// The vertical (narrow) layout keeps what the wide one shows by position:
// each row names its lane and the part of the day its date carries; and the
// server rendering marks its figure static, for the stylesheet's narrow view.
import { afterEach, describe, expect, test } from "vitest";
import type { Timeline } from "../../src/data/types.js";
import { verticalRows, rowDate } from "../../src/render/vertical.js";
import { renderToString } from "../../src/server.js";
import { timeline } from "../../src/timeline.js";
import { day, groups, single } from "./fixtures.js";

afterEach(() => document.body.replaceChildren());

function mount(...args: Parameters<typeof timeline>) {
  const fig = timeline(...args);
  document.body.append(fig);
  return fig;
}

/** The groups fixture with its Moscow landing in the evening. */
const evening: Timeline = {
  ...groups,
  events: groups.events.map((e) => (e.id === "b" ? { ...e, start: day(2025, 12, 2, { partOfDay: "evening" }) } : e)),
};

const row = (fig: HTMLElement, id: string) => fig.querySelector(`g.citeline-event[data-event-id="${id}"]`)!;
const y = (el: Element | null) => Number(el?.getAttribute("y"));

describe("the vertical layout's rows", () => {
  test("a date keeps its part of the day", () => {
    const fig = mount(evening, { width: 380 });
    expect(row(fig, "b").querySelector(".citeline-vdate")!.textContent).toBe("Dec 2, 2025 (evening)");
    expect(row(fig, "a").querySelector(".citeline-vdate")!.textContent).toBe("Dec 3, 2025");
  });

  test("a range gives both of its ends", () => {
    const data: Timeline = {
      ...groups,
      events: groups.events.map((e) => (e.id === "d" ? { ...e, end: day(2025, 12, 6) } : e)),
    };
    const fig = mount(data, { width: 380 });
    expect(row(fig, "d").querySelector(".citeline-vdate")!.textContent).toBe("Dec 4, 2025 – Dec 6, 2025");
  });

  test("a translation's words for the part of the day are used", () => {
    const fig = mount(evening, {
      width: 380,
      labels: { partOfDay: (date: string, _part: string, period: string) => `${date}, ${period}` },
    });
    expect(row(fig, "b").querySelector(".citeline-vdate")!.textContent).toBe("Dec 2, 2025, evening");
  });

  test("each row names its lane, at the end of the date line when there is room", () => {
    const fig = mount(groups, { width: 380 });
    const names = Object.fromEntries(
      [...fig.querySelectorAll("g.citeline-event")].map((g) => [
        g.getAttribute("data-event-id"),
        g.querySelector(".citeline-lane-label")?.textContent,
      ]),
    );
    expect(names).toMatchObject({ a: "Russia", b: "United States", c: "Ukraine" });
    const lane = row(fig, "b").querySelector(".citeline-lane-label")!;
    expect(lane.getAttribute("text-anchor")).toBe("end");
    expect(y(lane)).toBe(y(row(fig, "b").querySelector(".citeline-vdate")));
  });

  test("in a very narrow chart the lane name takes a line of its own, and the title moves down for it", () => {
    const wide = mount(evening, { width: 380 });
    const titleY = y(row(wide, "b").querySelector(".citeline-label"));
    document.body.replaceChildren();
    const fig = mount(evening, { width: 200 });
    const g = row(fig, "b");
    const lane = g.querySelector(".citeline-lane-label")!;
    expect(lane.getAttribute("text-anchor")).toBeNull();
    expect(y(lane)).toBeGreaterThan(y(g.querySelector(".citeline-vdate")));
    expect(y(g.querySelector(".citeline-label"))).toBeGreaterThan(titleY);
    expect(y(g.querySelector(".citeline-label"))).toBeGreaterThan(y(lane));
    // The tap target grows with the row.
    expect(Number(g.querySelector(".citeline-hit")!.getAttribute("height"))).toBeGreaterThan(
      Number(row(wide, "b").querySelector(".citeline-hit")?.getAttribute("height") ?? 0),
    );
  });

  test("one lane has nothing to tell apart: no lane names", () => {
    const fig = mount(single, { width: 380 });
    expect(fig.querySelectorAll("g.citeline-event").length).toBeGreaterThan(0);
    expect(fig.querySelector(".citeline-lane-label")).toBeNull();
  });

  test("events without a group among grouped ones are named by the 'other' label", () => {
    const data: Timeline = {
      ...groups,
      events: groups.events.map((e) => {
        if (e.id !== "a") return e;
        const { group: _, ...rest } = e;
        return rest;
      }),
    };
    const fig = mount(data, { width: 380, labels: { other: "Elsewhere" } });
    expect(row(fig, "a").querySelector(".citeline-lane-label")!.textContent).toBe("Elsewhere");
  });
});

describe("verticalRows", () => {
  const measure = (t: string) => t.length * 7;
  const xs = [0, 3_600_000];

  test("a lane name that fits stays on the date line; one that does not gets a line and the row grows", () => {
    const base = { title: () => "A short title", date: () => "Dec 2, 2025" };
    const fits = verticalRows([0, 1], xs, { ...base, lane: () => "Russia" }, 200, measure, 0);
    expect(fits.rows[0]).toMatchObject({ date: "Dec 2, 2025", lane: "Russia", laneBelow: false });
    const none = verticalRows([0, 1], xs, base, 200, measure, 0);
    expect(none.rows[0]!.lane).toBeUndefined();
    expect(none.height).toBe(fits.height);
    const long = verticalRows([0, 1], xs, { ...base, lane: () => "The United States of America" }, 120, measure, 0);
    expect(long.rows[0]).toMatchObject({ laneBelow: true });
    expect(long.rows[1]!.y - long.rows[0]!.y).toBeGreaterThan(
      verticalRows([0, 1], xs, base, 120, measure, 0).rows[1]!.y,
    );
  });

  test("rowDate adds the part of the day to the short date, and leaves other dates alone", () => {
    expect(rowDate(day(2025, 12, 2, { partOfDay: "morning" }), "en-US")).toBe("Dec 2, 2025 (morning)");
    expect(rowDate(day(2025, 12, 2), "en-US")).toBe("Dec 2, 2025");
  });
});

describe("the server rendering", () => {
  test("marks its figure static, so a narrow page shows the list in place of the chart", () => {
    const html = renderToString(groups, { includeData: false });
    expect(html).toMatch(/^<figure class="citeline [^"]*citeline--static/);
    // A live chart is never static: it draws its own narrow layout.
    expect(mount(groups, { width: 960 }).classList.contains("citeline--static")).toBe(false);
  });
});

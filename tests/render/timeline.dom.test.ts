import { afterEach, describe, expect, test, vi } from "vitest";
import { timeline } from "../../src/timeline.js";
import { layerCounts } from "../../src/render/layers.js";
import { dense, empty, groups, ranges, single, synthetic } from "./fixtures.js";

afterEach(() => document.body.replaceChildren());

function mount(...args: Parameters<typeof timeline>) {
  const fig = timeline(...args);
  document.body.append(fig);
  return fig;
}

describe("structure", () => {
  test("the stable DOM contract", () => {
    const fig = mount(groups, { width: 960 });
    expect(fig.tagName).toBe("FIGURE");
    expect(fig.classList.contains("citeline")).toBe(true);
    expect(fig.querySelector("figcaption")?.textContent).toContain("Groups");
    expect(fig.querySelector("svg.citeline-chart[role=group]")?.getAttribute("aria-label")).toMatch(/5 events/);
    expect(fig.querySelectorAll("g.citeline-event[data-event-id]").length).toBe(5);
    expect(fig.querySelector("g.citeline-axis .tick")).not.toBeNull();
    expect(fig.querySelector<HTMLElement>(".citeline-details")!.hidden).toBe(true);
    expect(fig.querySelectorAll("ol.citeline-list li[data-event-id]").length).toBe(5);
    expect(fig.querySelector(".citeline-live[aria-live=polite]")).not.toBeNull();
    expect(fig.querySelector(".citeline-legend")).not.toBeNull();
    expect(fig.dataset.domainStart).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Every event carries a source-count badge.
    for (const g of fig.querySelectorAll("g.citeline-event"))
      expect(g.querySelector(".citeline-badge text")?.textContent).toMatch(/^\d+$/);
  });

  test("list in time order with dates and citations", () => {
    const fig = mount(groups, { width: 960 });
    const items = [...fig.querySelectorAll("ol.citeline-list > li")];
    expect(items.map((li) => li.getAttribute("data-event-id"))).toEqual(groups.events.map((e) => e.id));
    expect(items[0]!.querySelector("time")?.textContent).toBe("December 1, 2025");
    // Every citation is in the list: source, publisher, and the date as the source wrote it.
    const citations = [...items[0]!.querySelectorAll(".citeline-list-citations > li")].map((li) => li.textContent);
    expect(citations[0]).toMatch(/^Wire Service.*Talks end without a deal/);
    expect(citations[0]).toContain("Dated: “Monday”");
    expect(citations).toHaveLength(groups.events[0]!.citations.length);
  });

  test("styles are injected once, and not at all when asked", () => {
    document.head.querySelectorAll("style[data-citeline]").forEach((s) => s.remove());
    mount(single, { width: 600 });
    mount(single, { width: 600 });
    expect(document.head.querySelectorAll("style[data-citeline]").length).toBe(1);
    document.head.querySelectorAll("style[data-citeline]").forEach((s) => s.remove());
    mount(single, { width: 600, injectStyles: false });
    expect(document.head.querySelectorAll("style[data-citeline]").length).toBe(0);
  });

  test("empty and error states are visible", () => {
    expect(mount(empty, { width: 600 }).querySelector(".citeline-empty")?.textContent).toMatch(/No events/);
    const bad = mount({ events: [{ start: "2025-12-02" }] }, { width: 600 });
    const alert = bad.querySelector(".citeline-diagnostics[role=alert]");
    expect(alert?.textContent).toMatch(/events\[0\]/);
  });

  test("narrow widths use the vertical layout", () => {
    const fig = mount(groups, { width: 380 });
    expect(fig.classList.contains("citeline--vertical")).toBe(true);
    expect(fig.querySelectorAll("g.citeline-event").length).toBe(5);
    expect(fig.querySelector(".citeline-empty")!.textContent).toBe("");
  });

  test("the vertical layout draws its first 60 rows and says how many more the list holds", () => {
    const fig = mount(synthetic(200), { width: 380 });
    expect(fig.querySelectorAll("g.citeline-event").length).toBe(60);
    const more = fig.querySelector(".citeline-empty")!;
    expect(more.textContent).toBe("+140 more in the list below");
    // Below the last row, inside the chart.
    const rows = [...fig.querySelectorAll("g.citeline-event")].map((g) =>
      Number(/translate\(0,([\d.]+)\)/.exec(g.getAttribute("transform")!)![1]),
    );
    expect(Number(more.getAttribute("y"))).toBeGreaterThan(Math.max(...rows));
    expect(Number(more.getAttribute("y"))).toBeLessThan(
      Number(fig.querySelector("svg.citeline-chart")!.getAttribute("height")),
    );
    expect(fig.querySelector("details.citeline-listview summary")!.textContent).toContain("200");
  });

  test("the keyboard past the 60th row moves the vertical chart's rows along, without gaps", () => {
    const data = synthetic(200);
    const fig = mount(data, { width: 380 });
    const svg = fig.querySelector("svg.citeline-chart")!;
    const key = (k: string) => svg.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
    const drawn = () => [...fig.querySelectorAll("g.citeline-event")].map((g) => g.getAttribute("data-event-id"));
    const ids = data.events.map((e) => e.id);
    key("End");
    expect(drawn()).toEqual(ids.slice(140));
    for (let k = 0; k < 70; k++) key("ArrowUp");
    // The active event is the 70th from the end; rows stay contiguous around it.
    expect(svg.getAttribute("aria-activedescendant")).not.toBeNull();
    expect(drawn()).toEqual(ids.slice(70, 130));
    key("Home");
    expect(drawn()).toEqual(ids.slice(0, 60));
    expect(fig.querySelector(".citeline-empty")!.textContent).toBe("+140 more in the list below");
  });
});

describe("details and safety", () => {
  test("select shows citations; unsafe links are text; sources that disagree are flagged", () => {
    const fig = mount(groups, { width: 960 });
    const onSelect = vi.fn();
    fig.addEventListener("select", onSelect);
    fig.select("c");
    const panel = fig.querySelector<HTMLElement>(".citeline-details")!;
    expect(panel.hidden).toBe(false);
    expect(fig.value?.id).toBe("c");
    expect(onSelect).toHaveBeenCalledOnce();
    expect(panel.querySelectorAll(".citeline-citation").length).toBe(2);
    expect(panel.textContent).toContain("Sources disagree about the date.");
    expect(panel.textContent).toContain("“Monday”");
    const link = panel.querySelector("a")!;
    expect(link.getAttribute("href")).toBe("https://example.org/wire");
    expect(link.rel).toBe("noopener noreferrer");
    fig.select("a");
    expect(panel.textContent).toContain("Sources quote the same speaker in different words.");
    // The daily's javascript: URL never becomes a link.
    expect([...panel.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["https://example.org/wire"]);
    expect(fig.querySelector(".citeline-live")?.textContent).toMatch(/Kremlin says talks useful/);
    fig.select(null);
    expect(panel.hidden).toBe(true);
  });

  test("data text is never markup", () => {
    const evil = { ...single, events: [{ ...single.events[0]!, title: "<img src=x onerror=alert(1)>" }] };
    const fig = mount(evil, { width: 800 });
    fig.select("only");
    expect(fig.querySelector("img")).toBeNull();
    expect(fig.querySelector(".citeline-details h2")?.textContent).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("zoom and keyboard", () => {
  test("zoomTo moves the domain and emits zoom; nodes are kept, not rebuilt", () => {
    const fig = mount(ranges, { width: 960 });
    const before = fig.querySelector('g.citeline-event[data-event-id="meeting"]');
    const onZoom = vi.fn();
    fig.addEventListener("zoom", onZoom);
    fig.zoomTo("2025-12-02", "2025-12-03");
    expect(fig.dataset.domainStart).toBe("2025-12-02T00:00:00.000Z");
    expect(onZoom).toHaveBeenCalled();
    expect(fig.querySelector('g.citeline-event[data-event-id="meeting"]')).toBe(before);
  });

  test("arrow keys visit every event in time order", () => {
    const fig = mount(dense, { width: 960 });
    const chart = fig.querySelector("svg")!;
    const seen: string[] = [];
    for (let k = 0; k < dense.events.length; k++) {
      chart.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
      const id = chart.getAttribute("aria-activedescendant")!;
      seen.push(chart.querySelector(`[id="${id}"]`)!.getAttribute("data-event-id")!);
    }
    expect(seen).toEqual(dense.events.map((e) => e.id));
    chart.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(fig.value?.id).toBe(dense.events.at(-1)!.id);
    chart.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(fig.value).toBeNull();
    // Sixty full redraws in jsdom: seconds on a loaded two-core machine.
  }, 30_000);

  test("the list view is a closed disclosure when live, open when static, and opens for print until destroy", () => {
    const live = mount(single, { width: 960 });
    const details = live.querySelector<HTMLDetailsElement>("details.citeline-listview")!;
    expect(details.open).toBe(false);
    expect(details.querySelector("summary")?.textContent).toBe("The event, with its sources");
    expect(
      details.querySelector("ol.citeline-list > li[data-event-id=only] button.citeline-list-title"),
    ).not.toBeNull();
    // Selecting from outside does not need the list open.
    live.select("only");
    expect(live.value?.id).toBe("only");
    expect(details.querySelector("li.is-selected")).not.toBeNull();
    window.dispatchEvent(new Event("beforeprint"));
    expect(details.open).toBe(true);
    window.dispatchEvent(new Event("afterprint"));
    expect(details.open).toBe(false);
    live.destroy();
    window.dispatchEvent(new Event("beforeprint"));
    expect(details.open).toBe(false);
    const fixed = mount(groups, { width: 960, interactive: false });
    expect(fixed.querySelector<HTMLDetailsElement>("details.citeline-listview")!.open).toBe(true);
    expect(fixed.querySelector("details.citeline-listview summary")?.textContent).toBe(
      "All 5 events, with their sources",
    );
    expect(fixed.querySelector("ol.citeline-list > li span.citeline-list-title")).not.toBeNull();
  });

  test("a single day-precision event gets days of axis, in day ticks", () => {
    const fig = mount(single, { width: 960 });
    const span = Date.parse(fig.dataset.domainEnd!) - Date.parse(fig.dataset.domainStart!);
    expect(span).toBeGreaterThanOrEqual(4 * 86_400_000);
    const ticks = [...fig.querySelectorAll(".citeline-axis .tick text")].map((t) => t.textContent ?? "");
    expect(ticks.length).toBeGreaterThan(2);
    for (const t of ticks) expect(t).not.toMatch(/AM|PM|:/);
    // Zoomed in as far as it goes, the ticks are still days.
    fig.zoomTo("2025-12-02", "2025-12-02");
    for (const t of fig.querySelectorAll(".citeline-axis .tick text")) expect(t.textContent).not.toMatch(/AM|PM|:/);
  });

  test("destroy removes listeners", () => {
    const fig = mount(dense, { width: 960 });
    fig.destroy();
    const chart = fig.querySelector("svg")!;
    chart.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(chart.getAttribute("aria-activedescendant")).toBeNull();
  });
});

describe("performance bounds (counts, not times)", () => {
  for (const n of [10_000, 100_000]) {
    test(`${n.toLocaleString("en-US")} events stay within node bounds`, () => {
      const data = synthetic(n);
      const t = performance.now();
      const fig = mount(data, { width: 1200 });
      const ms = performance.now() - t;
      const counts = layerCounts(fig);
      console.log(`${n} events: ${Math.round(ms)} ms in jsdom`, counts);
      expect(counts.events).toBeLessThanOrEqual(600);
      expect(counts.clusters).toBeLessThanOrEqual(200);
      expect(counts.list).toBeLessThanOrEqual(100);
      expect(counts.total).toBeLessThan(12_000);
      fig.zoomTo("2024-06-01", "2024-06-08");
      const zoomed = layerCounts(fig);
      console.log(`${n} events zoomed to a week`, zoomed);
      expect(zoomed.events).toBeLessThanOrEqual(600);
    }, 60_000);
  }
});

test("without a page layout to read (jsdom, servers), a chart of many lanes draws every one", () => {
  // A live browser draws only the lanes near the screen (tests/browser/tall.test.ts); here nothing is on a screen.
  const data = synthetic(600);
  const lanes = 150;
  data.events.forEach((e, k) => (e.group = `g${k % lanes}`));
  data.groups = Array.from({ length: lanes }, (_, g) => ({ id: `g${g}`, label: `Lane ${g}` }));
  const fig = mount(data, { width: 1200 });
  expect(Number(fig.querySelector("svg.citeline-chart")!.getAttribute("height"))).toBeGreaterThan(
    window.innerHeight * 5,
  );
  expect(fig.querySelectorAll(".citeline-lane-label").length).toBe(lanes);
  expect(fig.querySelectorAll(".citeline-baseline").length).toBe(lanes);
  const drawnLanes = new Set(
    [...fig.querySelectorAll("g.citeline-event")].map(
      (g) => data.events.find((e) => e.id === g.getAttribute("data-event-id"))!.group,
    ),
  );
  expect(drawnLanes.size).toBe(lanes);
});

test("a fixed height too short for its lanes grows to a label row each instead of cutting lanes off", () => {
  const data = synthetic(300);
  data.events.forEach((e, k) => (e.group = `g${k % 12}`));
  data.groups = Array.from({ length: 12 }, (_, g) => ({ id: `g${g}`, label: `Lane ${g}` }));
  const fig = mount(data, { width: 1200, height: 420 });
  const height = Number(fig.querySelector("svg.citeline-chart")!.getAttribute("height"));
  expect(height).toBeGreaterThan(420);
  const baselines = [...fig.querySelectorAll(".citeline-baseline")].map((l) => Number(l.getAttribute("y1")));
  expect(baselines).toHaveLength(12);
  expect(Math.max(...baselines)).toBeLessThan(height);
  // Lanes that fit keep the height asked for.
  expect(mount(groups, { width: 1200, height: 420 }).querySelector("svg.citeline-chart")!.getAttribute("height")).toBe(
    "420",
  );
});

test("the legend says how many sources, groups and tags it leaves out", () => {
  const data = synthetic(400);
  data.sources = Array.from({ length: 30 }, (_, k) => ({ id: `s${k}`, title: `Source ${k}` }));
  data.events.forEach((e, k) => {
    e.group = `g${k % 15}`;
    e.tags = [`tag${k % 9}`];
    e.citations = [{ source: `s${k % 30}` }];
  });
  data.groups = Array.from({ length: 15 }, (_, g) => ({ id: `g${g}`, label: `Lane ${g}` }));
  const fig = mount(data, { width: 1200 });
  const rows = [...fig.querySelectorAll(".citeline-legend-group")].map((g) => [
    g.querySelectorAll(".citeline-chip").length,
    g.textContent.match(/\+(\d+) more$/)?.[1],
  ]);
  expect(rows).toEqual([
    [24, "6"],
    [12, "3"],
    [5, "4"],
  ]);
  // Nothing left out, nothing said.
  const few = mount(groups, { width: 1200 }).querySelector(".citeline-legend")!;
  expect(few.querySelectorAll(".citeline-chip").length).toBeGreaterThan(2);
  expect(few.textContent).not.toMatch(/more/);
});

test("legend chips count events, a source once per event however often it cites it, and keep their counts under a filter", () => {
  const data = synthetic(60);
  data.sources = [
    { id: "a", title: "Alpha" },
    { id: "b", title: "Beta" },
  ];
  data.events.forEach((e, k) => {
    e.tags = k % 3 ? ["x"] : ["x", "y"];
    e.citations =
      k % 4 === 0
        ? [{ source: "a" }, { source: "a", quote: "again" }, { source: "b" }]
        : [{ source: k % 2 ? "b" : "a" }];
  });
  const cites = (id: string) => data.events.filter((e) => e.citations.some((c) => c.source === id)).length;
  const fig = mount(data, { width: 1200 });
  const counts = () =>
    Object.fromEntries(
      [...fig.querySelectorAll<HTMLElement>(".citeline-chip")].map((b) => [
        `${b.dataset.kind}:${b.dataset.value}`,
        b.querySelector(".citeline-chip-count")!.textContent,
      ]),
    );
  const all = { "source:a": String(cites("a")), "source:b": String(cites("b")), "tag:x": "60", "tag:y": "20" };
  expect(counts()).toMatchObject(all);
  fig.querySelector<HTMLButtonElement>('.citeline-chip[data-value="b"]')!.click();
  expect(fig.querySelector('.citeline-chip[data-value="b"]')!.getAttribute("aria-pressed")).toBe("true");
  expect(counts()).toMatchObject(all);
});

test("fixtures are normalized timelines (no second normalize pass)", async () => {
  const { isTimeline } = await import("../../src/data/normalize.js");
  for (const [name, t] of Object.entries({ dense, ranges, groups, single, synthetic: synthetic(50) }))
    expect(isTimeline(t), name).toBe(true);
});

// Eras as bands behind the lanes (pure geometry, keyed join) and as
// section headings in the list view.
import { describe, expect, test } from "vitest";
import type { Era, Source, TimelineEvent } from "../../src/data/types.js";
import { widthTable } from "../../src/layout/text.js";
import { defaultLabels } from "../../src/options.js";
import { drawEras, eraBands, eraOf } from "../../src/render/eras.js";
import { renderList } from "../../src/render/list.js";
import { day } from "./fixtures.js";

const eras: Era[] = [
  { id: "prelude", title: "Before the talks", start: day(2025, 11, 20), end: day(2025, 11, 30) },
  { id: "talks", title: "The Kremlin talks and their aftermath", start: day(2025, 12, 1), end: day(2025, 12, 5) },
];
const DAY = 86_400_000,
  t0 = Date.UTC(2025, 10, 20);
// 10 px a day from Nov 20 at x = 0.
const x = (t: number) => ((t - t0) / DAY) * 10;
const measure = widthTable(11);

describe("eraBands", () => {
  test("clamps bands to the plot and fits names with an ellipsis", () => {
    const bands = eraBands(eras, x, 50, 140, measure);
    expect(bands.map((b) => [b.id, b.x0, b.x1])).toEqual([
      ["prelude", 50, 110],
      ["talks", 110, 140],
    ]);
    expect(bands[0]!.label.endsWith("…")).toBe(true);
    expect(measure(bands[0]!.label)).toBeLessThanOrEqual(52);
    expect(bands[1]!.label).toBe("");
  });
  test("drops eras off screen", () => expect(eraBands(eras, x, 200, 400, measure)).toEqual([]));
});

describe("drawEras", () => {
  test("keyed by id: a redraw moves the same nodes and removes eras that left", () => {
    const layer = document.createElementNS("http://www.w3.org/2000/svg", "g");
    const ctx = { doc: document, top: 30, bottom: 200, labelY: 214 };
    drawEras(layer, eraBands(eras, x, 0, 400, measure), ctx);
    const first = layer.querySelector("[data-era-id=talks]");
    expect(layer.children).toHaveLength(2);
    expect(first?.querySelector("title")?.textContent).toBe("The Kremlin talks and their aftermath");
    expect(first?.getAttribute("class")).toBe("citeline-era is-odd");
    drawEras(
      layer,
      eraBands(eras, (t) => x(t) - 150, 0, 400, measure),
      ctx,
    );
    expect(layer.children).toHaveLength(1);
    expect(layer.querySelector("[data-era-id=talks]")).toBe(first);
    expect(first?.querySelector("rect")?.getAttribute("x")).toBe("0");
  });
});

describe("eras in the list view", () => {
  const ev = (id: string, d: number): TimelineEvent => ({
    id,
    title: id,
    start: day(
      2025,
      11,
      d > 30 ? 30 : d,
      d > 30
        ? {
            earliest: Date.UTC(2025, 10, d),
            latest: Date.UTC(2025, 10, d + 1),
            iso: new Date(Date.UTC(2025, 10, d)).toISOString().slice(0, 10),
          }
        : {},
    ),
    tags: [],
    people: [],
    citations: [],
  });
  const events = [ev("a", 18), ev("b", 21), ev("c", 25), ev("d", 32), ev("e", 33)];

  test("eraOf finds the era holding an event's start", () => {
    expect(events.map((e) => eraOf(eras, e))).toEqual([-1, 0, 0, 1, 1]);
  });

  test("the list names every era, and heads the first event of each", () => {
    const root = document.createElement("div"),
      ol = document.createElement("ol"),
      pager = document.createElement("div");
    root.append(ol, pager);
    renderList(ol, pager, events.length, (k) => events[k]!, 0, {
      doc: document,
      locale: "en-US",
      timeZone: "UTC",
      labels: defaultLabels,
      sources: new Map<string, Source>(),
      interactive: false,
      eras,
    });
    expect([...root.querySelectorAll(".citeline-eras li")].map((li) => li.textContent)).toEqual([
      "Before the talks · November 20, 2025 – November 30, 2025",
      "The Kremlin talks and their aftermath · December 1, 2025 – December 5, 2025",
    ]);
    const heads = [...ol.querySelectorAll("li")].map(
      (li) => li.querySelector(".citeline-list-era")?.textContent ?? null,
    );
    expect(heads).toEqual([
      null,
      "Before the talks · November 20, 2025 – November 30, 2025",
      null,
      "The Kremlin talks and their aftermath · December 1, 2025 – December 5, 2025",
      null,
    ]);
    expect(ol.querySelector(".citeline-list-era")?.getAttribute("role")).toBe("heading");
    // Uncited events say so in the list too.
    expect(ol.querySelector("li .citeline-nosource")?.textContent).toBe("No source cited");
    renderList(ol, pager, events.length, (k) => events[k]!, 0, {
      doc: document,
      locale: "en-US",
      timeZone: "UTC",
      labels: defaultLabels,
      sources: new Map(),
      interactive: false,
    });
    expect(root.querySelector(".citeline-eras")).toBeNull();
  });
});

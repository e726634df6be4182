// Goldens for issue 22's drawing (era bands behind the lanes, a conflict
// mark, an uncited event without badge, thumbnails, a details panel with an
// image) and the chart's own guarantees around them: the accessible name
// says what the eye sees, the server rendering draws the same bands.
import { describe, expect, test } from "vitest";
import type { Era, Timeline } from "../../src/data/types.js";
import { renderToString } from "../../src/server.js";
import { timeline } from "../../src/timeline.js";
import { day, groups } from "./fixtures.js";
import { golden } from "./golden.js";

const PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAE/gJ/2EoL2wAAAABJRU5ErkJggg==";
const eras: Era[] = [
  { id: "before", title: "Before the talks", start: day(2025, 11, 30), end: day(2025, 12, 1) },
  { id: "talks", title: "The Moscow talks", start: day(2025, 12, 2), end: day(2025, 12, 3) },
];
const data: Timeline = {
  ...groups,
  eras,
  events: groups.events.map((e) =>
    e.id === "d"
      ? { ...e, citations: [] }
      : e.id === "b"
        ? {
            ...e,
            media: [
              { url: PNG, kind: "image" as const, alt: "Envoys at the airport", caption: "Arrival", credit: "wire" },
            ],
          }
        : e,
  ),
};
const chart = (options: Parameters<typeof timeline>[1] = {}) => {
  const fig = timeline(data, { width: 960, interactive: false, document, ...options });
  document.body.replaceChildren(fig);
  return fig;
};

describe("eras, conflicts, badges and media", () => {
  test("golden: era bands behind the lanes, a conflict triangle, no badge on an uncited event", () => {
    const fig = chart();
    const svg = fig.querySelector("svg.citeline-chart")!;
    // The bands paint first, behind the lanes' guides and marks.
    expect(
      svg.querySelector("[data-layer=eras]")!.compareDocumentPosition(svg.querySelector("[data-layer=lanes]")!) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect([...svg.querySelectorAll(".citeline-era-label")].map((t) => t.textContent)).toEqual([
      "Before the talks",
      "The Moscow talks",
    ]);
    expect(svg.querySelector("g.citeline-event[data-event-id=c] path.citeline-mark")).not.toBeNull();
    expect(svg.querySelector("g.citeline-event[data-event-id=d] .citeline-badge")).toBeNull();
    golden("eras", svg);
  });

  test("the accessible name says no source is cited, and that sources disagree", () => {
    const fig = chart();
    expect(fig.querySelector("g.citeline-event[data-event-id=d]")?.getAttribute("aria-label")).toBe(
      "Rubio reports progress, December 4, 2025, No source cited",
    );
    expect(fig.querySelector("g.citeline-event[data-event-id=c]")?.getAttribute("aria-label")).toBe(
      "Zelensky: the war must end for good, December 1, 2025, 2 sources. Sources disagree about the date.",
    );
  });

  test("the live region says when sources disagree, and when none is cited", () => {
    const fig = chart({ interactive: true });
    const live = fig.querySelector(".citeline-live")!;
    fig.select("c");
    // Its citations carry no resolved date here, so the note says only that they disagree.
    expect(live.textContent).toBe(
      "Zelensky: the war must end for good, Dec 1, 2025, Ukraine. 1 of 5. 2 sources. Sources disagree about the date.",
    );
    fig.select("d");
    expect(live.textContent).toBe("Rubio reports progress, Dec 4, 2025, United States. 5 of 5. No source cited.");
  });

  test("thumbnails are off by default, and drawn before the label when asked", () => {
    expect(chart().querySelector("image.citeline-thumb")).toBeNull();
    const g = chart({ thumbnails: true }).querySelector("g.citeline-event[data-event-id=b]")!;
    const img = g.querySelector("image.citeline-thumb")!;
    expect(img.getAttribute("href")).toBe(PNG);
    // Its label is shown, and starts after the image: the layout reserved the room.
    expect(g.querySelector(".citeline-label")?.textContent).not.toBe("");
    const side = g.querySelector(".citeline-label")?.getAttribute("text-anchor");
    if (side === "start")
      expect(Number(g.querySelector(".citeline-label")?.getAttribute("x"))).toBeGreaterThanOrEqual(
        Number(img.getAttribute("x")) + 16,
      );
    expect(img.getAttribute("width")).toBe("16");
  });

  test("golden: a details panel with an image", () => {
    const fig = chart({ interactive: true });
    fig.select("b");
    golden("details-image", fig.querySelector("section.citeline-details")!);
  });

  test("the vertical layout heads rows with their era", () => {
    const fig = chart({ width: 380 });
    expect([...fig.querySelectorAll(".citeline-era-heading")].map((t) => t.textContent)).toEqual([
      "Before the talks",
      "The Moscow talks",
    ]);
    expect(fig.querySelector("[data-layer=eras]")?.childElementCount).toBe(0);
  });

  test("the server rendering draws the bands and lists the eras", () => {
    const html = renderToString(data, { includeData: false });
    expect(html).toContain('class="citeline-era-label"');
    expect(html).toContain("The Moscow talks · December 2, 2025 – December 3, 2025");
  });
});

// Where the details panel opens (issue 24, item 7): one place per width, a
// column beside a wide chart that the chart makes room for, a block under a
// medium one, a sheet on a phone; a head with the close button above a body
// that scrolls; named by the event's title; Escape and close give focus back.
import { afterEach, describe, expect, test } from "vitest";
import { timeline } from "../../src/timeline.js";
import { groups } from "./fixtures.js";

afterEach(() => document.body.replaceChildren());

function mount(width: number) {
  const fig = timeline(groups, { width });
  document.body.append(fig);
  const svg = fig.querySelector<SVGSVGElement>("svg.citeline-chart")!;
  const panel = fig.querySelector<HTMLElement>("section.citeline-details")!;
  const stage = fig.querySelector<HTMLElement>(".citeline-stage")!;
  return { fig, svg, panel, stage };
}

describe("the details panel's place", () => {
  test("wide: a column beside the chart, which is laid out narrower while it is open", () => {
    const { fig, svg, panel, stage } = mount(1200);
    expect(svg.getAttribute("width")).toBe("1200");
    fig.select("b");
    expect(stage.classList.contains("is-side")).toBe(true);
    // 30% of 1200 for the column (360) and a 16 px gap.
    expect(svg.getAttribute("width")).toBe("824");
    expect(stage.style.gridTemplateColumns).toBe("minmax(0,1fr) 360px");
    expect(panel.classList.contains("is-below") || panel.classList.contains("is-sheet")).toBe(false);
    // Every event opens it in the same place.
    for (const id of ["a", "c", "d", "e"]) {
      fig.select(id);
      expect(stage.classList.contains("is-side")).toBe(true);
      expect(svg.getAttribute("width")).toBe("824");
    }
    fig.select(null);
    expect(stage.classList.contains("is-side")).toBe(false);
    expect(svg.getAttribute("width")).toBe("1200");
  });

  test("the column keeps the span the reader zoomed to", () => {
    const { fig } = mount(1200);
    fig.zoomTo("2025-12-02", "2025-12-03");
    const span = [fig.dataset.domainStart, fig.dataset.domainEnd];
    fig.select("b");
    expect([fig.dataset.domainStart, fig.dataset.domainEnd]).toEqual(span);
    fig.select(null);
    expect([fig.dataset.domainStart, fig.dataset.domainEnd]).toEqual(span);
  });

  test("medium: under the chart, which keeps its width", () => {
    const { fig, svg, panel, stage } = mount(800);
    fig.select("c");
    expect(panel.classList.contains("is-below")).toBe(true);
    expect(stage.classList.contains("is-side")).toBe(false);
    expect(svg.getAttribute("width")).toBe("800");
    expect(panel.previousElementSibling).toBe(svg);
  });

  test("narrow: a sheet, in the vertical layout as in a narrow horizontal one", () => {
    for (const width of [390, 600]) {
      const { fig, panel } = mount(width);
      fig.select("c");
      expect(panel.classList.contains("is-sheet")).toBe(true);
      expect(panel.classList.contains("is-below")).toBe(false);
      fig.select(null);
      expect(panel.hidden).toBe(true);
    }
  });
});

test("a static rendering keeps its panel under the chart at any width", () => {
  for (const width of [390, 1200]) {
    const fig = timeline(groups, { width, interactive: false, selected: "c" });
    expect(fig.querySelector(".citeline-details")!.className).toBe("citeline-details is-below");
    expect(fig.querySelector("svg.citeline-chart")!.getAttribute("width")).toBe(String(width));
  }
});

describe("the details panel's parts and focus", () => {
  test("a head with the close button, title and date, above a body that holds the evidence", () => {
    const { fig, panel } = mount(1200);
    fig.select("a");
    const [head, body] = [...panel.children];
    expect(head!.className).toBe("citeline-details-head");
    expect(body!.className).toBe("citeline-details-body");
    expect(head!.querySelector("button.citeline-close")?.getAttribute("aria-label")).toBe("Close");
    expect(head!.querySelector("h2")?.textContent).toBe("Kremlin says talks useful");
    expect(head!.querySelector(".citeline-details-date")?.textContent).toBe("December 3, 2025");
    expect(body!.querySelector("ol.citeline-citations")?.children.length).toBe(2);
    // Named by the event's title, then the chart's (two charts may open one event);
    // the body takes focus so a keyboard can scroll it.
    const names = panel
      .getAttribute("aria-labelledby")!
      .split(" ")
      .map((id) => document.getElementById(id));
    expect(names[0]?.textContent).toBe("Kremlin says talks useful");
    expect(names[1]?.classList.contains("citeline-title")).toBe(true);
    expect((body as HTMLElement).tabIndex).toBe(0);
  });

  test("Escape in the panel and its close button close it, and focus goes back to the chart on the event", () => {
    const { fig, svg, panel } = mount(1200);
    svg.focus();
    fig.select("e");
    panel.querySelector<HTMLButtonElement>(".citeline-close")!.focus();
    panel.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(panel.hidden).toBe(true);
    expect(document.activeElement).toBe(svg);
    expect(document.getElementById(svg.getAttribute("aria-activedescendant")!)?.getAttribute("data-event-id")).toBe(
      "e",
    );
    fig.select("e");
    panel.querySelector<HTMLButtonElement>(".citeline-close")!.click();
    expect(panel.hidden).toBe(true);
    expect(fig.value).toBeNull();
    expect(document.activeElement).toBe(svg);
  });
});

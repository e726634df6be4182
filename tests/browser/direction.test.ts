// A page written right to left (Arabic, Hebrew, Persian, Urdu newsrooms)
// still gets a chart whose time runs left to right with labels reading
// away from their marks: the SVG does not inherit the page's direction.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { chromiumPath, openPage, useBrowser } from "./harness.js";

const env = useBrowser();

/** Draws the showcase in a page of direction `dir`; returns each label's and mark's box, by event. */
async function boxes(page: Page, dir: "ltr" | "rtl") {
  await page.setViewportSize({ width: 1200, height: 700 });
  return page.evaluate(async (dir) => {
    document.documentElement.dir = dir;
    const data = await (await fetch("../../../data/kremlin-talks-2025.json")).json();
    const lib = (window as unknown as { citeline: { timeline(d: unknown): HTMLElement } }).citeline;
    const host = document.getElementById("host")!;
    host.replaceChildren(lib.timeline(data));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const out: Record<string, number[]> = {};
    for (const g of host.querySelectorAll("g.citeline-event")) {
      const label = g.querySelector(".citeline-label")?.getBoundingClientRect();
      const mark = g.querySelector(".citeline-mark")!.getBoundingClientRect();
      out[g.getAttribute("data-event-id")!] = [mark.x, mark.y, label?.x ?? NaN, label?.width ?? NaN].map(Math.round);
    }
    return out;
  }, dir);
}

describe.skipIf(!chromiumPath)("page direction", () => {
  test("a right-to-left page draws the same chart as a left-to-right one", async () => {
    const { page, errors } = await openPage(env.browsing.context, `${env.server.url}tests/browser/fixtures/blank.html`);
    const ltr = await boxes(page, "ltr");
    const rtl = await boxes(page, "rtl");
    expect(Object.keys(ltr).length).toBeGreaterThan(8);
    // Labels that read rightward start right of their mark, in both directions.
    const rightward = Object.values(ltr).filter(([mx, , lx]) => lx! > mx!);
    expect(rightward.length).toBeGreaterThan(3);
    expect(rtl).toEqual(ltr);
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });
});

// A chart of hundreds of lanes is many screens tall: only the lanes near
// the screen are in the DOM, scrolling brings the others, and the keyboard
// scrolls to the event it moves to. Counts, not times (issue 7).
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { chromiumPath, openPage, screenshotDir, useBrowser } from "./harness.js";

const env = useBrowser();
const LANES = 400;

/** Mounts 20,000 events in LANES groups on a blank page; resolves when the chart is drawn. */
async function mount(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1200, height: 600 });
  await page.evaluate(async (lanes) => {
    const events = Array.from({ length: 20_000 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      start: new Date(Date.UTC(2024, 0, 1) + ((i * 7919) % 730) * 86_400_000).toISOString().slice(0, 10),
      group: `g${i % lanes}`,
      citations: [{ source: "s" }],
    }));
    const data = {
      sources: [{ id: "s", title: "Wire" }],
      groups: Array.from({ length: lanes }, (_, g) => ({ id: `g${g}`, label: `Lane ${g}` })),
      events,
    };
    const lib = (window as unknown as { citeline: { timeline(d: unknown): HTMLElement } }).citeline;
    document.getElementById("host")!.append(lib.timeline(data));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, LANES);
}

const frames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Resolves once the page has not scrolled for five frames in a row (a smooth scroll has ended). */
const settled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((done) => {
        let last = -1,
          still = 0;
        const tick = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 5) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );

/** What the chart has drawn: lane names, event nodes, all nodes, and events whose box is on screen. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const svg = document.querySelector("svg.citeline-chart")!;
    const onScreen = [...svg.querySelectorAll(".citeline-event")].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });
    return {
      lanes: [...svg.querySelectorAll(".citeline-lane-label")].map((t) => Number(t.textContent.replace(/\D/g, ""))),
      baselines: svg.querySelectorAll(".citeline-baseline").length,
      events: svg.querySelectorAll(".citeline-event").length,
      nodes: svg.querySelectorAll("*").length,
      onScreen: onScreen.length,
      height: Number(svg.getAttribute("height")),
    };
  });

describe.skipIf(!chromiumPath)("a chart taller than the window", () => {
  test("draws the lanes near the screen, and scrolling brings the others", async () => {
    const { page, errors } = await openPage(env.browsing.context, `${env.server.url}tests/browser/fixtures/blank.html`);
    await mount(page);
    const top = await drawn(page);
    // Every lane gets its band: the chart is many windows tall.
    expect(top.height).toBeGreaterThan(LANES * 50);
    // A window's height above and below the screen: about 3 × 600 px of 66 px bands.
    expect(top.lanes.length).toBeGreaterThan(5);
    expect(top.lanes.length).toBeLessThanOrEqual(40);
    expect(top.baselines).toBe(top.lanes.length);
    expect(Math.min(...top.lanes)).toBe(0);
    expect(top.onScreen).toBeGreaterThan(10);
    // About 150 nodes a lane here (marks, labels, "+N" pills), where all 400 lanes would make some 60,000.
    expect(top.nodes).toBeLessThan(200 * top.lanes.length + 500);

    // Scroll to the middle of the chart: the lanes there are drawn, the first ones are gone.
    const y = await page.evaluate(() => {
      const svg = document.querySelector("svg.citeline-chart")!;
      const y = svg.getBoundingClientRect().top + scrollY + svg.getBoundingClientRect().height / 2;
      scrollTo(0, y);
      return y;
    });
    expect(y).toBeGreaterThan(5000);
    await frames(page);
    const middle = await drawn(page);
    expect(middle.lanes).not.toContain(0);
    expect(middle.lanes).toContain(LANES / 2);
    expect(middle.onScreen).toBeGreaterThan(10);
    expect(middle.lanes.length).toBeLessThanOrEqual(40);
    expect(middle.nodes).toBeLessThan(200 * middle.lanes.length + 500);
    await page.screenshot({ path: `${screenshotDir}/tall-middle.png` });
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  test("a chart taken out of the page does not draw on the page's scrolls", async () => {
    const { page, errors } = await openPage(env.browsing.context, `${env.server.url}tests/browser/fixtures/blank.html`);
    await mount(page);
    const lanes = await page.evaluate(async () => {
      const fig = document.querySelector("figure.citeline")!;
      (window as unknown as { kept: Element }).kept = fig;
      const spacer = document.createElement("div");
      spacer.style.height = "30000px";
      fig.replaceWith(spacer);
      for (const y of [4000, 12000, 20000]) {
        scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
      return fig.querySelectorAll(".citeline-lane-label").length;
    });
    expect(lanes).toBeGreaterThan(5);
    expect(lanes).toBeLessThanOrEqual(40);
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  test("moving the keyboard focus to an event off screen scrolls to it", async () => {
    const { page, errors } = await openPage(env.browsing.context, `${env.server.url}tests/browser/fixtures/blank.html`);
    await mount(page);
    await page.focus("svg.citeline-chart");
    await page.keyboard.press("End");
    // The page scrolls smoothly (the reader does not ask for reduced motion): wait until it rests.
    await settled(page);
    const active = await page.evaluate(() => {
      const svg = document.querySelector("svg.citeline-chart")!;
      const el = document.getElementById(svg.getAttribute("aria-activedescendant") ?? "")!;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, scrolled: scrollY, id: el.getAttribute("data-event-id") };
    });
    // The last event in time order; the chart is sorted by start, then id.
    expect(active.id).toMatch(/^e\d+$/);
    expect(active.scrolled).toBeGreaterThan(0);
    expect(active.top).toBeGreaterThanOrEqual(0);
    expect(active.bottom).toBeLessThanOrEqual(600);
    // Its lane's guides came with the scroll.
    const lane = Number(active.id!.slice(1)) % LANES;
    expect((await drawn(page)).lanes).toContain(lane);
    // A reader who prefers reduced motion is taken there at once.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.keyboard.press("Home");
    await frames(page);
    const first = await page.evaluate(() => {
      const svg = document.querySelector("svg.citeline-chart")!;
      const r = document.getElementById(svg.getAttribute("aria-activedescendant") ?? "")!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    expect(first.top).toBeGreaterThanOrEqual(0);
    expect(first.bottom).toBeLessThanOrEqual(600);
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });
});

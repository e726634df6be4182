// Zoom and pan gestures in real Chromium, on the showcase: double-click,
// mouse drag, the wheel at the zoom limit, touch pinch and pan (CDP touch
// input), and that the click ending a drag selects nothing while a plain
// click or tap still does.
import type { CDPSession, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { chromiumPath, openPage, useBrowser } from "./harness.js";

const env = useBrowser();

async function open(viewport = { width: 1200, height: 600 }): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(env.browsing.context, `${env.server.url}examples/renderer.html`);
  await page.setViewportSize(viewport);
  await page.waitForSelector("body[data-ready]", { state: "attached" });
  return { page, errors };
}

/** The figure's visible time domain [start, end] in ms, as it publishes it. */
const domain = (page: Page): Promise<[number, number]> =>
  page.$eval(
    "figure.citeline",
    (f) =>
      [Date.parse((f as HTMLElement).dataset.domainStart!), Date.parse((f as HTMLElement).dataset.domainEnd!)] as [
        number,
        number,
      ],
  );
const span = ([a, b]: [number, number]) => b - a;
/** Waits out the animation frame a gesture's redraw is scheduled in. */
const frames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const detailsOpen = (page: Page) => page.locator(".citeline-details").isVisible();

async function chartBox(page: Page) {
  const box = (await page.locator("svg.citeline-chart").boundingBox())!;
  // The axis band at the top of the chart: no event or cluster there to click.
  return { ...box, cx: box.x + box.width / 2, axisY: box.y + 14, midY: box.y + box.height / 2 };
}

describe.skipIf(!chromiumPath)("zoom and pan gestures in Chromium", () => {
  test("double-click zooms in about the pointer, shift+double-click out; a drag pans", async () => {
    const { page, errors } = await open();
    const box = await chartBox(page);
    const full = await domain(page);
    await page.mouse.dblclick(box.cx, box.axisY);
    await frames(page);
    const zoomed = await domain(page);
    expect(span(zoomed) / span(full)).toBeCloseTo(0.5, 2);
    // The instant under the pointer (the middle of the view) stays there.
    expect(Math.abs((zoomed[0] + zoomed[1]) / 2 - (full[0] + full[1]) / 2)).toBeLessThan(span(full) * 0.02);

    // Drag 200 px to the right: earlier time comes into view, the span stays.
    await page.mouse.move(box.cx, box.axisY);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++) await page.mouse.move(box.cx + k * 20, box.axisY);
    await page.mouse.up();
    await frames(page);
    const panned = await domain(page);
    expect(Math.abs(span(panned) - span(zoomed))).toBeLessThan(5);
    const perPx = span(zoomed) / box.width;
    expect(zoomed[0] - panned[0]).toBeGreaterThan(150 * perPx);
    expect(zoomed[0] - panned[0]).toBeLessThan(250 * perPx);

    await page.keyboard.down("Shift");
    await page.mouse.dblclick(box.cx, box.axisY);
    await page.keyboard.up("Shift");
    await frames(page);
    expect(span(await domain(page)) / span(full)).toBeCloseTo(1, 2);
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  test("the click that ends a drag over an event selects nothing; a plain click selects it", async () => {
    const { page, errors } = await open();
    const box = await chartBox(page);
    await page.mouse.dblclick(box.cx, box.axisY);
    await frames(page);
    const mark = page.locator('g.citeline-event[data-event-id="kremlin-meeting"] .citeline-mark');
    const m = (await mark.boundingBox())!;
    const before = await domain(page);
    await page.mouse.move(m.x + m.width / 2, m.y + m.height / 2);
    await page.mouse.down();
    // Out and back: the press and the release are both on the event's mark, as in a click.
    for (let k = 1; k <= 6; k++) await page.mouse.move(m.x + m.width / 2 - k * 20, m.y + m.height / 2);
    const moved = (await mark.boundingBox())!;
    await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height / 2);
    expect(
      await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest(".citeline-event")?.getAttribute("data-event-id"),
        [moved.x + moved.width / 2, moved.y + moved.height / 2],
      ),
    ).toBe("kremlin-meeting");
    await page.mouse.up();
    await frames(page);
    expect(await domain(page)).not.toEqual(before);
    expect(await detailsOpen(page)).toBe(false);
    // The swallowed click was that drag's only: the next click selects.
    const again = (await mark.boundingBox())!;
    await page.mouse.click(again.x + again.width / 2, again.y + again.height / 2);
    await expect.poll(() => detailsOpen(page)).toBe(true);
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  test("ctrl + wheel zooms the chart (a sideways swipe pans), a plain wheel scrolls the page", async () => {
    const { page, errors } = await open({ width: 1200, height: 420 });
    let box = await chartBox(page);
    const full = await domain(page);
    await page.mouse.move(box.cx, box.midY);
    await page.mouse.wheel(0, 240);
    await frames(page);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await domain(page)).toEqual(full);
    box = await chartBox(page);
    await page.mouse.move(box.cx, box.midY);
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -240);
    await page.keyboard.up("Control");
    await frames(page);
    const zoomed = await domain(page);
    expect(span(zoomed)).toBeLessThan(span(full) * 0.8);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    // A sideways swipe (a trackpad's deltaX) pans: later time comes into view, the span stays.
    await page.mouse.wheel(120, 0);
    await frames(page);
    const swiped = await domain(page);
    expect(swiped[0]).toBeGreaterThan(zoomed[0]);
    expect(Math.abs(span(swiped) - span(zoomed))).toBeLessThan(5);
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  test("touch: two fingers pinch, one finger pans, a tap selects", async () => {
    const { page, errors } = await open();
    const cdp: CDPSession = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", points: [number, number][]) =>
      cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
    const box = await chartBox(page);
    const full = await domain(page);
    const y = box.axisY + 10;
    await touch("touchStart", [
      [box.cx - 50, y],
      [box.cx + 50, y],
    ]);
    for (let k = 1; k <= 10; k++)
      await touch("touchMove", [
        [box.cx - 50 - k * 5, y],
        [box.cx + 50 + k * 5, y],
      ]);
    await touch("touchEnd", []);
    await frames(page);
    const pinched = await domain(page);
    // Fingers 100 px apart end 200 px apart: half the time is in view (the first view fits two days, a day the limit).
    expect(span(pinched) / span(full)).toBeCloseTo(1 / 2, 1);

    await touch("touchStart", [[box.cx, y]]);
    for (let k = 1; k <= 10; k++) await touch("touchMove", [[box.cx - k * 15, y]]);
    // Hold still before lifting: a flick would start a fling, and Chromium spends the next tap on stopping it.
    await page.waitForTimeout(150);
    await touch("touchMove", [[box.cx - 150, y]]);
    await touch("touchEnd", []);
    await page.waitForTimeout(300);
    await frames(page);
    const panned = await domain(page);
    expect(panned[0]).toBeGreaterThan(pinched[0]);
    expect(Math.abs(span(panned) - span(pinched))).toBeLessThan(5);
    expect(await detailsOpen(page)).toBe(false);

    // Whichever event is in view now: a tap after the gestures still selects.
    const m = await page.$$eval(
      ".citeline-event .citeline-mark",
      (marks, b) =>
        marks
          .map((x) => x.getBoundingClientRect())
          .find((r) => r.left > b.x + 60 && r.right < b.x + b.width - 60 && r.width > 0),
      box,
    );
    expect(m).toBeDefined();
    await touch("touchStart", [[m!.x + m!.width / 2, m!.y + m!.height / 2]]);
    await touch("touchEnd", []);
    await expect.poll(() => detailsOpen(page)).toBe(true);
    expect(await domain(page)).toEqual(panned);
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });
});

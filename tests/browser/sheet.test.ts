// The details panel as a sheet on a phone (issue 24, item 7), in real
// Chromium with touch: opened on the showcase's last events it leaves the
// picked row, the legend and the list's heading in view; one tap outside it
// closes it and gives focus back to the chart on that event; a tap on
// another event opens that one instead of closing.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromiumPath, openPage, useBrowser } from "./harness.js";

const env = useBrowser();

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const sheet = (page: Page) => page.locator("cite-line section.citeline-details");
const row = (page: Page, id: string) => page.locator(`cite-line g.citeline-event[data-event-id="${id}"]`);

/** The chart's focus: its class, and the event it points at. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector("cite-line")!.shadowRoot!;
    const el = root.activeElement;
    const id = el?.getAttribute("aria-activedescendant");
    return {
      cls: el?.getAttribute("class") ?? "",
      event: id ? root.getElementById(id)?.getAttribute("data-event-id") : null,
    };
  });

/** The showcase's events in time order (the list view's order). */
const order = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelector("cite-line")!.shadowRoot!.querySelectorAll("ol.citeline-list > li")].map((li) =>
      li.getAttribute("data-event-id")!,
    ),
  );

describe.skipIf(!chromiumPath)("the sheet on a phone", () => {
  let phone: BrowserContext;
  beforeAll(async () => {
    phone = await env.browsing.context.browser()!.newContext({
      viewport: { width: 320, height: 640 },
      hasTouch: true,
      isMobile: true,
    });
  });
  afterAll(async () => {
    await phone?.close();
  });

  async function open(width: number): Promise<{ page: Page; errors: string[] }> {
    const opened = await openPage(phone, "about:blank");
    await opened.page.setViewportSize({ width, height: 640 });
    await opened.page.goto(`${env.server.url}examples/showcase.html`);
    await opened.page.waitForSelector("cite-line g.citeline-event", { state: "attached" });
    return opened;
  }

  for (const width of [320, 390]) {
    test(`${width}px: a sheet over one of the last events leaves it, the legend and the list's heading in view`, async () => {
      const { page, errors } = await open(width);
      const ids = await order(page);
      for (const id of ids.slice(-3)) {
        await row(page, id).scrollIntoViewIfNeeded();
        await row(page, id).tap();
        await expect.poll(() => sheet(page).getAttribute("data-event-id")).toBe(id);
        expect(await sheet(page).getAttribute("class")).toContain("is-sheet");
        const over = (await sheet(page).boundingBox())!;
        for (const [what, box] of [
          ["the picked row", await row(page, id).boundingBox()],
          ["the legend", await page.locator("cite-line .citeline-legend").boundingBox()],
          ["the list's heading", await page.locator("cite-line .citeline-listview-summary").boundingBox()],
        ] as const) {
          expect(box, `${what} of ${id}`).not.toBeNull();
          expect(overlap(over, box!), `the sheet covers ${what} of ${id}`).toBe(false);
          expect(box!.y, `${what} of ${id} is above the screen`).toBeGreaterThanOrEqual(0);
        }
        // A readable sheet still: over a third of the screen.
        expect(over.height).toBeGreaterThan(640 / 3);
        await sheet(page).locator(".citeline-close").tap();
        await expect.poll(() => sheet(page).isHidden()).toBe(true);
      }
      expect(errors, errors.join("\n")).toEqual([]);
      await page.close();
    });
  }

  /** A point of the chart at least `clear` px from anything a tap would pick, above the sheet. */
  const background = (page: Page, clear: number) =>
    page.evaluate((clear) => {
      const root = document.querySelector("cite-line")!.shadowRoot!;
      const svg = root.querySelector("svg.citeline-chart")!.getBoundingClientRect();
      const sheetTop = root.querySelector("section.citeline-details")!.getBoundingClientRect().top;
      const picks = ".citeline-event, .citeline-cluster, .citeline-stack";
      const free = (x: number, y: number) => {
        for (const dx of [-clear, 0, clear])
          for (const dy of [-clear, 0, clear]) {
            const hit = root.elementFromPoint(x + dx, y + dy);
            if (!hit?.closest("svg.citeline-chart") || hit.closest(picks)) return false;
          }
        return true;
      };
      for (let y = Math.max(svg.top, 0) + clear; y < Math.min(svg.bottom, sheetTop) - clear; y += 4)
        for (let x = svg.left + clear; x < svg.right - clear; x += 8) if (free(x, y)) return { x, y };
      return null;
    }, clear);

  test("320px: one tap outside the sheet closes it, focus back on the event; a tap on another event opens that one", async () => {
    const { page, errors } = await open(320);
    const ids = await order(page);
    const [first, second] = [ids[7]!, ids[8]!];
    await row(page, first).scrollIntoViewIfNeeded();
    await row(page, first).tap();
    await expect.poll(() => sheet(page).getAttribute("data-event-id")).toBe(first);
    // Another event, above the sheet: it opens, the sheet stays.
    await row(page, second).tap();
    await expect.poll(() => sheet(page).getAttribute("data-event-id")).toBe(second);
    expect(await sheet(page).isVisible()).toBe(true);
    // The chart's caption: one tap closes the sheet.
    await page.locator("cite-line figcaption.citeline-caption").scrollIntoViewIfNeeded();
    await page.locator("cite-line figcaption.citeline-caption").tap();
    await expect.poll(() => sheet(page).isHidden()).toBe(true);
    expect(await focused(page)).toEqual({ cls: "citeline-chart", event: second });
    // Outside the chart too: the page's own heading.
    await row(page, first).scrollIntoViewIfNeeded();
    await row(page, first).tap();
    await expect.poll(() => sheet(page).getAttribute("data-event-id")).toBe(first);
    await page.locator("h1").scrollIntoViewIfNeeded();
    await page.locator("h1").tap();
    await expect.poll(() => sheet(page).isHidden()).toBe(true);
    expect(await focused(page)).toEqual({ cls: "citeline-chart", event: first });
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  test("620px, a horizontal chart with a sheet: one tap on the plot's background closes it", async () => {
    const { page, errors } = await open(620);
    const id = "kremlin-meeting";
    await row(page, id).locator(".citeline-mark").scrollIntoViewIfNeeded();
    await row(page, id).locator(".citeline-mark").tap();
    await expect.poll(() => sheet(page).getAttribute("data-event-id")).toBe(id);
    expect(await sheet(page).getAttribute("class")).toContain("is-sheet");
    const spot = await background(page, 24);
    expect(spot).not.toBeNull();
    await page.touchscreen.tap(spot!.x, spot!.y);
    await expect.poll(() => sheet(page).isHidden()).toBe(true);
    expect(await focused(page)).toEqual({ cls: "citeline-chart", event: id });
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  test("a tap inside the sheet leaves it open", async () => {
    const { page, errors } = await open(390);
    const id = (await order(page))[7]!;
    await row(page, id).scrollIntoViewIfNeeded();
    await row(page, id).tap();
    await expect.poll(() => sheet(page).getAttribute("data-event-id")).toBe(id);
    await sheet(page).locator("h2").tap();
    await page.waitForTimeout(200);
    expect(await sheet(page).isVisible()).toBe(true);
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });
});

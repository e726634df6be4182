// The details panel and the live region in real Chromium, on the showcase
// (issue 24, items 7 and 8), at 1440, 1024, 768, 390 and 320 px: opened by
// a click and by the keyboard, the panel covers neither the picked event
// nor the lane names; its close button stays in view when its content is
// scrolled to the end; one click (or Escape) closes it and focus goes back
// to the chart on the event; the live region says the event, the last
// event, and a zoom once it rests; axe finds nothing on the open panel.
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { axeViolations, chromiumPath, openPage, screenshotDir, useBrowser } from "./harness.js";

const env = useBrowser();

const WIDTHS = [1440, 1024, 768, 390, 320] as const;
/** The showcase's five-hour meeting: five sources, so the panel's content scrolls. */
const EVENT = "kremlin-meeting";
/** Widths at which the showcase reads top to bottom (its figure is under 560 px). */
const vertical = (width: number) => width < 600;

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function showcase(width: number, scheme: "light" | "dark" = "light"): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(env.browsing.context, "about:blank");
  await opened.page.setViewportSize({ width, height: 900 });
  await opened.page.emulateMedia({ colorScheme: scheme });
  await opened.page.goto(`${env.server.url}examples/showcase.html`);
  await opened.page.waitForSelector(`cite-line g.citeline-event[data-event-id="${EVENT}"]`, { state: "attached" });
  return opened;
}

const panel = (page: Page) => page.locator("cite-line section.citeline-details");
const live = (page: Page) => page.locator("cite-line .citeline-live");
const eventNode = (page: Page, id = EVENT) => page.locator(`cite-line g.citeline-event[data-event-id="${id}"]`);

/** What has focus inside the element's shadow root: its tag and class, and the event its chart points at. */
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

/** Clicks what the reader sees of the event: its label where it has one, else its mark (its whole row in the vertical layout). */
async function clickEvent(page: Page): Promise<void> {
  const g = eventNode(page);
  const target: Locator = vertical(page.viewportSize()!.width)
    ? g
    : (await g.locator("text.citeline-label").count()) && (await g.locator("text.citeline-label").textContent())
      ? g.locator("text.citeline-label")
      : g.locator(".citeline-mark");
  await target.scrollIntoViewIfNeeded();
  await target.click();
}

/** The panel covers neither the selected event (mark, label, badge) nor any lane name. */
async function clearOfPanel(page: Page): Promise<void> {
  const box = (await panel(page).boundingBox())!;
  expect(box.height).toBeGreaterThan(100);
  const picked = (await page.locator("cite-line g.citeline-event.is-selected").boundingBox())!;
  expect(overlap(box, picked), `${JSON.stringify(box)} over ${JSON.stringify(picked)}`).toBe(false);
  // The lane names of the horizontal layout, and the picked row's own: in the vertical layout each row names
  // its lane, and a sheet covers the rows under the picked one as it covers the rest of the page.
  const names = page.locator(
    "cite-line .citeline-lane-labels .citeline-lane-label, cite-line g.citeline-event.is-selected .citeline-lane-label",
  );
  for (const name of await names.all()) {
    const b = await name.boundingBox();
    if (b)
      expect(
        overlap(box, b),
        `${JSON.stringify(box)} over the lane name ${await name.textContent()} ${JSON.stringify(b)}`,
      ).toBe(false);
  }
  // The picked event is on screen, above a sheet, beside a column, over a panel below.
  const view = page.viewportSize()!;
  expect(picked.y).toBeGreaterThanOrEqual(0);
  expect(picked.y + picked.height).toBeLessThanOrEqual(view.height);
}

/** Scrolls the panel's content to its end; the close button must still be on screen. */
async function closeStaysInView(page: Page): Promise<void> {
  const body = panel(page).locator(".citeline-details-body");
  const scrolls = await body.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
    return el.scrollHeight > el.clientHeight;
  });
  // Five sources do not fit in the panel at any width: the body scrolls, not the page.
  expect(scrolls).toBe(true);
  const close = (await panel(page).locator(".citeline-close").boundingBox())!;
  const view = page.viewportSize()!;
  expect(close.y).toBeGreaterThanOrEqual(0);
  expect(close.y + close.height).toBeLessThanOrEqual(view.height);
  expect(close.x + close.width).toBeLessThanOrEqual(view.width);
  expect(close.width).toBeGreaterThanOrEqual(32);
}

describe.skipIf(!chromiumPath)("the details panel and the live region, on the showcase", () => {
  for (const width of WIDTHS) {
    test(`${width}px: a click opens it clear of the event and the lane names; close stays in view; one click closes it`, async () => {
      const { page, errors } = await showcase(width);
      await clickEvent(page);
      await expect.poll(() => panel(page).getAttribute("data-event-id")).toBe(EVENT);
      expect(await panel(page).isVisible()).toBe(true);
      // One place per layout: a column beside the chart, under it, or a sheet.
      const place = await panel(page).evaluate((el) =>
        el.classList.contains("is-sheet") ? "sheet" : el.classList.contains("is-below") ? "below" : "side",
      );
      expect(place).toBe(width >= 1024 ? "side" : width >= 768 ? "below" : "sheet");
      // Opening another event leaves the panel where it was.
      await clearOfPanel(page);
      await page.screenshot({ path: join(screenshotDir, `panel-showcase-${width}.png`) });
      await closeStaysInView(page);
      expect(await live(page).textContent()).toMatch(
        /^Putin meets Witkoff and Kushner in the Kremlin, Dec 2, 2025 \(evening\), Negotiations\. \d+ of 14\. 5 sources\.$/,
      );
      await panel(page).locator(".citeline-close").click();
      await expect.poll(() => panel(page).isHidden()).toBe(true);
      expect(await focused(page)).toEqual({ cls: "citeline-chart", event: EVENT });
      // Another event opens the panel in the same place: one drawn at this
      // width (which events have a mark of their own, not a pill, depends on it).
      const otherId = await page
        .locator("cite-line")
        .evaluate(
          (el, skip) =>
            [...el.shadowRoot!.querySelectorAll("g.citeline-event[data-event-id]")]
              .map((g) => g.getAttribute("data-event-id"))
              .find((id) => id && id !== skip) ?? null,
          EVENT,
        );
      expect(otherId).not.toBeNull();
      await eventNode(page, otherId!).evaluate((g) => g.dispatchEvent(new MouseEvent("click", { bubbles: true })));
      await expect.poll(() => panel(page).getAttribute("data-event-id")).toBe(otherId);
      expect(
        await panel(page).evaluate((el) =>
          el.classList.contains("is-sheet") ? "sheet" : el.classList.contains("is-below") ? "below" : "side",
        ),
      ).toBe(place);
      expect(errors, errors.join("\n")).toEqual([]);
      await page.close();
    });

    test(`${width}px: the keyboard opens it, Escape closes it, and the live region follows`, async () => {
      const { page, errors } = await showcase(width);
      await page.locator("cite-line svg.citeline-chart").focus();
      await page.keyboard.press("Home");
      await expect.poll(() => live(page).textContent()).toMatch(/^First event\. .*\. 1 of 14\. /);
      for (let k = 0; k < 14; k++) await page.keyboard.press("ArrowRight");
      await expect.poll(() => live(page).textContent()).toMatch(/^Last event\. .*\. 14 of 14\. \d sources?\.$/);
      // Back to the meeting, by its place in time order, and open it.
      await page.keyboard.press("Home");
      const order = await page.evaluate(() => {
        const root = document.querySelector("cite-line")!.shadowRoot!;
        return [...root.querySelectorAll("ol.citeline-list > li")].map((li) => li.getAttribute("data-event-id"));
      });
      for (let k = 0; k < order.indexOf(EVENT); k++) await page.keyboard.press("ArrowRight");
      expect(await live(page).textContent()).toContain(`${order.indexOf(EVENT) + 1} of 14`);
      await page.keyboard.press("Enter");
      await expect.poll(() => panel(page).getAttribute("data-event-id")).toBe(EVENT);
      await clearOfPanel(page);
      // A sheet covers the page, so focus moves into it (it is named by the event's title); a column or a
      // panel under the chart leaves it on the chart, where the arrows keep moving from event to event.
      expect((await focused(page)).cls).toBe(vertical(width) ? "citeline-details is-sheet" : "citeline-chart");
      await page.keyboard.press("Escape");
      await expect.poll(() => panel(page).isHidden()).toBe(true);
      expect(await focused(page)).toEqual({ cls: "citeline-chart", event: EVENT });
      if (!vertical(width)) {
        // A zoom is said once it rests: the span shown and its events. The first view fits the marks and the
        // zoom goes down to 12 hours, so one step in can show under two days: then clock times and the zone.
        await page.keyboard.press("+");
        await expect
          .poll(() => live(page).textContent(), { timeout: 5_000 })
          .toMatch(
            /^Showing \w{3} \d+, 2025(, \d+:\d\d(\s?[AP]M)?)?(\s–\s(\w{3} \d+, 2025(, )?)?(\d+:\d\d\s?[AP]M)?)?( UTC)?, \d+ events?$/,
          );
      }
      expect(errors, errors.join("\n")).toEqual([]);
      await page.close();
    });
  }

  test("on a touch phone, a tap opens the sheet and one tap on × closes it", async () => {
    const context = await env.browsing.context.browser()!.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const { page, errors } = await openPage(context, `${env.server.url}examples/showcase.html`);
      await page.waitForSelector(`cite-line g.citeline-event[data-event-id="${EVENT}"]`, { state: "attached" });
      await eventNode(page).scrollIntoViewIfNeeded();
      await eventNode(page).tap();
      await expect.poll(() => panel(page).getAttribute("data-event-id")).toBe(EVENT);
      expect(await panel(page).getAttribute("class")).toContain("is-sheet");
      await clearOfPanel(page);
      await panel(page).locator(".citeline-close").tap();
      await expect.poll(() => panel(page).isHidden()).toBe(true);
      expect(errors, errors.join("\n")).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a sheet opened by the page's own button leaves focus on that button", async () => {
    const { page, errors } = await showcase(390);
    const kept = await page.evaluate((id) => {
      const button = document.createElement("button");
      button.textContent = "Show the meeting";
      button.addEventListener("click", () => (document.querySelector("cite-line") as unknown as Handle).select(id));
      document.querySelector("main")!.prepend(button);
      type Handle = { select(id: string): void };
      button.focus();
      button.click();
      return document.activeElement === button;
    }, EVENT);
    expect(kept).toBe(true);
    expect(await panel(page).getAttribute("class")).toContain("is-sheet");
    expect(await panel(page).getAttribute("data-event-id")).toBe(EVENT);
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  test("the live region names each source's date when they disagree", async () => {
    const { page, errors } = await openPage(env.browsing.context, `${env.server.url}tests/browser/fixtures/blank.html`);
    await page.evaluate(() => {
      const c = (window as unknown as { citeline: typeof import("../../src/index.js") }).citeline;
      const fig = c.timeline({
        sources: [
          { id: "wire", title: "Talks end without a deal", publisher: "Wire Service", published: "2025-12-03" },
          { id: "daily", title: "Envoys in Moscow", publisher: "The Daily", published: "2025-12-03" },
        ],
        events: [
          { id: "arrival", title: "Envoys arrive in Moscow", start: "2025-12-01", citations: [{ source: "wire" }] },
          {
            id: "meeting",
            title: "Kremlin meeting",
            citations: [
              { source: "wire", dateText: "on Tuesday evening" },
              { source: "daily", dateText: "Wednesday (Dec 3)" },
            ],
          },
        ],
      });
      document.getElementById("host")!.append(fig);
      fig.select("meeting");
    });
    await expect
      .poll(() => page.locator(".citeline-live").textContent())
      .toMatch(
        /^Kremlin meeting, .*\. 2 of 2\. 2 sources\. Sources disagree: Wire Service says Dec 2, 2025 \(evening\); The Daily says Dec 3, 2025\.$/,
      );
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  for (const width of [320, 1440])
    for (const scheme of ["light", "dark"] as const)
      test(`axe finds nothing on the open panel at ${width}px, ${scheme}`, async () => {
        const { page, errors } = await showcase(width, scheme);
        await clickEvent(page);
        await expect.poll(() => panel(page).isVisible()).toBe(true);
        expect(await axeViolations(page, "cite-line")).toEqual([]);
        expect(errors, errors.join("\n")).toEqual([]);
        await page.close();
      });
});

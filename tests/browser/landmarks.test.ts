// Two charts of one title on a page, the same event open in both (issue 24):
// each details panel is a landmark, and their names differ by the chart's
// place among the page's charts of that title, for `<cite-line>` elements
// (each in its shadow root) and for figures from `timeline()` alike. axe's
// landmark rules find nothing, in real Chromium.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { axeViolations, chromiumPath, openPage, useBrowser } from "./harness.js";

const env = useBrowser();

const DATA = {
  title: "Council budget, March 2031",
  sources: [{ id: "gazette", title: "Budget hearing", publisher: "The Gazette", published: "2031-03-04" }],
  events: [
    { id: "hearing", title: "Public hearing on the budget", start: "2031-03-03", citations: [{ source: "gazette" }] },
    { id: "vote", title: "Council adopts the budget", start: "2031-03-17", citations: [{ source: "gazette" }] },
  ],
};

/** Each open panel's accessible name, from its aria-labelledby, in page order. */
const panelNames = (page: Page) =>
  page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const host of document.querySelectorAll("cite-line")) if (host.shadowRoot) roots.push(host.shadowRoot);
    const names: string[] = [];
    for (const root of roots)
      for (const panel of root.querySelectorAll<HTMLElement>("section.citeline-details:not([hidden])"))
        names.push(
          (panel.getAttribute("aria-labelledby") ?? "")
            .split(" ")
            .map((id) => root.getElementById(id)?.textContent ?? "")
            .join(" "),
        );
    return names;
  });

describe.skipIf(!chromiumPath)("details panels of charts that share a title", () => {
  test("two <cite-line> elements: each panel has its own name, and axe finds nothing", async () => {
    const { page, errors } = await openPage(env.browsing.context, `${env.server.url}tests/browser/fixtures/blank.html`);
    await page.setViewportSize({ width: 1024, height: 1400 });
    await page.evaluate((data) => {
      const json = JSON.stringify(data).replace(/</g, "\\u003c");
      document.getElementById("host")!.innerHTML =
        `<h1>Budget coverage</h1><h2>Morning edition</h2><cite-line height="220"><script type="application/json">${json}</script></cite-line>` +
        `<h2>Evening edition</h2><cite-line height="220"><script type="application/json">${json}</script></cite-line>`;
    }, DATA);
    await expect.poll(() => page.locator("cite-line g.citeline-event").count()).toBe(4);
    for (const n of [0, 1])
      await page
        .locator("cite-line")
        .nth(n)
        .evaluate((el) => (el as unknown as { select(id: string): void }).select("vote"));
    await expect
      .poll(() => panelNames(page))
      .toEqual([
        "Council adopts the budget Timeline 1 of 2 Council budget, March 2031",
        "Council adopts the budget Timeline 2 of 2 Council budget, March 2031",
      ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  test("figures from timeline(): the same, and a chart of its own title keeps its plain name", async () => {
    const { page, errors } = await openPage(env.browsing.context, `${env.server.url}tests/browser/fixtures/blank.html`);
    await page.setViewportSize({ width: 1024, height: 1400 });
    await page.evaluate((data) => {
      const c = (window as unknown as { citeline: typeof import("../../src/index.js") }).citeline;
      const host = document.getElementById("host")!;
      host.innerHTML = "<h1>Budget coverage</h1>";
      const figs = [data.title, "Another story", data.title].map((title) =>
        c.timeline({ ...data, title }, { height: 220 }),
      );
      host.append(...figs);
      for (const fig of figs) fig.select("hearing");
    }, DATA);
    await expect
      .poll(() => panelNames(page))
      .toEqual([
        "Public hearing on the budget Timeline 1 of 2 Council budget, March 2031",
        "Public hearing on the budget Another story",
        "Public hearing on the budget Timeline 2 of 2 Council budget, March 2031",
      ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });
});

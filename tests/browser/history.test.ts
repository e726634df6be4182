// All of history in real Chromium with the script-tag bundle: a cosmology
// timeline (13.8 billion years back) and a BCE one draw without a page error,
// and ctrl+wheel, +/- keys and zoomTo take the axis from billions of years to
// days with readable labels.
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { bronzeAge, cosmology } from "../scale/history.fixtures.js";
import { chromiumPath, openPage, useBrowser } from "./harness.js";

const env = useBrowser();

const ticks = (page: Page, id: string): Promise<string[]> =>
  page.$$eval(`#${id} .citeline-axis .tick text`, (ts) => ts.map((t) => t.textContent ?? ""));

describe.skipIf(!chromiumPath)("all of history in Chromium", () => {
  test("cosmology and BCE charts draw, zoom and read as people write years", async () => {
    const { page, errors } = await openPage(env.browsing.context, `${env.server.url}tests/browser/fixtures/blank.html`);
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.evaluate(
      ([a, b]) => {
        const host = document.getElementById("host")!;
        const c = (globalThis as unknown as { citeline: { timeline(d: unknown, o?: unknown): HTMLElement } }).citeline;
        for (const [id, data] of [
          ["cosmo", a],
          ["bce", b],
        ] as const) {
          const div = document.createElement("div");
          div.id = id;
          div.appendChild(c.timeline(data));
          host.appendChild(div);
        }
      },
      [cosmology, bronzeAge],
    );
    const full = await ticks(page, "cosmo");
    expect(
      full.some((l) => /^\d+ billion years ago$/.test(l)),
      full.join(" | "),
    ).toBe(true);
    expect(await ticks(page, "bce")).toContain("3500 BC");

    // ctrl+wheel over the Big Bang zooms in on deep time; the labels gain the digits they need.
    const svg = page.locator("#cosmo svg.citeline-chart");
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + 30, box.y + box.height / 2);
    await page.keyboard.down("Control");
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -400);
    await page.keyboard.up("Control");
    await page.waitForTimeout(300);
    const deep = await ticks(page, "cosmo");
    expect(deep.length).toBeGreaterThanOrEqual(2);
    for (const l of deep) expect(l).toMatch(/^1[34](\.\d+)? billion years ago$/);
    expect(new Set(deep).size).toBe(deep.length);

    // Down to days where the data is within Date's range, and back out with the keyboard.
    await page.evaluate(() =>
      (document.querySelector("#cosmo figure") as unknown as { zoomTo(a: string, b: string): void }).zoomTo(
        "1969-07-14",
        "1969-07-27",
      ),
    );
    await page.waitForTimeout(200);
    expect((await ticks(page, "cosmo")).join(" ")).toMatch(/Jul \d+/);
    await svg.focus();
    for (let i = 0; i < 45; i++) await page.keyboard.press("-");
    await page.waitForTimeout(300);
    expect((await ticks(page, "cosmo")).join(" ")).toMatch(/billion years ago/);
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });
});

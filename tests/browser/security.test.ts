// Hostile data rendered in real Chromium through the three ways citeline is
// used: timeline() from the IIFE bundle, <cite-line> with inline data, and
// the server renderer's HTML hydrated by the element. Nothing may run.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { renderToString } from "../../src/server.js";
import { hostileTimeline } from "../security/payloads.js";
import { chromiumPath, openPage, useBrowser } from "./harness.js";

const run = chromiumPath ? describe : describe.skip;
const env = useBrowser();

const data = hostileTimeline();
const json = JSON.stringify(data).replace(/</g, "\\u003c");

async function inspect(
  page: Page,
): Promise<{ pwned: unknown; injected: number; badLinks: string[]; listItems: number }> {
  return page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const el of document.querySelectorAll("cite-line")) if (el.shadowRoot) roots.push(el.shadowRoot);
    let injected = 0;
    const badLinks: string[] = [];
    let listItems = 0;
    for (const root of roots) {
      injected += root.querySelectorAll(
        // The list view and the data-warnings box are citeline's own <details>; any other is injected.
        "#pwned, iframe, img, math, object, embed, details:not(.citeline-listview):not(.citeline-warnings)",
      ).length;
      injected += [...root.querySelectorAll("script")].filter((s) => s.type !== "application/json" && !s.src).length;
      for (const el of root.querySelectorAll("*"))
        if (el.getAttributeNames().some((a) => a.startsWith("on"))) injected++;
      for (const a of root.querySelectorAll("a"))
        if (!/^(https?:|mailto:)/.test(a.getAttribute("href") ?? "")) badLinks.push(a.getAttribute("href") ?? "");
      listItems += root.querySelectorAll("ol.citeline-list > li[data-event-id]").length;
    }
    return { pwned: (window as unknown as { __pwned?: unknown }).__pwned, injected, badLinks, listItems };
  });
}

async function exercise(page: Page, host: string): Promise<void> {
  // Select every event so the details panel renders every citation.
  const ids = data.events.map((e) => e.id as string);
  await page.evaluate(
    ({ host, ids }) => {
      const el = document.querySelector(host) as unknown as { select(id: string): void };
      for (const id of ids) el.select(id);
    },
    { host, ids },
  );
  // Hover and click across the chart, where onmouseover payloads would fire.
  const box = await page.locator(`${host} svg.citeline-chart`).first().boundingBox();
  if (box) for (let x = box.x + 10; x < box.x + box.width; x += 60) await page.mouse.click(x, box.y + box.height / 2);
}

run("hostile data in Chromium", () => {
  for (const how of ["bundle", "element", "server"] as const) {
    it(`runs nothing and injects nothing (${how})`, async () => {
      const { page, errors } = await openPage(
        env.browsing.context,
        `${env.server.url}tests/browser/fixtures/blank.html`,
      );
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      if (how === "bundle") {
        await page.evaluate((d) => {
          const fig = (window as unknown as { citeline: { timeline(x: unknown): HTMLElement } }).citeline.timeline(d);
          fig.id = "chart";
          document.getElementById("host")!.append(fig);
        }, data);
        await exercise(page, "#chart");
      } else {
        const inner = how === "server" ? renderToString(data) : `<script type="application/json">${json}</script>`;
        await page.evaluate((html) => {
          const host = document.getElementById("host")!;
          // Parsed like a page the server sent: the HTML parser, not the DOM API.
          host.append(document.createRange().createContextualFragment(`<cite-line id="el">${html}</cite-line>`));
        }, inner);
        await page.waitForFunction(() =>
          document.querySelector("cite-line")?.shadowRoot?.querySelector("figure.citeline"),
        );
        await exercise(page, "#el");
      }
      const found = await inspect(page);
      expect(found.pwned).toBeUndefined();
      expect(found.injected).toBe(0);
      expect(found.badLinks).toEqual([]);
      expect(found.listItems).toBeGreaterThanOrEqual(data.events.length);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

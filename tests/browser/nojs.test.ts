// The server rendering with JavaScript turned off (issue 24): on
// examples/server-rendered.html (renderToString of the showcase, written by
// the build), at 320, 600, 800, 1024 and 1440 px, every text a reader sees
// in the figure renders at 11 px or more, the SVG's text measured through
// its scale on screen. Below 560 px the list stands alone; above, the chart
// keeps the width it was drawn at and scrolls sideways where the page is
// narrower, rather than shrinking its text (it was about 6.4 px at 600).
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromiumPath, openPage, root, useBrowser } from "./harness.js";

const env = useBrowser();
const built = existsSync(join(root, "examples/server-rendered.html"));

describe.skipIf(!chromiumPath || !built)("the server rendering without JavaScript", () => {
  let noScript: BrowserContext;
  beforeAll(async () => {
    noScript = await env.browsing.context.browser()!.newContext({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await noScript?.close();
  });

  for (const width of [320, 600, 800, 1024, 1440]) {
    test(`${width}px: no text under 11 px`, async () => {
      const { page, errors } = await openPage(noScript, "about:blank");
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${env.server.url}examples/server-rendered.html`);
      const r = await page.evaluate(() => {
        const small: string[] = [];
        let seen = 0;
        for (const fig of document.querySelectorAll("figure.citeline")) {
          const walker = document.createTreeWalker(fig, NodeFilter.SHOW_TEXT);
          for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            const el = t.parentElement as Element;
            if (!t.textContent!.trim()) continue;
            // What is laid out on the page, scrolled to or not: text in a hidden part has no box.
            const range = document.createRange();
            range.selectNodeContents(t);
            const box = range.getBoundingClientRect();
            if (!box.width || !box.height) continue;
            let size = parseFloat(getComputedStyle(el).fontSize);
            if (el instanceof SVGGraphicsElement) {
              const m = el.getScreenCTM()!;
              size *= Math.hypot(m.a, m.b);
            }
            seen++;
            if (size < 10.95) small.push(`${size.toFixed(2)} px: "${t.textContent!.trim().slice(0, 40)}"`);
          }
        }
        const chart = document.querySelector("figure.citeline svg.citeline-chart");
        return {
          small,
          seen,
          chart: !!chart?.getBoundingClientRect().width,
          page: document.documentElement.scrollWidth,
        };
      });
      expect(r.seen).toBeGreaterThan(100);
      expect(r.small).toEqual([]);
      // The chart shows from 560 px; the page itself never scrolls sideways, only the chart's own box.
      expect(r.chart).toBe(width >= 560);
      expect(r.page).toBe(width);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

// Issue 24 on the example pages as a reader on a phone meets them: the
// vertical layout names each event's lane and part of the day and scrolls
// the keyboard's event into view; the server rendering reads at 320 and
// 390 px with JavaScript off; and axe finds nothing on any page, in both
// colour schemes, at 320 and 1440 px, with a details panel open and the
// list view expanded.
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, chromiumPath, openPage, useBrowser } from "./harness.js";

const run = chromiumPath ? describe : describe.skip;
const env = useBrowser();

async function phone(width: number, options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  return env.browsing.browser.newContext({
    viewport: { width, height: 700 },
    reducedMotion: "reduce",
    ...options,
  });
}

/** The keyboard's event of the first chart on the page: its row's box on screen and its text. */
function activeRow(page: Page): Promise<{ top: number; bottom: number; text: string; id: string } | null> {
  return page.evaluate(() => {
    const root = document.querySelector("cite-line")?.shadowRoot ?? document;
    const row = root.querySelector(".citeline-event.is-active");
    if (!row) return null;
    const r = row.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, text: row.textContent ?? "", id: row.getAttribute("data-event-id") ?? "" };
  });
}

// Scrolling lands on whole pixels: a row aligned with an edge may overhang it by a fraction.
const onScreen = (r: { top: number; bottom: number } | null): boolean =>
  !!r && r.top >= -1 && r.bottom <= 701 && r.bottom > r.top;

run("the vertical layout on a phone", () => {
  it.each([320, 390])("at %i px, rows name their lane and part of the day", async (width) => {
    const context = await phone(width);
    try {
      const { page, errors } = await openPage(context, `${env.server.url}examples/showcase.html`);
      const rows = page.locator("cite-line g.citeline-event");
      await expect.poll(() => rows.count()).toBe(14);
      expect(await page.locator("cite-line figure.citeline").getAttribute("class")).toContain("citeline--vertical");
      const meeting = page.locator('cite-line g.citeline-event[data-event-id="kremlin-meeting"]');
      // One of five sources says "on Tuesday evening"; the wide layout's lanes become each row's lane name.
      expect(await meeting.locator(".citeline-vdate").textContent()).toBe("Dec 2, 2025 (evening)");
      expect(await meeting.locator(".citeline-lane-label").textContent()).toBe("Negotiations");
      const lanes = await rows.locator(".citeline-lane-label").allTextContents();
      expect(lanes).toHaveLength(14);
      expect(new Set(lanes)).toEqual(new Set(["Negotiations", "Russia", "United States", "Ukraine", "Europe"]));
      // A lane name is drawn whole, at a readable size, inside the chart and clear of the date beside it.
      const boxes = await rows.evaluateAll((gs) =>
        gs.map((g) => {
          const lane = g.querySelector(".citeline-lane-label")!,
            date = g.querySelector(".citeline-vdate")!,
            svg = g.closest("svg")!;
          const l = lane.getBoundingClientRect(),
            d = date.getBoundingClientRect(),
            s = svg.getBoundingClientRect();
          const sameLine = Math.abs(l.top - d.top) < 4;
          return {
            size: parseFloat(getComputedStyle(lane).fontSize),
            inside: l.left >= s.left && l.right <= s.right + 0.5,
            clear: !sameLine || d.right + 4 <= l.left,
          };
        }),
      );
      for (const b of boxes) expect(b).toEqual({ size: expect.any(Number), inside: true, clear: true });
      expect(Math.min(...boxes.map((b) => b.size))).toBeGreaterThanOrEqual(11);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([
    ["showcase.html", 390],
    ["showcase.html", 320],
    ["timelinejs.html", 390],
  ] as const)("%s at %i px: End, Home and the arrows scroll the keyboard's event into view", async (name, width) => {
    const context = await phone(width);
    try {
      const { page, errors } = await openPage(context, `${env.server.url}examples/${name}`);
      const chart = page.locator("cite-line svg.citeline-chart").first();
      await expect.poll(() => page.locator("cite-line").first().locator("g.citeline-event").count()).toBeGreaterThan(3);
      await chart.focus();
      await page.keyboard.press("End");
      await expect.poll(async () => onScreen(await activeRow(page))).toBe(true);
      const last = await activeRow(page);
      const ids = await page
        .locator("cite-line")
        .first()
        .locator("ol.citeline-list > li[data-event-id]")
        .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-event-id")));
      expect(last!.id).toBe(ids[ids.length - 1]);
      await page.keyboard.press("Home");
      await expect.poll(async () => onScreen(await activeRow(page))).toBe(true);
      expect((await activeRow(page))!.id).toBe(ids[0]);
      // Down the whole chart one row at a time: every row is on screen when it becomes the keyboard's.
      for (let k = 1; k < ids.length; k++) {
        await page.keyboard.press("ArrowDown");
        expect((await activeRow(page))!.id).toBe(ids[k]);
        // The row scrolls into view at the next animation frame (not inside the key press's task).
        await expect.poll(async () => onScreen(await activeRow(page))).toBe(true);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("scrolls smoothly when the reader allows motion, and ends with the row on screen", async () => {
    const context = await env.browsing.browser.newContext({
      viewport: { width: 390, height: 700 },
      reducedMotion: "no-preference",
    });
    try {
      const { page } = await openPage(context, `${env.server.url}examples/showcase.html`);
      await expect.poll(() => page.locator("cite-line g.citeline-event").count()).toBe(14);
      await page.locator("cite-line svg.citeline-chart").focus();
      const before = await page.evaluate(() => scrollY);
      await page.keyboard.press("End");
      await expect.poll(async () => onScreen(await activeRow(page))).toBe(true);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(before);
    } finally {
      await context.close();
    }
  });
});

/** The smallest font size a reader sees on the page: SVG text counts at its drawn scale; hidden text not at all. */
function smallestText(page: Page): Promise<{ size: number; text: string }> {
  return page.evaluate(() => {
    let min = { size: Infinity, text: "" };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || !el.getClientRects().length) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      // Visually hidden text (the live region, screen-reader labels) is clipped to a pixel.
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) continue;
      const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
      const size = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (size < min.size) min = { size, text: node.textContent.trim().slice(0, 40) };
    }
    return min;
  });
}

run("the server rendering without JavaScript", () => {
  it.each([320, 390])(
    "reads at %i px: the list in one column, no text under 11 px, nothing wider than the page",
    async (width) => {
      const context = await phone(width, { javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(`${env.server.url}examples/server-rendered.html`);
        const items = page.locator("cite-line ol.citeline-list > li[data-event-id]");
        expect(await items.count()).toBe(14);
        expect(await items.first().isVisible()).toBe(true);
        // The 960 px chart would shrink its text to 5 px: it gives way to the list.
        expect(await page.locator("cite-line svg.citeline-chart").isVisible()).toBe(false);
        const min = await smallestText(page);
        expect(min.size, `"${min.text}"`).toBeGreaterThanOrEqual(11);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // One column: an event's date sits above its title, not in a 13em column beside it.
        const [time, title] = await Promise.all([
          items.first().locator(":scope > time").boundingBox(),
          items.first().locator(":scope > .citeline-list-title").boundingBox(),
        ]);
        expect(title!.y).toBeGreaterThanOrEqual(time!.y + time!.height - 1);
      } finally {
        await context.close();
      }
    },
  );

  it.each([768, 1200])("keeps the chart at %i px, where it has room for it", async (width) => {
    const context = await env.browsing.browser.newContext({
      viewport: { width, height: 800 },
      javaScriptEnabled: false,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${env.server.url}examples/server-rendered.html`);
      const chart = page.locator("cite-line svg.citeline-chart");
      expect(await chart.isVisible()).toBe(true);
      expect(await page.locator("cite-line ol.citeline-list > li[data-event-id]").first().isVisible()).toBe(true);
      // Narrower than it was drawn, the chart keeps its proportions: no empty bands above and below it.
      const { box, viewBox } = await chart.evaluate((svg) => ({
        box: svg.getBoundingClientRect().toJSON() as DOMRect,
        viewBox: svg.getAttribute("viewBox")!.split(" ").map(Number),
      }));
      const drawn = viewBox[3]! * Math.min(1, box.width / viewBox[2]!);
      expect(Math.abs(box.height - drawn)).toBeLessThan(1.5);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    } finally {
      await context.close();
    }
  });
});

/**
 * How many charts the page has drawn, in the document or in a <cite-line>'s
 * shadow root. A server-rendered copy (citeline--static) is not one: it is
 * there before the script runs, and <cite-line> draws the chart that
 * replaces it only once it comes near the viewport, a frame or more later.
 */
function countFigures(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.querySelectorAll("figure.citeline:not(.citeline--static)").length +
      [...document.querySelectorAll("cite-line")].reduce(
        (n, host) => n + (host.shadowRoot?.querySelectorAll("figure.citeline:not(.citeline--static)").length ?? 0),
        0,
      ),
  );
}

/** What a page needs before its charts exist: the drafting desk drafts its sample articles. */
const prepare: Record<string, (page: Page) => Promise<void>> = {
  "draft.html": async (page) => {
    await page.locator("#sample").click();
    await page.locator("#chart figure.citeline").waitFor({ state: "attached", timeout: 15_000 });
  },
};

/** Pages with no chart of their own. */
const chartless = new Set(["index.html"]);

const PAGES = [
  "index.html",
  "showcase.html",
  "multiple.html",
  "narrow.html",
  "dark.html",
  "embed.html",
  "esm.html",
  "csp.html",
  "large.html",
  "renderer.html",
  "server-rendered.html",
  "timelinejs.html",
  "gallery.html",
  "draft.html",
];

/**
 * Opens every chart's list view and, unless it shows one already, selects
 * its first event (the details panel opens), as a reader who has looked at
 * the evidence would leave it. Returns how many charts show a panel.
 *
 * The gallery's scenarios are golden states (which event each opens is part
 * of the scenario): there the test only opens the lists. Two of its charts,
 * "dense" and "dense-zoomed", draw the same data under the same title, and
 * opening the same event in both makes two region landmarks of one name.
 */
async function openEvidence(page: Page, select: boolean): Promise<number> {
  return page.evaluate(async (select) => {
    const figures = [...document.querySelectorAll("figure.citeline")];
    for (const host of document.querySelectorAll("cite-line"))
      if (host.shadowRoot) figures.push(...host.shadowRoot.querySelectorAll("figure.citeline"));
    let opened = 0;
    for (const figure of figures) {
      const list = figure.querySelector<HTMLDetailsElement>("details.citeline-listview");
      if (list) list.open = true;
      if (figure.querySelector(".citeline-details:not([hidden])")) {
        opened++;
        continue;
      }
      const first = figure.querySelector<HTMLButtonElement>("ol.citeline-list button.citeline-list-title");
      if (!first || !select) continue;
      first.click();
      opened++;
    }
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return opened;
  }, select);
}

run("axe on every example page", () => {
  for (const scheme of ["light", "dark"] as const) {
    for (const width of [320, 1440]) {
      it(`${scheme} scheme at ${width} px, panel open and list expanded`, { timeout: 120_000 }, async () => {
        const context = await env.browsing.browser.newContext({
          viewport: { width, height: 900 },
          colorScheme: scheme,
          reducedMotion: "reduce",
          // axe-core goes in as an inline script, which csp.html's policy would refuse.
          bypassCSP: true,
        });
        const found: Record<string, unknown> = {};
        try {
          for (const name of PAGES) {
            const { page, errors } = await openPage(context, `${env.server.url}examples/${name}`);
            try {
              await prepare[name]?.(page);
              if (!chartless.has(name))
                await expect.poll(() => countFigures(page), { timeout: 15_000 }).toBeGreaterThan(0);
              const opened = await openEvidence(page, name !== "gallery.html");
              if (!chartless.has(name)) expect(opened, name).toBeGreaterThan(0);
              const violations = await axeViolations(page);
              if (violations.length) found[name] = violations;
              expect(errors, name).toEqual([]);
            } finally {
              await page.close();
            }
          }
        } finally {
          await context.close();
        }
        expect(found).toEqual({});
      });
    }
  }
});

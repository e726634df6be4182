// What a reader meets in real Chromium (issues 22 and 24): a plain wheel
// scrolls the page past the chart, ctrl + wheel zooms; the evidence panel
// with media, embeds that load only on request and sandboxed; a conflict
// shown with each source's date in the panel, the list and print; axe on
// the open panel in both themes; screenshots at four widths.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { axeViolations, chromiumPath, openPage, screenshotDir, useBrowser } from "./harness.js";

const env = useBrowser();

// A 1×1 png: images load without the network.
const PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAE/gJ/2EoL2wAAAABJRU5ErkJggg==";

/** Timeline input with media, eras and a date conflict (sources published Dec 3, 2025). */
export const READER_INPUT = {
  title: "Reader fixture",
  sources: [
    {
      id: "wire",
      title: "Talks end without a deal",
      publisher: "Wire Service",
      url: "https://example.org/wire",
      published: "2025-12-03",
    },
    { id: "daily", title: "Envoys in Moscow", publisher: "The Daily", published: "2025-12-03" },
    { id: "photo", title: "Photo desk", publisher: "Agency Photo" },
  ],
  events: [
    {
      id: "arrival",
      title: "Envoys arrive in Moscow",
      start: "2025-12-01",
      citations: [{ source: "wire", quote: "We came to listen", speaker: "Steve Witkoff" }],
    },
    {
      id: "meeting",
      title: "Kremlin meeting",
      citations: [
        {
          source: "wire",
          dateText: "on Tuesday",
          quote: "The talks were very useful and constructive",
          speaker: "Yuri Ushakov",
          note: "Describes a five-hour meeting.",
        },
        { source: "daily", dateText: "Wednesday (Dec 3)", quote: "The talks were useful", speaker: "Yuri Ushakov" },
      ],
    },
    { id: "briefing", title: "Briefing in Brussels", start: "2025-12-04", citations: [] },
  ],
};

/** Opens the blank fixture and draws READER_INPUT with media and eras attached (normalize's own media/eras support aside). */
async function draw(page: Page, options: Record<string, unknown> = {}): Promise<void> {
  // A stand-in photograph for https://images.example/ (no network in tests): a
  // real PNG the page itself makes, so the test needs no file another test writes.
  const photo = await page.screenshot({ clip: { x: 0, y: 0, width: 64, height: 48 } });
  await page.route(
    (url) => url.protocol === "https:",
    (route) =>
      route.request().url().startsWith("https://images.example/")
        ? route.fulfill({ status: 200, contentType: "image/png", body: photo })
        : route.fulfill({
            status: 200,
            contentType: "text/html",
            body: "<!doctype html><title>embed</title><p>embedded player</p>",
          }),
  );
  await page.evaluate(
    ([input, png, opts]) => {
      const c = (window as unknown as { citeline: typeof import("../../src/index.js") }).citeline;
      const { timeline: t } = c.normalize(input);
      const meeting = t.events.find((e) => e.id === "meeting")!;
      meeting.media = [
        {
          url: "https://images.example/kremlin.png",
          kind: "image",
          alt: "Envoys at the Kremlin",
          caption: "The delegations at the start of the talks",
          credit: "photo",
        },
        {
          url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
          kind: "video",
          caption: "Press conference after the talks",
        },
      ];
      t.events.find((e) => e.id === "arrival")!.media = [{ url: png, kind: "image", alt: "Arrival" }];
      t.eras = [
        { id: "talks", title: "The Moscow talks", start: c.parseDate("2025-12-01")!, end: c.parseDate("2025-12-03")! },
      ];
      const fig = c.timeline(t, { width: 1000, ...opts });
      fig.id = "fig";
      document.getElementById("host")!.append(fig);
      (window as unknown as { fig: unknown }).fig = fig;
    },
    [READER_INPUT, PNG, options] as const,
  );
  await frames(page);
}

const frames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const domain = (page: Page) =>
  page.$eval(
    "figure.citeline",
    (f) => `${(f as HTMLElement).dataset.domainStart}|${(f as HTMLElement).dataset.domainEnd}`,
  );

async function blank(): Promise<{ page: Page; errors: string[] }> {
  return openPage(env.browsing.context, `${env.server.url}tests/browser/fixtures/blank.html`);
}

describe.skipIf(!chromiumPath)("a reader in Chromium", () => {
  test("a plain wheel over the chart scrolls the page and shows the hint; ctrl + wheel zooms; a click takes the wheel", async () => {
    const { page, errors } = await openPage(env.browsing.context, `${env.server.url}examples/renderer.html`);
    await page.setViewportSize({ width: 1200, height: 500 });
    await page.waitForSelector("body[data-ready]", { state: "attached" });
    // Zoomed in first (with ctrl), so a plain wheel could zoom out: it must scroll the page instead.
    let box = (await page.locator("svg.citeline-chart").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -300);
    await page.keyboard.up("Control");
    await frames(page);
    const zoomed = await domain(page);
    const y0 = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 200);
    await frames(page);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(y0);
    expect(await domain(page)).toBe(zoomed);
    await expect.poll(() => page.locator(".citeline-gesture-hint.is-shown").count()).toBe(1);
    expect(await page.locator(".citeline-gesture-hint").textContent()).toMatch(/^Use (ctrl|⌘) \+ scroll to zoom$/);
    // A press in the chart takes the wheel: it zooms, and the page stays.
    await page.evaluate(() => window.scrollTo(0, 0));
    box = (await page.locator("svg.citeline-chart").boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + 14);
    const y1 = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 200);
    await frames(page);
    expect(await domain(page)).not.toBe(zoomed);
    expect(await page.evaluate(() => window.scrollY)).toBe(y1);
    await expect.poll(() => page.locator(".citeline-gesture-hint.is-shown").count()).toBe(0);
    // Once the pointer leaves, the wheel is the page's again.
    await page.mouse.move(5, 5);
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    const now = await domain(page);
    await page.mouse.wheel(0, -100);
    await frames(page);
    expect(await domain(page)).toBe(now);
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  test("gestures: 'greedy' zooms with a plain wheel", async () => {
    const { page, errors } = await blank();
    await page.setViewportSize({ width: 1100, height: 500 });
    await draw(page, { gestures: "greedy", height: 320 });
    const before = await domain(page);
    const box = (await page.locator("svg.citeline-chart").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.wheel(0, -300);
    await frames(page);
    expect(await domain(page)).not.toBe(before);
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  test("the panel shows media; an embed loads only after the click, sandboxed, https, lazy", async () => {
    const { page, errors } = await blank();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await draw(page);
    await page.evaluate(() => (window as unknown as { fig: { select(id: string): void } }).fig.select("meeting"));
    const panel = page.locator(".citeline-details");
    await expect.poll(() => panel.isVisible()).toBe(true);
    const img = panel.locator("img.citeline-media-image");
    expect(await img.getAttribute("alt")).toBe("Envoys at the Kremlin");
    expect(await img.getAttribute("loading")).toBe("lazy");
    expect(await panel.locator(".citeline-media-credit").textContent()).toBe("Credit: Photo desk, Agency Photo");
    expect(await panel.locator("iframe").count()).toBe(0);
    expect(requested.filter((u) => u.includes("youtube"))).toEqual([]);
    await panel.getByRole("button", { name: "Load YouTube content" }).click();
    const frame = panel.locator("iframe");
    await expect.poll(() => frame.count()).toBe(1);
    expect(await frame.getAttribute("sandbox")).toBe("allow-scripts allow-same-origin allow-presentation");
    expect(await frame.getAttribute("src")).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    expect(await frame.getAttribute("referrerpolicy")).toBe("strict-origin-when-cross-origin");
    expect(await frame.getAttribute("loading")).toBe("lazy");
    await expect.poll(() => requested.some((u) => u.startsWith("https://www.youtube-nocookie.com/embed/"))).toBe(true);
    await page.screenshot({ path: join(screenshotDir, "reader-media-1000.png"), fullPage: true });
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  test("a conflict shows each source's date in the panel, the chart's mark and name, the list and print", async () => {
    const { page, errors } = await blank();
    await draw(page);
    const mark = page.locator("g.citeline-event[data-event-id=meeting]");
    expect(await mark.getAttribute("class")).toContain("is-conflict");
    expect(await mark.locator("path.citeline-mark").count()).toBe(1);
    expect(await page.locator(".citeline-legend .citeline-key").textContent()).toBe("Sources disagree about the date.");
    // No "0" badge on the uncited event.
    expect(await page.locator("g.citeline-event[data-event-id=briefing] .citeline-badge").count()).toBe(0);
    await page.evaluate(() => (window as unknown as { fig: { select(id: string): void } }).fig.select("meeting"));
    const rows = await page.locator(".citeline-details .citeline-conflict li").allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^Wire Service: Dated: “on Tuesday” →\s+read as December 2, 2025$/);
    expect(rows[1]).toMatch(/^The Daily: Dated: “Wednesday \(Dec 3\)” →\s+read as December 3, 2025$/);
    // The quote note: one speaker, overlapping words, different.
    expect(await page.locator(".citeline-details .citeline-note").textContent()).toBe(
      "Sources quote the same speaker in different words.",
    );
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    const item = page.locator("ol.citeline-list > li[data-event-id=meeting]");
    expect(await item.locator(".citeline-conflict li").allInnerTexts()).toHaveLength(2);
    expect(await item.locator(".citeline-conflict").isVisible()).toBe(true);
    expect(await page.locator(".citeline-legend .citeline-key").isVisible()).toBe(true);
    expect(await page.locator(".citeline-details").isVisible()).toBe(false);
    // The era is drawn as a band on the printed chart, and listed above the events.
    expect(await page.locator(".citeline-era-label").textContent()).toBe("The Moscow talks");
    expect(await page.locator(".citeline-eras li").textContent()).toBe(
      "The Moscow talks · December 1, 2025 – December 3, 2025",
    );
    expect(await page.locator("ol.citeline-list > li[data-event-id=briefing] .citeline-nosource").textContent()).toBe(
      "No source cited",
    );
    await page.screenshot({ path: join(screenshotDir, "reader-print.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  test("the dark theme prints the disagreement on paper colours", async () => {
    const { page, errors } = await blank();
    await draw(page, { theme: "dark" });
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    const box = page.locator("ol.citeline-list > li[data-event-id=meeting] .citeline-conflict");
    expect(await box.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(255, 244, 229)");
    // The light theme's ink, not the dark theme's near-white.
    expect(await box.evaluate((el) => getComputedStyle(el).color)).toBe("rgb(27, 28, 30)");
    await page.screenshot({ path: join(screenshotDir, "reader-print-dark.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });

  for (const theme of ["light", "dark"] as const) {
    test(`axe finds nothing in the open panel (${theme})`, async () => {
      const { page, errors } = await blank();
      await page.evaluate((t) => (document.body.style.background = t === "dark" ? "#16181c" : "#fff"), theme);
      await draw(page, { theme });
      await page.evaluate(() => (window as unknown as { fig: { select(id: string): void } }).fig.select("meeting"));
      await page.locator(".citeline-listview summary").click();
      expect(await axeViolations(page, "#fig")).toEqual([]);
      expect(errors, errors.join("\n")).toEqual([]);
      await page.close();
    });
  }

  test("screenshots: the showcase with the panel open, and a media-rich timeline, at 320, 768, 1024 and 1440", async () => {
    for (const width of [320, 768, 1024, 1440]) {
      const { page, errors } = await openPage(env.browsing.context, `${env.server.url}examples/showcase.html`);
      await page.setViewportSize({ width, height: 900 });
      await page.waitForSelector("cite-line figure.citeline");
      await page.evaluate(() =>
        (document.querySelector("cite-line") as unknown as { select(id: string): void }).select("kremlin-meeting"),
      );
      await frames(page);
      await page.screenshot({ path: join(screenshotDir, `reader-showcase-${width}.png`), fullPage: true });
      expect(errors, errors.join("\n")).toEqual([]);
      await page.close();
      const media = await blank();
      await media.page.setViewportSize({ width, height: 900 });
      await draw(media.page, { width: undefined, thumbnails: true });
      await media.page.evaluate(() =>
        (window as unknown as { fig: { select(id: string): void } }).fig.select("meeting"),
      );
      await frames(media.page);
      await media.page.screenshot({ path: join(screenshotDir, `reader-media-${width}.png`), fullPage: true });
      expect(media.errors, media.errors.join("\n")).toEqual([]);
      await media.page.close();
    }
  }, 120_000);
});

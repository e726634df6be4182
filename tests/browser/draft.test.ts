// The drafting desk in real Chromium, from disk and over http: paste an
// article, see its dates and quotations marked, a draft drawn, and export
// JSON that normalizes without errors.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { normalize } from "../../src/data/normalize.js";
import type { TimelineInput } from "../../src/data/types.js";
import { wire } from "../draft/articles.js";
import { ferryBroadcast } from "../draft/ferry.js";
import { axeViolations, chromiumPath, fileUrl, openPage, screenshotDir, useBrowser } from "./harness.js";

const run = chromiumPath ? describe : describe.skip;
const env = useBrowser();

async function paste(page: Page): Promise<void> {
  const article = page.locator("#articles li.article").first();
  await article.getByLabel("Published").fill(wire.published);
  await article.getByLabel("Text").fill(wire.text);
  await expect.poll(() => page.locator("#chart .citeline-event").count(), { timeout: 10_000 }).toBeGreaterThan(0);
}

run("drafting desk", () => {
  for (const how of ["file", "http"] as const) {
    it(`marks dates and quotes, draws the draft and exports normalizable JSON (${how})`, async () => {
      const url = how === "http" ? `${env.server.url}examples/draft.html` : fileUrl("examples/draft.html");
      const { page, errors } = await openPage(env.browsing.context, url);
      try {
        await paste(page);
        const view = page.locator("#articles .article-view").first();
        expect(await view.locator("mark.quote").count()).toBeGreaterThanOrEqual(5);
        const dates = await view.locator("mark.date").allTextContents();
        expect(dates).toContain("Nov. 14");
        expect(dates.some((d) => d.startsWith("Tuesday"))).toBe(true);
        // Data text stays text: the marks hold exactly the article's characters.
        expect(await view.locator(".article-text").textContent()).toBe(wire.text);
        const first = page.locator("#events li.draft-event").first();
        await first.getByRole("button", { name: "Accept" }).click();
        await first.getByLabel("Title").fill("Alpine states agree to share river data");
        await page.locator("#events li.draft-event").nth(1).getByRole("button", { name: "Reject" }).click();
        const drafted = await page.locator("#events li.draft-event").count();
        const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#export").click()]);
        const input = JSON.parse(readFileSync(await download.path(), "utf8")) as TimelineInput;
        expect(input.events).toHaveLength(drafted - 1);
        const edited = input.events.find((e) => e.title === "Alpine states agree to share river data");
        expect(edited && edited.draft).toBeUndefined();
        expect(input.events.filter((e) => e.draft).length).toBe(drafted - 2);
        expect(normalize(input).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        if (how === "http") await page.screenshot({ path: join(screenshotDir, "example-draft.png"), fullPage: true });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it("reads a dropped-in HTML file: its text, title and publication date from its head", async () => {
    const { page, errors } = await openPage(env.browsing.context, `${env.server.url}examples/draft.html`);
    const head = '<head><title>River deal</title><meta property="article:published_time" content="2025-12-03"></head>';
    const body = wire.text
      .split("\n")
      .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
      .join("");
    const file = { name: "river.html", mimeType: "text/html", buffer: Buffer.from(`${head}${body}`) };
    await page.locator("#files").setInputFiles(file);
    const added = page.locator("#articles li.article").nth(1);
    await expect.poll(() => added.getByLabel("Published").inputValue()).toBe("2025-12-03");
    expect(await added.getByLabel("Title (optional)").inputValue()).toBe("River deal");
    expect(await added.getByLabel("Text").inputValue()).toBe(wire.text);
    await expect.poll(() => page.locator("#chart .citeline-event").count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lets the editor move the confidence threshold, and shows undated happenings with their hedge", async () => {
    const { page, errors } = await openPage(env.browsing.context, `${env.server.url}examples/draft.html`);
    await page.locator("#sample").click();
    await expect.poll(() => page.locator("#events li.draft-event").count(), { timeout: 10_000 }).toBeGreaterThan(1);
    // The sample's "Library director Cy Example later thanked…" has no date: after the vote, a draft says so.
    const later = page.locator("#events li.draft-event", { hasText: "src-2: “later”" });
    await expect.poll(() => later.count()).toBe(1);
    expect(await later.getByLabel(/^Date/).getAttribute("placeholder")).toBe("after 2031-03-04");
    expect(await later.getByLabel("Title").inputValue()).toBe(
      "Library director Cy Example later thanked the residents who signed the petition",
    );
    const events = () => page.locator("#events li.draft-event").count();
    const all = await events();
    await page.locator("#threshold").fill("0.75");
    await expect.poll(events).toBeLessThan(all);
    expect(await page.locator("#threshold-value").textContent()).toBe("0.75");
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/\d+ less sure left out/);
    await page.locator("#threshold").fill("0");
    await expect.poll(events).toBeGreaterThanOrEqual(all);
    expect(await page.locator("#status").textContent()).not.toMatch(/left out/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("drafts a happening told without an actor, and says why beside it", async () => {
    const { page, errors } = await openPage(env.browsing.context, `${env.server.url}examples/draft.html`);
    const article = page.locator("#articles li.article").first();
    await article.getByLabel("Published").fill(ferryBroadcast.published);
    await article.getByLabel("Text").fill(ferryBroadcast.text);
    const pier = page.locator("#events li.draft-event", { hasText: "no actor (passive)" });
    await expect.poll(() => pier.count(), { timeout: 10_000 }).toBe(1);
    expect(await pier.getByLabel("Title").inputValue()).toBe(
      "The Varnholm pier was closed to the public after the crash",
    );
    expect(await pier.locator(".event-rule").textContent()).toMatch(/^Why: no date in the text, no actor \(passive\)/);
    // Counts of people stay under the default threshold: no event for "Fourteen people were taken to hospital".
    expect(await page.locator("#events li.draft-event", { hasText: "Fourteen" }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("has no axe-core violations with a drafted article", async () => {
    const { page } = await openPage(env.browsing.context, `${env.server.url}examples/draft.html`);
    await paste(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

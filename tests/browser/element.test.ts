// <cite-line> in real Chromium: the quick start as a user copies it, data
// from src and inline, every network failure shown as a readable error,
// retry on a new src, attribute changes, removal and re-adding, and the
// server-rendered page with JavaScript off.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { serve } from "../../scripts/static-server.mjs";
import { chromiumPath, openPage, root, useBrowser } from "./harness.js";

const run = chromiumPath ? describe : describe.skip;
const env = useBrowser();

const data = {
  sources: [{ id: "s", title: "Wire", published: "2025-12-03" }],
  events: [
    { id: "a", title: "Meeting", citations: [{ source: "s", dateText: "Tuesday (Dec 2)" }] },
    { id: "b", title: "Statement", citations: [{ source: "s", dateText: "Monday (Dec 1)" }] },
  ],
};

async function blank(): Promise<{ page: Page; errors: string[] }> {
  return openPage(env.browsing.context, `${env.server.url}tests/browser/fixtures/blank.html`);
}

async function mount(page: Page, attrs: Record<string, string>): Promise<void> {
  await page.evaluate((a) => {
    const el = document.createElement("cite-line");
    el.id = "el";
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
    document.getElementById("host")!.append(el);
  }, attrs);
}

const errorText = (page: Page): Promise<string> =>
  page
    .locator("#el .citeline-error")
    .textContent({ timeout: 10_000 })
    .then((t) => t ?? "");
const listCount = (page: Page): Promise<number> => page.locator("#el ol.citeline-list li[data-event-id]").count();

run("<cite-line>", () => {
  it("the README quick start works as copied: the bundle and events.json next to the page", async () => {
    const dir = mkdtempSync(join(tmpdir(), "citeline-quickstart-"));
    copyFileSync(join(root, "examples/snippets/quickstart.html"), join(dir, "index.html"));
    copyFileSync(join(root, "examples/snippets/events.json"), join(dir, "events.json"));
    copyFileSync(join(root, "dist/citeline.iife.min.js"), join(dir, "citeline.iife.min.js"));
    const site = await serve(dir, { port: 0 });
    try {
      const { page, errors } = await openPage(env.browsing.context, site.url);
      await expect.poll(() => page.locator("cite-line ol.citeline-list > li").count()).toBe(1);
      expect(await page.locator("cite-line ol.citeline-list").textContent()).toContain("Kremlin meeting");
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("shows the reason when src returns 404, HTML, invalid data or a network error, and retries on a new src", async () => {
    const { page } = await blank();
    await page.route("**/missing.json", (r) => r.fulfill({ status: 404, body: "nope" }));
    await page.route("**/page.json", (r) =>
      r.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Login</title>" }),
    );
    await page.route("**/invalid.json", (r) =>
      r.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ events: [{ title: "" }] }) }),
    );
    await page.route("**/down.json", (r) => r.abort("connectionrefused"));
    await page.route("**/slow.json", () => undefined); // never answers
    await page.route("**/good.json", (r) =>
      r.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(data) }),
    );

    await mount(page, { src: "missing.json" });
    await expect.poll(() => errorText(page)).toContain("HTTP 404");
    await page.evaluate(() => document.getElementById("el")!.setAttribute("src", "page.json"));
    await expect.poll(() => errorText(page)).toContain("HTML page");
    await page.evaluate(() => document.getElementById("el")!.setAttribute("src", "down.json"));
    await expect.poll(() => errorText(page)).toContain("network error");
    await page.evaluate(() => {
      const el = document.getElementById("el")!;
      el.setAttribute("timeout", "300");
      el.setAttribute("src", "slow.json");
    });
    await expect.poll(() => errorText(page)).toContain("timed out");
    await page.evaluate(() => document.getElementById("el")!.setAttribute("src", "invalid.json"));
    await expect
      .poll(
        async () =>
          (await page.locator("#el").textContent()) +
          (await page.locator("#el [role=alert]").allTextContents()).join(" "),
      )
      .toContain("events[0].title");
    await page.evaluate(() => document.getElementById("el")!.setAttribute("src", "good.json"));
    await expect.poll(() => listCount(page)).toBe(2);
    expect(await page.locator("#el .citeline-error").count()).toBe(0);
    await page.close();
  });

  it("re-renders on attribute changes, re-dispatches select, and survives removal and re-adding", async () => {
    const { page, errors } = await blank();
    await page.evaluate((d) => {
      const el = document.createElement("cite-line");
      el.id = "el";
      const script = document.createElement("script");
      script.type = "application/json";
      script.textContent = JSON.stringify(d);
      el.append(script);
      document.getElementById("host")!.append(el);
    }, data);
    await expect.poll(() => listCount(page)).toBe(2);
    await page.evaluate(() => document.getElementById("el")!.setAttribute("theme", "dark"));
    await expect.poll(() => page.locator("#el figure.citeline").getAttribute("class")).toContain("dark");
    const picked = page.evaluate(
      () =>
        new Promise<string>((done) =>
          document.getElementById("el")!.addEventListener("select", (e) => done((e as CustomEvent).detail?.event?.id)),
        ),
    );
    await page.evaluate(() => (document.getElementById("el") as unknown as { select(id: string): void }).select("a"));
    expect(await picked).toBe("a");
    await page.evaluate(() => {
      const el = document.getElementById("el")!;
      el.remove();
      document.getElementById("host")!.append(el);
    });
    await expect.poll(() => listCount(page)).toBe(2);
    expect(await page.locator("#el figure.citeline").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a clear error when there is no data at all", async () => {
    const { page } = await blank();
    await mount(page, {});
    await expect.poll(() => errorText(page)).toContain("no data");
    await page.close();
  });

  it("the server-rendered page reads without JavaScript", async () => {
    const context = await env.browsing.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${env.server.url}examples/server-rendered.html`);
      const items = page.locator("cite-line ol.citeline-list li[data-event-id]");
      expect(await items.count()).toBe(14);
      expect(await items.first().isVisible()).toBe(true);
      expect(await page.locator("cite-line svg.citeline-chart").isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

// Shared plumbing for the browser layer: a real Chromium from the system,
// a loopback static server over the repository, and page helpers that fail
// a test on any console error or uncaught page error.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { chromiumArgs, findChromium } from "../../scripts/chromium.mjs";
import { serve } from "../../scripts/static-server.mjs";

export const root = resolve(import.meta.dirname, "../..");
export const chromiumPath = findChromium();

export interface Browsing {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches system Chromium with a fresh, throw-away profile. */
export async function launchBrowser(options: { timezoneId?: string } = {}): Promise<Browsing> {
  if (!chromiumPath) throw new Error("no Chromium found (install Debian's chromium or set CHROMIUM_PATH)");
  const profile = mkdtempSync(join(tmpdir(), "citeline-chromium-"));
  // launchPersistentContext is how playwright takes an explicit user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    viewport: { width: 1200, height: 800 },
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const browser = context.browser() as Browser;
  return {
    browser,
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves the repository root on 127.0.0.1 (examples/ and dist/ side by side). */
export function serveRepo(headers?: (pathname: string) => Record<string, string>): Promise<Served> {
  return serve(root, headers ? { headers } : {});
}

export function fileUrl(relative: string): string {
  return pathToFileURL(join(root, relative)).href;
}

/** Opens a page that records console errors and page errors for later assertions. */
export async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    // Browsers ask every site for /favicon.ico; a 404 there is not the page's error.
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico"))
      errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(url, { waitUntil: "load" });
  return { page, errors };
}

/** Runs axe-core in the page and returns its violations (id and nodes). */
export async function axeViolations(
  page: Page,
  selector?: string,
): Promise<{ id: string; help: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: join(root, "node_modules/axe-core/axe.min.js") });
  return page.evaluate(async (sel) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(ctx: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(sel ? { include: [sel] } : document);
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => String(n.target)) }));
  }, selector ?? null);
}

export const screenshotDir = join(root, "tests/browser/screenshots");

/**
 * One browser and one server for a test file: launched before its tests,
 * closed after them (nothing is launched when there is no Chromium, and the
 * file's tests are skipped by `describe.skip`).
 */
export function useBrowser(): { browsing: Browsing; server: Served } {
  const env = {} as { browsing: Browsing; server: Served };
  beforeAll(async () => {
    if (!chromiumPath) return;
    env.browsing = await launchBrowser();
    env.server = await serveRepo();
  });
  afterAll(async () => {
    await env.browsing?.close();
    await env.server?.close();
  });
  return env;
}

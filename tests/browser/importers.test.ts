// The script tag's <cite-line> with TimelineJS JSON and CSV data: the main
// script leaves the importers out, and loads citeline.import.iife.min.js
// from next to itself when the data needs it; when that script is missing,
// the element says so in its error box.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { serve } from "../../scripts/static-server.mjs";
import { chromiumPath, openPage, root, useBrowser } from "./harness.js";

const run = chromiumPath ? describe : describe.skip;
const env = useBrowser();

const timelinejs = {
  events: [
    { start_date: { year: "1931", month: "5", day: "16" }, text: { headline: "The bridge opens" } },
    { start_date: { year: "1962" }, text: { headline: "A second deck" } },
  ],
};
const csv = "start,title\n2025-03-03,Council votes\n2025-04-01,Closed for repairs\n2025-07-01,Reopened\n";
// examples/csp.html's policy: script-src 'self' admits the injected <script src> of the same origin.
const csp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'";
interface PageOptions {
  /** Markup before the elements, e.g. an injected attribute. */
  before?: string;
  /** The main script tag's own data-citeline-import attribute. */
  importer?: string;
}
const page = (policy: boolean, o: PageOptions = {}): string => `<!doctype html><html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>t</title>
${policy ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : ""}</head>
<body>${o.before ?? ""}
<cite-line id="tl"><script type="application/json">${JSON.stringify(timelinejs)}</script></cite-line>
<cite-line id="csv" src="data.csv"></cite-line>
<script src="js/citeline.iife.min.js"${o.importer ? ` data-citeline-import="${o.importer}"` : ""}></script>
</body></html>`;

/** A site with the page, its CSV, and the main script (and the importers' script if `withImporters`) in js/. */
async function site(
  withImporters: boolean,
  policy = false,
  o: PageOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "citeline-importers-"));
  writeFileSync(join(dir, "index.html"), page(policy, o));
  writeFileSync(join(dir, "data.csv"), csv);
  mkdirSync(join(dir, "js"));
  const files = ["citeline.iife.min.js", ...(withImporters ? ["citeline.import.iife.min.js"] : [])];
  for (const f of files) copyFileSync(join(root, "dist", f), join(dir, "js", f));
  if (o.importer) {
    mkdirSync(join(dir, "lib"));
    copyFileSync(join(root, "dist", "citeline.import.iife.min.js"), join(dir, "lib", "imp.js"));
    writeFileSync(join(dir, "js", "evil.js"), "window.__evil = 1;");
  }
  const server = await serve(dir, { port: 0 });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

run("<cite-line> in the script tag's build, with TimelineJS and CSV data", () => {
  it.each([
    ["", false],
    [", under examples/csp.html's strict CSP", true],
  ])("loads the importers' script from next to the main script, then draws both%s", async (_, policy) => {
    const s = await site(true, policy);
    try {
      const { page: p, errors } = await openPage(env.browsing.context, s.url);
      const count = (id: string) => p.locator(`#${id} ol.citeline-list li[data-event-id]`).count();
      await expect.poll(() => count("tl"), { timeout: 10_000 }).toBe(2);
      await expect.poll(() => count("csv"), { timeout: 10_000 }).toBe(3);
      expect(await p.locator("#tl ol.citeline-list").textContent()).toContain("The bridge opens");
      // Loaded once, for both elements, and the importers are now on the global.
      const injected = await p.evaluate(
        () => [...document.scripts].filter((s) => s.src.endsWith("/js/citeline.import.iife.min.js")).length,
      );
      expect(injected).toBe(1);
      expect(await p.evaluate(() => typeof (window as { citeline?: { fromCSV?: unknown } }).citeline?.fromCSV)).toBe(
        "function",
      );
      expect(errors).toEqual([]);
      await p.close();
    } finally {
      await s.close();
    }
  });

  it("shows why in the error box when the importers' script cannot be loaded", async () => {
    const s = await site(false);
    try {
      const { page: p } = await openPage(env.browsing.context, s.url);
      const text = await p.locator("#tl .citeline-error").textContent({ timeout: 10_000 });
      expect(text).toContain("citeline.import.iife.min.js");
      expect(text).toContain("TimelineJS and CSV");
      expect(await p.locator("#csv .citeline-error").textContent({ timeout: 10_000 })).toContain(
        "the script failed to load",
      );
      await p.close();
    } finally {
      await s.close();
    }
  });

  it("reads data-citeline-import only from its own script tag: markup elsewhere cannot choose a script", async () => {
    const s = await site(false, false, {
      before: '<div data-citeline-import="js/evil.js"></div>',
      importer: "../lib/imp.js",
    });
    const dir = new URL(s.url);
    try {
      const { page: p, errors } = await openPage(env.browsing.context, dir.href);
      const count = (id: string) => p.locator(`#${id} ol.citeline-list li[data-event-id]`).count();
      await expect.poll(() => count("tl"), { timeout: 10_000 }).toBe(2);
      const srcs = await p.evaluate(() =>
        [...document.scripts].map((x) => new URL(x.src || "x:", location.href).pathname),
      );
      expect(srcs).toContain("/lib/imp.js");
      expect(srcs).not.toContain("/js/evil.js");
      expect(await p.evaluate(() => (window as { __evil?: number }).__evil)).toBeUndefined();
      expect(errors).toEqual([]);
      await p.close();
    } finally {
      await s.close();
    }
  });
});

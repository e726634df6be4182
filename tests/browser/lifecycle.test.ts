// Pages mount and unmount timelines all day: 1,000 mount/update/destroy
// cycles and 200 <cite-line> insertions and removals must leave no
// listeners, nodes or memory behind (CDP metrics after forced GC).
import type { CDPSession, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath, openPage, useBrowser } from "./harness.js";

const run = chromiumPath ? describe : describe.skip;
const env = useBrowser();

interface Metrics {
  listeners: number;
  nodes: number;
  heap: number;
}

async function metrics(cdp: CDPSession): Promise<Metrics> {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  const get = (name: string): number => list.find((m) => m.name === name)?.value ?? NaN;
  return { listeners: get("JSEventListeners"), nodes: get("Nodes"), heap: get("JSHeapUsedSize") };
}

async function cycles(page: Page, count: number, mode: "handle" | "element"): Promise<void> {
  await page.evaluate(
    async ({ count, mode }) => {
      const host = document.getElementById("host")!;
      const data = (i: number) => ({
        sources: [{ id: "s", title: "Wire", published: "2025-12-03", url: "https://example.org/" }],
        events: Array.from({ length: 30 }, (_, k) => ({
          id: `e${k}`,
          title: `Event ${k} of ${i}`,
          start: `2025-11-${String((k % 28) + 1).padStart(2, "0")}`,
          group: `g${k % 3}`,
          citations: [{ source: "s", dateText: "Monday", quote: "q" }],
        })),
      });
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      const lib = (
        window as unknown as {
          citeline: {
            timeline(
              d: unknown,
              o?: unknown,
            ): HTMLElement & { update(d: unknown): void; select(id: string): void; destroy(): void };
          };
        }
      ).citeline;
      for (let i = 0; i < count; i++) {
        if (mode === "handle") {
          const fig = lib.timeline(data(i));
          host.append(fig);
          fig.update(data(i + 1));
          fig.select("e3");
          if (i % 50 === 0) await frame();
          fig.destroy();
          fig.remove();
        } else {
          const el = document.createElement("cite-line") as HTMLElement & { data: unknown };
          el.data = data(i);
          host.append(el);
          await new Promise((r) => setTimeout(r, 0));
          el.remove();
        }
      }
      await frame();
    },
    { count, mode },
  );
}

run("long sessions", () => {
  // `npm run soak` sets SOAK=1 for ten times the cycles.
  const scale = process.env["SOAK"] ? 10 : 1;
  for (const [mode, count] of [
    ["handle", 1000 * scale],
    ["element", 200 * scale],
  ] as const) {
    it(`${count} ${mode === "handle" ? "timeline() mount/update/destroy cycles" : "<cite-line> insertions and removals"} leave nothing behind`, async () => {
      const { page, errors } = await openPage(
        env.browsing.context,
        `${env.server.url}tests/browser/fixtures/blank.html`,
      );
      const cdp = await env.browsing.context.newCDPSession(page);
      await cdp.send("Performance.enable");
      const empty = await metrics(cdp);
      await cycles(page, 40, mode); // warm up caches, JIT and style sheets
      const before = await metrics(cdp);
      await cycles(page, count, mode);
      const after = await metrics(cdp);
      if (scale > 1)
        console.log(
          `${mode}: listeners ${before.listeners}→${after.listeners}, nodes ${before.nodes}→${after.nodes}, heap ${(before.heap / 1e6).toFixed(2)}→${(after.heap / 1e6).toFixed(2)} MB`,
        );
      expect(after.listeners - before.listeners, "event listeners").toBeLessThanOrEqual(5);
      expect(after.nodes - before.nodes, "DOM nodes (incl. detached)").toBeLessThanOrEqual(50);
      // Nor a steady few: Chromium's style cache once kept the last few removed
      // charts alive through their clipPath's url(#id) (about 4,400 nodes
      // after any number of cycles), which made the line above flaky.
      expect(after.nodes - empty.nodes, "DOM nodes against the page before any timeline").toBeLessThanOrEqual(50);
      expect(after.heap - before.heap, "JS heap bytes").toBeLessThan(3 * 1024 * 1024);
      expect(await page.locator("#host > *").count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

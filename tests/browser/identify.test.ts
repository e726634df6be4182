// Every event is identifiable where a reader points, and every label reads
// whole or ends in an ellipsis inside the plot (issue 24), in real Chromium
// on the example pages at three widths, zoomed out and zoomed in. Where each
// mark sits comes from the numeric model of the page's own data; the test
// checks that against the marks it can see before trusting it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { normalize } from "../../src/data/normalize.js";
import type { TimelineInput } from "../../src/data/types.js";
import { buildModel } from "../../src/layout/model.js";
import { chromiumPath, openPage, root, useBrowser } from "./harness.js";

const env = useBrowser();

interface Mark {
  id: string;
  title: string;
  group: string;
  t: number;
}

/** Each event's mark position (ms) under the chart's default lanes, from the data file. */
function marks(file: string): Mark[] {
  const input = JSON.parse(readFileSync(join(root, "data", file), "utf8")) as TimelineInput;
  const { timeline } = normalize(input);
  const m = buildModel(
    timeline.events,
    (e) => e.group ?? "",
    (k) => k,
  );
  return timeline.events.map((e, i) => ({ id: e.id, title: e.title, group: e.group ?? "", t: m.x[i]! }));
}

const PAGES = [
  { page: "showcase.html", charts: [marks("kremlin-talks-2025.json")] },
  { page: "multiple.html", charts: [marks("kremlin-talks-2025.json"), marks("example-minimal.json")] },
];

interface Report {
  /** Marks whose point belongs to another event, or to nothing that names them. */
  wrong: string[];
  /** Marks checked (inside the plot). */
  checked: number;
  /** Largest gap (px) between a drawn mark and where the model puts it. */
  drift: number;
  /** Labels neither whole nor ending in "…", or reaching past the plot. */
  labels: string[];
  shown: number;
}

/** Points at every event's mark of figure `fig` and reads every label. */
function inspect(page: Page, fig: number, evs: Mark[]): Promise<Report> {
  return page.evaluate(
    ([fig, evs]) => {
      // Each <cite-line> draws in its own shadow root, where hit testing must look too.
      const root = document.querySelectorAll("cite-line")[fig]!.shadowRoot!;
      const figure = root.querySelector<HTMLElement>("figure.citeline")!;
      const svg = figure.querySelector<SVGSVGElement>("svg.citeline-chart")!;
      svg.scrollIntoView({ block: "start" });
      const plot = figure.querySelector<SVGSVGElement>("svg.citeline-plot")!;
      const left = plot.x.baseVal.value + 10,
        right = plot.x.baseVal.value + plot.width.baseVal.value - 10;
      const d0 = Date.parse(figure.dataset.domainStart!),
        d1 = Date.parse(figure.dataset.domainEnd!);
      const sx = (t: number) => left + ((t - d0) / (d1 - d0)) * (right - left);
      const byId = new Map(evs.map((e) => [e.id, e]));
      const translate = (el: Element) =>
        (/translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute("transform") ?? "") ?? []).slice(1).map(Number);
      // Baselines by group, from whatever of that lane is drawn; and the drift check.
      const baseline = new Map<string, number>();
      let drift = 0;
      for (const el of figure.querySelectorAll(".citeline-event")) {
        const e = byId.get(el.getAttribute("data-event-id")!)!;
        const [x, y] = translate(el);
        baseline.set(e.group, y!);
        if (x! >= left && x! <= right) drift = Math.max(drift, Math.abs(x! - sx(e.t)));
      }
      for (const el of figure.querySelectorAll(".citeline-cluster, .citeline-stack")) {
        const first = byId.get(el.getAttribute("data-events")!.split(" ")[0]!)!;
        baseline.set(first.group, translate(el)[1]!);
      }
      const ctm = svg.getScreenCTM()!;
      const wrong: string[] = [];
      let checked = 0;
      for (const e of evs) {
        const x = sx(e.t),
          y = baseline.get(e.group);
        if (x < left + 1 || x > right - 1) continue;
        if (y === undefined) {
          wrong.push(`${e.id}: its lane draws nothing`);
          continue;
        }
        const p = new DOMPoint(x, y).matrixTransform(ctm);
        checked++;
        const hit = root.elementFromPoint(p.x, p.y);
        const own = hit?.closest(".citeline-event")?.getAttribute("data-event-id");
        const group = hit?.closest(".citeline-cluster, .citeline-stack")?.getAttribute("data-events")?.split(" ");
        if (own !== e.id && !group?.includes(e.id))
          wrong.push(
            `${e.id} at ${Math.round(x)}: ${own ?? (group ? `group ${group.join(" ")}` : (hit?.getAttribute("class") ?? hit?.tagName))}`,
          );
      }
      const clip = plot.getBoundingClientRect();
      const labels: string[] = [];
      let shown = 0;
      for (const el of figure.querySelectorAll(".citeline-event")) {
        const text = el.querySelector(".citeline-label")?.textContent ?? "";
        if (!text) continue;
        shown++;
        const e = byId.get(el.getAttribute("data-event-id")!)!;
        if (text !== e.title && !text.endsWith("…")) labels.push(`cut: "${text}"`);
        for (const part of el.querySelectorAll(".citeline-label-bg, .citeline-badge rect")) {
          const r = part.getBoundingClientRect();
          if (r.width && (r.left < clip.left - 0.5 || r.right > clip.right + 0.5))
            labels.push(`past the plot: "${text}" [${Math.round(r.left)}, ${Math.round(r.right)}]`);
        }
      }
      return { wrong, checked, drift, labels, shown };
    },
    [fig, evs] as const,
  );
}

/** Zooms figure `fig` in `times` steps with the keyboard's +, and waits for the settled frame. */
async function zoomIn(page: Page, fig: number, times: number): Promise<void> {
  await page.locator("svg.citeline-chart").nth(fig).focus();
  for (let k = 0; k < times; k++) await page.keyboard.press("+");
  // A frame, and the settled layout after the gesture pause.
  await page.waitForTimeout(250);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

describe.skipIf(!chromiumPath)("every event identifiable, every label whole or ellipsized", () => {
  for (const { page: name, charts } of PAGES) {
    for (const width of [768, 1024, 1440]) {
      test(`${name} at ${width}`, async () => {
        const { page, errors } = await openPage(env.browsing.context, `${env.server.url}examples/${name}`);
        await page.setViewportSize({ width, height: 1000 });
        await page.waitForSelector("figure.citeline .citeline-event");
        // The charts lay out again for the new width once their container reports it.
        await page.waitForTimeout(300);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        for (let fig = 0; fig < charts.length; fig++) {
          for (const zoom of [0, 2, 4]) {
            if (zoom) await zoomIn(page, fig, 2);
            const r = await inspect(page, fig, charts[fig]!);
            const where = `${name} chart ${fig + 1} at ${width}, zoomed in ${zoom} steps`;
            // The model's positions are the drawn ones: the test points where marks are.
            expect(r.drift, where).toBeLessThan(1.5);
            expect(r.wrong, where).toEqual([]);
            expect(r.labels, where).toEqual([]);
            if (!zoom) {
              expect(r.checked, where).toBe(charts[fig]!.length);
              expect(r.shown, where).toBeGreaterThan(0);
            }
          }
        }
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }

  test("a stack of events at one instant lists them, and the list opens the one picked", async () => {
    const { page, errors } = await openPage(env.browsing.context, `${env.server.url}examples/showcase.html`);
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.waitForSelector("figure.citeline .citeline-stack");
    // "Before Dec 2": both Russian statements sit at one instant, which no zoom parts.
    const stack = page.locator('.citeline-stack[data-events~="putin-pokrovsk"]');
    expect(await stack.getAttribute("aria-label")).toContain("Putin points to claimed capture of Pokrovsk");
    expect(await stack.getAttribute("aria-label")).toContain("Putin accuses European governments");
    await stack.click();
    const items = page.locator(".citeline-members-item");
    expect(await items.allTextContents()).toEqual(
      expect.arrayContaining([
        "Putin points to claimed capture of Pokrovsk before the talks",
        "Putin accuses European governments of obstructing a settlement",
      ]),
    );
    await page.locator('.citeline-members-item[data-event-id="putin-pokrovsk"]').click();
    expect(await page.locator(".citeline-details h2").textContent()).toBe(
      "Putin points to claimed capture of Pokrovsk before the talks",
    );
    expect(await page.locator(".citeline-members").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

// Axis ticks at every zoom level, in real Chromium with real fonts (issue
// 24): from the full view to the zoom limit the axis keeps three labelled
// ticks or more (two on a 320px plot), no two labels touch, the limit
// follows the finest precision in the data, and clock times read in the
// chart's time zone.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { chromiumPath, openPage, useBrowser } from "./harness.js";

const env = useBrowser();
const MINUTE = 60_000,
  HOUR = 60 * MINUTE,
  DAY = 24 * HOUR;

interface Axis {
  span: number;
  labels: { text: string; left: number; right: number }[];
  plot: [number, number];
}

/** The axis as drawn: each label's text and horizontal extent, the figure's visible span and the plot's extent. */
const readAxis = (page: Page): Promise<Axis> =>
  page.evaluate(() => {
    const root = document.querySelector("cite-line")?.shadowRoot ?? document;
    const fig = root.querySelector<HTMLElement>("figure.citeline")!;
    const labels = [...fig.querySelectorAll("g.citeline-axis .tick text")].map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent ?? "", left: r.left, right: r.right };
    });
    const svg = fig.querySelector("svg.citeline-chart")!.getBoundingClientRect();
    return {
      span: Date.parse(fig.dataset.domainEnd!) - Date.parse(fig.dataset.domainStart!),
      labels,
      plot: [svg.left, svg.right] as [number, number],
    };
  });

/** At least `min` labels, none empty, none touching its neighbour, none past the chart's edges. */
function expectReadable(axis: Axis, min: number, where: string): void {
  const { labels, plot } = axis;
  expect(labels.length, `${where}: ${labels.map((l) => l.text).join(" | ")}`).toBeGreaterThanOrEqual(min);
  for (const l of labels) {
    expect(l.text.trim(), where).not.toBe("");
    expect(l.left, `${where}: ${l.text}`).toBeGreaterThanOrEqual(plot[0] - 0.5);
    expect(l.right, `${where}: ${l.text}`).toBeLessThanOrEqual(plot[1] + 0.5);
  }
  for (let i = 1; i < labels.length; i++)
    expect(
      labels[i]!.left - labels[i - 1]!.right,
      `${where}: ${labels[i - 1]!.text} | ${labels[i]!.text}`,
    ).toBeGreaterThan(2);
}

const frames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe.skipIf(!chromiumPath)("axis ticks at every zoom level in Chromium", () => {
  for (const width of [768, 1024, 1440])
    test(`showcase at ${width}: readable ticks zoomed out and, with "+", all the way in to about twelve hours`, async () => {
      const { page, errors } = await openPage(env.browsing.context, `${env.server.url}examples/showcase.html`);
      await page.setViewportSize({ width, height: 900 });
      await page.waitForFunction(() => document.querySelector("cite-line")?.shadowRoot?.querySelector(".tick text"));
      const full = await readAxis(page);
      expectReadable(full, 3, "full view");
      // The first view is three days or more: days, not "12:00 PM".
      expect(full.labels.map((l) => l.text).join(" ")).not.toMatch(/[AP]M/);
      await page.locator("cite-line svg.citeline-chart").focus();
      let axis = await readAxis(page);
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("+");
        await frames(page);
        const next = await readAxis(page);
        expectReadable(next, 3, `after ${i + 1} × "+"`);
        if (next.span >= axis.span * 0.999 && i > 0) break;
        axis = next;
      }
      axis = await readAxis(page);
      // Day-precision data with one "evening" (a four-hour part of a day): the
      // limit is three of those, twelve hours, and the axis shows hours there.
      expect(axis.span).toBeGreaterThan(11.5 * HOUR);
      expect(axis.span).toBeLessThan(13 * HOUR);
      expect(axis.labels.map((l) => l.text).join(" ")).toMatch(/[AP]M/);
      expect(errors).toEqual([]);
      await page.close();
    });

  /** A page with the script-tag build and a timeline of `events` at `width`, zoomable through its handle. */
  async function mount(width: number, events: { start: string }[], options: Record<string, unknown>) {
    const { page, errors } = await openPage(env.browsing.context, `${env.server.url}examples/showcase.html`);
    await page.setViewportSize({ width, height: 700 });
    await page.evaluate(
      ([events, options]) => {
        document.body.replaceChildren();
        const data = { events: events.map((e, i) => ({ id: `e${i}`, title: `Event ${i}`, citations: [], ...e })) };
        const chart = (
          window as unknown as { citeline: { timeline: (d: unknown, o: unknown) => HTMLElement } }
        ).citeline.timeline(data, {
          layout: "horizontal",
          ...options,
        });
        document.body.append(chart);
        (window as unknown as { chart: HTMLElement }).chart = chart;
      },
      [events, options] as const,
    );
    await frames(page);
    return { page, errors };
  }

  /** Zooms through the handle toward 18:30 Moscow time by thirds until the view stops narrowing; checks every level. */
  async function zoomAllTheWay(page: Page, min: number): Promise<Axis> {
    const full = await readAxis(page);
    expectReadable(full, min, "full view");
    for (let s = full.span / 3; ; s /= 3) {
      await page.evaluate((s) => {
        const chart = (window as unknown as { chart: HTMLElement & { zoomTo(a: number, b: number): void } }).chart;
        const mid = Date.parse("2025-12-02T15:30:00Z");
        chart.zoomTo(mid - s / 2, mid + s / 2);
      }, s);
      await frames(page);
      const axis = await readAxis(page);
      expectReadable(axis, min, `${Math.round(s / MINUTE)} min asked`);
      if (axis.span > s * 1.1) return axis;
    }
  }

  const clock = [
    { start: "2025-11-20" },
    { start: "2025-12-02T18:25+03:00" },
    { start: "2025-12-02T18:32+03:00" },
    { start: "2025-12-03T09:00+03:00" },
  ];
  for (const width of [320, 768, 1440])
    test(`clock minutes at ${width}, in Moscow time: down to about ten minutes, with the day on the first tick`, async () => {
      const { page, errors } = await mount(width, clock, { timeZone: "Europe/Moscow" });
      const axis = await zoomAllTheWay(page, width < 400 ? 2 : 3);
      expect(axis.span).toBeGreaterThan(9.5 * MINUTE);
      expect(axis.span).toBeLessThan(12 * MINUTE);
      const texts = axis.labels.map((l) => l.text);
      // 15:30 UTC is 18:30 in Moscow: the ticks read in the chart's zone, as clock times, the first with its day.
      expect(texts[0]).toMatch(/^Dec 2(, 2025)?, 6:[23]\d PM$/);
      for (const t of texts.slice(1)) expect(t).toMatch(/^6:[23]\d PM$/);
      expect(errors).toEqual([]);
      await page.close();
    });

  test("years BC at 768: round historical years at every level, and no zoom below three years", async () => {
    const events = [{ start: "-0499" }, { start: "-0043" }, { start: "0030" }, { start: "0476" }];
    const { page, errors } = await mount(768, events, {});
    await page.evaluate(() => {
      const chart = (window as unknown as { chart: HTMLElement & { zoomTo(a: string, b: string): void } }).chart;
      chart.zoomTo("-0044", "-0043");
    });
    await frames(page);
    const axis = await readAxis(page);
    expectReadable(axis, 3, "zoomed to 44 BC");
    expect(axis.span).toBeGreaterThan(2.9 * 365 * DAY);
    expect(axis.labels.map((l) => l.text).join(" ")).toMatch(/4[345] BC/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

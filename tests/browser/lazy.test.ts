// A page of many <cite-line> elements in real Chromium (issue 24 item 10):
// elements far from the viewport wait to draw until the reader scrolls near
// them, their server-rendered copy stays readable meanwhile, handle calls
// made before the chart exists take effect once it does, and printing
// draws every element first.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { CiteLineElement } from "../../src/embed/element.js";
import { chromiumPath, openPage, useBrowser } from "./harness.js";

const run = chromiumPath ? describe : describe.skip;
const env = useBrowser();

const data = {
  sources: [{ id: "s", title: "Wire", published: "2025-12-03" }],
  events: [
    { id: "a", title: "Meeting", start: "2025-12-02", citations: [{ source: "s" }] },
    { id: "b", title: "Statement", start: "2025-12-01", citations: [{ source: "s" }] },
    { id: "c", title: "Visit", start: "2025-12-05", citations: [{ source: "s" }] },
  ],
};

/** Elements on the page, each after 1,500 px of text: in an 800 px window the first is near, the rest over a screen and a half below. */
const COUNT = 10;

/** A blank page with COUNT timelines down it, each holding a static copy (as a server rendering would) to show until drawn. */
async function blog(): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(env.browsing.context, `${env.server.url}tests/browser/fixtures/blank.html`);
  await opened.page.evaluate(
    ([input, count]) => {
      const host = document.getElementById("host")!;
      for (let i = 0; i < count; i++) {
        const text = document.createElement("p");
        text.style.height = "1500px";
        text.textContent = `Update ${i + 1}`;
        const el = document.createElement("cite-line");
        el.id = `t${i}`;
        el.setAttribute("height", "300");
        const copy = document.createElement("p");
        copy.className = "static-copy";
        copy.textContent = `Static copy ${i + 1}`;
        el.append(copy);
        (el as unknown as { data: unknown }).data = input;
        host.append(text, el);
      }
    },
    [data, COUNT] as const,
  );
  return opened;
}

/** Which elements have drawn (their figure exists and has laid out its events). */
const drawn = (page: Page): Promise<boolean[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll("cite-line")].map(
      (el) => !!el.timeline && el.shadowRoot!.querySelectorAll("svg .citeline-event").length > 0,
    ),
  );

/** Resolves after two animation frames and a task: time for anything scheduled to draw. */
const frames = (page: Page): Promise<void> =>
  page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))),
  );

run("<cite-line> draws when near the viewport", () => {
  it("draws the elements near the window after load, and not the far ones", async () => {
    const { page, errors } = await blog();
    await expect.poll(async () => (await drawn(page))[0]).toBe(true);
    // Give any wrongly eager draw the time to happen: one element per frame.
    for (let i = 0; i < COUNT; i++) await frames(page);
    const now = await drawn(page);
    expect(now).toEqual([true, ...Array(COUNT - 1).fill(false)]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws a far element once the reader scrolls near it", async () => {
    const { page, errors } = await blog();
    await expect.poll(async () => (await drawn(page))[0]).toBe(true);
    expect((await drawn(page))[COUNT - 1]).toBe(false);
    await page.locator(`#t${COUNT - 1}`).scrollIntoViewIfNeeded();
    await expect.poll(async () => (await drawn(page))[COUNT - 1]).toBe(true);
    expect(await page.locator(`#t${COUNT - 1} svg .citeline-event`).count()).toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the server-rendered copy readable until the chart replaces it", async () => {
    const { page, errors } = await blog();
    const last = `#t${COUNT - 1}`;
    await expect.poll(async () => (await drawn(page))[0]).toBe(true);
    // Until drawn the copy is shown (through the shadow root's slot); after, the chart instead.
    const copy = page.locator(`${last} > p.static-copy`);
    expect(await copy.isVisible()).toBe(true);
    expect(await copy.textContent()).toBe(`Static copy ${COUNT}`);
    await page.locator(last).scrollIntoViewIfNeeded();
    await expect.poll(async () => (await drawn(page))[COUNT - 1]).toBe(true);
    expect(await copy.isVisible()).toBe(false);
    expect(await page.locator(`${last} svg.citeline-chart`).isVisible()).toBe(true);
    // An element still far away (above now) keeps showing its copy.
    expect(await page.evaluate(() => document.querySelector<CiteLineElement>("#t5")!.timeline)).toBeNull();
    expect(await page.locator("#t5 > p.static-copy").isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("swaps the server-rendered copy for a chart already drawn, never for an empty one", async () => {
    const { page, errors } = await blog();
    const last = `#t${COUNT - 1}`;
    await expect.poll(async () => (await drawn(page))[0]).toBe(true);
    // What the shadow root held at each change: the chart's marks when the figure arrives, else the copy's slot.
    await page.evaluate((sel) => {
      const root = document.querySelector(sel)!.shadowRoot!;
      const seen: { figure: boolean; marks: number; slot: boolean }[] = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        seen.push({
          figure: !!root.querySelector("figure"),
          marks: root.querySelectorAll("svg .citeline-event").length,
          slot: !!root.querySelector("slot"),
        });
      }).observe(root, { childList: true });
    }, last);
    await page.locator(last).scrollIntoViewIfNeeded();
    await expect.poll(async () => (await drawn(page))[COUNT - 1]).toBe(true);
    const seen = await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    expect(seen).toEqual([{ figure: true, marks: 3, slot: false }]);
    // The list view, drawn in a task of its own after the chart, is there too.
    await expect.poll(() => page.locator(`${last} ol.citeline-list > li`).count()).toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("queues select() and zoomTo() made before drawing, and makes them once drawn", async () => {
    const { page, errors } = await blog();
    const last = `#t${COUNT - 1}`;
    await expect.poll(async () => (await drawn(page))[0]).toBe(true);
    const early = await page.evaluate((sel) => {
      const el = document.querySelector<CiteLineElement>(sel)!;
      const seen: (string | null)[] = [];
      el.addEventListener("select", (e) => seen.push(e.detail.event?.id ?? null));
      (window as unknown as { seen: typeof seen }).seen = seen;
      // Within the data: the first view fits the marks (Dec 1 to Dec 5) and no zoom shows time
      // outside it, so a range from Nov 30 would slide right, its four days then ending on Dec 5.
      el.zoomTo("2025-12-01", "2025-12-03");
      el.select("a");
      return { timeline: el.timeline, value: el.value };
    }, last);
    expect(early).toEqual({ timeline: null, value: null });
    await page.locator(last).scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.evaluate((sel) => document.querySelector<CiteLineElement>(sel)!.value?.id ?? null, last))
      .toBe("a");
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(["a"]);
    expect(await page.locator(`${last} .citeline-details`).textContent()).toContain("Meeting");
    // The zoom made before drawing holds: Dec 5 ("Visit") lies outside the span shown.
    const span = await page.evaluate(
      (sel) => document.querySelector<CiteLineElement>(sel)!.timeline!.dataset.domainEnd ?? "",
      last,
    );
    expect(span.slice(0, 10) < "2025-12-05").toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws every element, laid out with its list open, when the page prints", async () => {
    const { page, errors } = await blog();
    await expect.poll(async () => (await drawn(page))[0]).toBe(true);
    expect((await drawn(page)).filter(Boolean).length).toBeLessThan(COUNT);
    // Inside the print event itself: print lays the page out right after it, with no frame between.
    const during = await page.evaluate(() => {
      dispatchEvent(new Event("beforeprint"));
      return [...document.querySelectorAll("cite-line")].map((el) => ({
        marks: el.shadowRoot!.querySelectorAll("svg .citeline-event").length,
        listOpen: !!el.shadowRoot!.querySelector<HTMLDetailsElement>("details.citeline-listview")?.open,
      }));
    });
    expect(during).toEqual(Array(COUNT).fill({ marks: 3, listOpen: true }));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("prints every element when Chromium makes a PDF of the page", async () => {
    const { page, errors } = await blog();
    await expect.poll(async () => (await drawn(page))[0]).toBe(true);
    await page.pdf({ format: "A4" });
    expect(await drawn(page)).toEqual(Array(COUNT).fill(true));
    expect(errors).toEqual([]);
    await page.close();
  });
});

// The same page in viewers on opposite sides of the date line: calendar
// dates (day precision) show the same day, at the same place, everywhere.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchBrowser, openPage, serveRepo, type Browsing, type Served } from "./harness.js";

const run = chromiumPath ? describe : describe.skip;
const zones = ["Pacific/Kiritimati", "America/Los_Angeles", "Australia/Lord_Howe"];
let server: Served;
beforeAll(async () => {
  if (chromiumPath) server = await serveRepo();
});
afterAll(async () => server?.close());

interface View {
  dates: string[];
  marks: string[];
  ticks: string[];
}

async function view(zone: string): Promise<View> {
  const browsing: Browsing = await launchBrowser({ timezoneId: zone });
  try {
    const { page, errors } = await openPage(browsing.context, `${server.url}examples/showcase.html`);
    await page.waitForFunction(() =>
      document.querySelector("cite-line")?.shadowRoot?.querySelector("g.citeline-event"),
    );
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(zone);
    const result = await page.evaluate(() => {
      const root = document.querySelector("cite-line")!.shadowRoot!;
      return {
        dates: [...root.querySelectorAll("ol.citeline-list > li > time")].map((t) => t.textContent ?? ""),
        marks: [...root.querySelectorAll("g.citeline-event")]
          .map((g) => `${g.getAttribute("data-event-id")} ${g.getAttribute("transform")}`)
          .sort(),
        ticks: [...root.querySelectorAll("g.citeline-axis .tick text")].map((t) => t.textContent ?? ""),
      };
    });
    expect(errors).toEqual([]);
    return result;
  } finally {
    await browsing.close();
  }
}

run("viewer time zones", () => {
  it("show the same calendar days, marks and ticks in every zone", async () => {
    const views = await Promise.all(zones.map(view));
    const [first, ...rest] = views as [View, ...View[]];
    expect(first.dates).toContain("December 1, 2025");
    expect(first.dates.filter((d) => d.includes("December 2, 2025")).length).toBeGreaterThan(0);
    for (const other of rest) expect(other).toEqual(first);
  });
});

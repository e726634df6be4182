// <cite-line>'s notes on its data (issue 22 item 6): what the importers and
// normalize had to say is shown, warnings in a collapsed box, and a chart
// that draws its events never calls itself undrawable.
import { afterEach, beforeAll, expect, it } from "vitest";
import { defineCiteLine, type CiteLineElement } from "../../src/embed/element.js";

beforeAll(() => defineCiteLine());
afterEach(() => document.body.replaceChildren());

async function mount(data: unknown): Promise<CiteLineElement> {
  const el = document.createElement("cite-line");
  el.setAttribute("layout", "horizontal");
  el.options = { width: 800 };
  el.data = data;
  document.body.append(el);
  await expect.poll(() => el.timeline ?? el.shadowRoot!.querySelector(".citeline-error")).toBeTruthy();
  return el;
}

const notes = (el: CiteLineElement) => el.shadowRoot!.querySelector(".citeline-diagnostics-slot")!;

it("shows the warnings about a TimelineJS file in a collapsed <details> box, path by path", async () => {
  const el = await mount({
    events: [
      { start_date: { year: "2025", month: "3", day: "3" }, text: { headline: "Vote" } },
      { start_date: { year: "2025", month: "3", day: "4" }, text: { headline: "Count" } },
    ],
  });
  const box = notes(el).querySelector("details.citeline-warnings") as HTMLDetailsElement;
  expect(box).not.toBeNull();
  expect(box.open).toBe(false);
  const rows = [...box.querySelectorAll("li")].map((li) => li.textContent ?? "");
  expect(box.querySelector("summary")!.textContent).toBe(`${rows.length} warnings about the data`);
  expect(rows.some((r) => r.startsWith("events[0]: "))).toBe(true);
  expect(notes(el).querySelector("[role=alert]")).toBeNull();
  expect(el.shadowRoot!.querySelectorAll("svg [data-event-id]").length).toBe(2);
});

it("lists normalize's warnings with their paths (a misspelt field)", async () => {
  const el = await mount({ events: [{ title: "Vote", start: "2025-03-03", titel: "typo", citations: [] }] });
  const rows = [...notes(el).querySelectorAll("details.citeline-warnings li")].map((li) => li.textContent ?? "");
  expect(rows.some((r) => r.startsWith("events[0].titel: "))).toBe(true);
});

it("says what was left out of a chart it drew, not that the chart could not be drawn", async () => {
  const el = await mount({
    sources: [{ id: "s", title: "Wire" }],
    events: [
      { title: "Vote", start: "2025-03-03", citations: ["s"] },
      { title: "", start: "2025-03-04" },
    ],
  });
  const alert = notes(el).querySelector("[role=alert]")!;
  expect(alert.textContent).toContain("events[1].title");
  expect(alert.textContent).not.toContain("could not be drawn");
  expect(alert.querySelector("p")!.textContent).toBe("Some of this timeline's data was left out:");
});

it("keeps the undrawable wording for data of which no event could be drawn, in the page's labels", async () => {
  const el = document.createElement("cite-line");
  el.options = { width: 800, labels: { errors: "Nichts zu zeichnen:" } };
  el.data = { events: [{ title: "", start: "2025-03-04" }] };
  document.body.append(el);
  await expect.poll(() => el.shadowRoot!.querySelector("[role=alert] p")?.textContent).toBe("Nichts zu zeichnen:");
});

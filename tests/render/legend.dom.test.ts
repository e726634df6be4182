// The legend: sources that cite events, under their whole names, and a key
// to the conflict mark.
import { expect, test } from "vitest";
import type { Timeline } from "../../src/data/types.js";
import { defaultLabels } from "../../src/options.js";
import { renderLegend } from "../../src/render/legend.js";
import { day } from "./fixtures.js";

const long = "US-Russia Talks on Ukraine Fail to Yield Peace Deal Despite Optimism";
const timeline = (conflict: boolean): Timeline => ({
  groups: [],
  sources: [
    { id: "a", title: long },
    { id: "b", title: "Talks end", publisher: "Wire Service" },
    { id: "credit", title: "IUPUI University Library Digital Collections" },
  ],
  events: [
    {
      id: "e",
      title: "E",
      start: day(2025, 12, 2),
      tags: [],
      people: [],
      citations: [{ source: "a" }, { source: "b" }],
      ...(conflict ? { flags: ["date-conflict"] } : {}),
    },
  ],
});
const ctx = {
  doc: document,
  labels: defaultLabels,
  groups: [],
  active: null,
  perSource: new Map([
    ["a", 1],
    ["b", 1],
  ]),
  perTag: new Map(),
};

test("only sources that cite events get a chip, under their whole name", () => {
  const legend = document.createElement("div");
  renderLegend(legend, timeline(false), ctx);
  const chips = [...legend.querySelectorAll<HTMLButtonElement>(".citeline-chip")];
  expect(chips.map((c) => c.querySelector(".citeline-chip-text")?.textContent)).toEqual([long, "Wire Service"]);
  expect(chips[1]!.title).toBe("Talks end (Wire Service)");
  // The whole title is the chip's text (its accessible name) and its tooltip, whatever the screen shows.
  expect(chips[0]!.title).toBe(long);
  expect(legend.textContent).not.toContain("IUPUI");
  expect(legend.textContent).not.toContain("…");
  expect(legend.querySelector(".citeline-key")).toBeNull();
});

test("a conflict adds the key to its mark", () => {
  const legend = document.createElement("div");
  renderLegend(legend, timeline(true), ctx);
  const key = legend.querySelector(".citeline-key")!;
  expect(key.textContent).toBe("Sources disagree about the date.");
  expect(key.querySelector("svg.citeline-conflict-icon")?.getAttribute("aria-hidden")).toBe("true");
});

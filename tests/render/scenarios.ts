// The scenario registry: every golden of the whole figure, and every entry
// of the examples gallery (examples/gallery.html), comes from this list.
// Scenarios are plain data (JSON-able options and declarative steps) so the
// gallery can draw and replay them in a browser as the tests do in jsdom.
import showcaseData from "../../data/kremlin-talks-2025.json" with { type: "json" };
import type { Timeline, TimelineInput } from "../../src/data/types.js";
import type { TimelineOptions } from "../../src/options.js";
import { bronzeAge, cosmology } from "../scale/history.fixtures.js";
import { dense, empty, groups, mixed, ranges, single } from "./fixtures.js";

/** What the reader does before the snapshot, in order. */
export type Step = { zoomTo: [string, string] } | { select: string };

export interface Scenario {
  /** File name of its goldens: tests/output/<name>.svg and <name>.html. */
  name: string;
  /** What the scenario shows, as the gallery captions it. */
  title: string;
  data: Timeline | TimelineInput;
  /** Options besides the document and a static rendering, which the golden test adds. */
  options?: Omit<TimelineOptions, "document" | "measureText" | "interactive">;
  steps?: Step[];
}

const errorInput = {
  events: [{ title: "No date at all" }, { start: "2025-12-02" }, { title: "Good", start: "2025-12-02" }],
} as TimelineInput;

export const scenarios: Scenario[] = [
  { name: "dense", title: "Sixty statements in four days: stacked labels, +N clusters, a density strip", data: dense },
  {
    name: "dense-zoomed",
    title: "The same, zoomed into one day",
    data: dense,
    steps: [{ zoomTo: ["2025-12-02", "2025-12-02"] }],
  },
  {
    name: "ranges",
    title: "Ranges: a three-day summit, a five-hour meeting",
    data: ranges,
    steps: [{ select: "meeting" }],
  },
  {
    name: "mixed",
    title: "Mixed precisions and qualifiers: decade, year, quarter, month, 'late', 'about', evening",
    data: mixed,
  },
  {
    name: "groups",
    title: "Lanes per group, one event selected (details panel open)",
    data: groups,
    options: { selected: "a" },
  },
  { name: "single", title: "One event, three sources", data: single, steps: [{ select: "only" }] },
  {
    name: "narrow",
    title: "A narrow container reads top to bottom",
    data: groups,
    options: { width: 380 },
    steps: [{ select: "c" }],
  },
  { name: "empty", title: "No events yet", data: empty },
  { name: "error", title: "Input with errors: what was left out is listed above the chart", data: errorInput },
  {
    name: "bce-axis",
    title: "BCE years on the axis, in the list and the panel: 3500 BC, never 3501",
    data: bronzeAge,
    steps: [{ select: "uruk" }],
  },
  {
    name: "deep-time-axis",
    title: "Deep time: from the Big Bang, 13.8 billion years ago, to the Moon landing",
    data: cosmology,
    steps: [{ select: "impact" }],
  },
  {
    name: "showcase",
    title: "The Kremlin talks, Dec 1–2 2025 (the showcase data)",
    data: showcaseData,
    options: { width: 1200 },
    steps: [{ select: "kremlin-meeting" }],
  },
];

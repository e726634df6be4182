/**
 * Import of the TimelineJS3 JSON format, so newsrooms can move their
 * timelines to citeline.
 */
import type { SourcePaths } from "../paths.js";
import type { Diagnostic, SourceInput, TimelineInput } from "../types.js";
import { joinPath, Report, shown } from "./report.js";
import { SlideMapper } from "./slides.js";

/** What an importer returns: citeline input, every problem met on the way, and where each event came from. */
export interface ImportResult {
  input: TimelineInput;
  diagnostics: Diagnostic[];
  /** Pass it to `normalize(input, { paths })` so its diagnostics name the file's rows or slides. */
  paths?: SourcePaths;
}

/** Options of {@link fromTimelineJS}. */
export interface FromTimelineJSOptions {
  /**
   * The TimelineJS document itself as a source (its page, its publisher).
   * When given, every event cites it and that citation carries the
   * slide's display date as `dateText`.
   */
  source?: SourceInput;
}

/** How citeline's event fields are spelled in a TimelineJS slide. */
const FIELDS = {
  start: ".start_date", end: ".end_date", title: ".text.headline", summary: ".text.text",
  media: ".media.url", group: ".group", id: ".unique_id",
};

const TOP_KEYS = new Set(["title", "events", "eras", "scale"]);

/**
 * Converts a TimelineJS3 JSON document to citeline's {@link TimelineInput}.
 *
 * Mapping (see docs/timelinejs.md for the whole table):
 * - `title` slide (an object, or a one-element list as some files write it):
 *   headline and text become the timeline's title and description (plain
 *   text); its credit becomes a source, its media is kept for the way back.
 * - each of `events[]`: `start_date`/`end_date` become dates at the
 *   precision given, years converted from TimelineJS's historical count to
 *   ISO's astronomical one (-3500 is 3500 BC, ISO `-3499`); milliseconds
 *   are kept; an all-empty `end_date` means no end, an end equal to the
 *   start an instant. `display_date` is the date as written (`start.text`),
 *   and its hedges ("c. 1677", "mid 1730s", "Between 1678-1680") become the
 *   date's qualifier and bounds. Headline and text become plain text, their
 *   links cited sources; a slide without a headline is titled by its display
 *   date or the opening words of its text, with a warning.
 * - `media` becomes a {@link Media} item of the kind its address says
 *   (image, video, audio, embed, link, with the provider); embed code is
 *   read, never kept as markup: a blockquote becomes a quoting citation, an
 *   iframe's https `src` an embed. `media.credit` becomes a source, one per
 *   distinct credit, which the event cites; the caption stays on the media.
 * - `eras[]` become {@link Era}s; `unique_id` the event id; `group` its
 *   lane (groups differing only in case are one).
 * - Fields citeline does not model (`background`, `autolink`, thumbnails,
 *   the HTML of texts, `scale`) are named once each and kept in
 *   `extra.timelinejs`, which is never rendered and which `toTimelineJS`
 *   writes back.
 *
 * Diagnostic paths follow the document (`events[3].start_date.month`), and
 * `paths` lets normalize's do the same. A slide without a readable start
 * year is not imported and is named by an error; nothing else is dropped.
 * Never throws.
 *
 * @example
 * ```ts
 * const { input, diagnostics } = fromTimelineJS({
 *   title: { text: { headline: "Talks", text: "<p>A week of <b>talks</b></p>" } },
 *   events: [{
 *     start_date: { year: 2025, month: 12, day: 2 },
 *     display_date: "Tuesday (Dec 2)",
 *     text: { headline: "Kremlin meeting" },
 *     media: { url: "https://example.org/photo.jpg", credit: "Example Wire", caption: "Arrival" },
 *   }],
 * });
 * // input.events[0]: { title: "Kremlin meeting", start: { iso: "2025-12-02", text: "Tuesday (Dec 2)", ... },
 * //   media: [{ url: "https://example.org/photo.jpg", kind: "image", caption: "Arrival", credit: "credit-example-wire" }],
 * //   citations: [{ source: "credit-example-wire" }] }
 * ```
 */
export function fromTimelineJS(json: unknown, options: FromTimelineJSOptions = {}): ImportResult {
  if (typeof options !== "object" || options === null) throw new TypeError(`invalid options: ${typeof options}`);
  if (options.source !== undefined && (typeof options.source !== "object" || options.source === null)) {
    throw new TypeError(`invalid source: ${typeof options.source}`);
  }
  const report = new Report();
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    report.add("error", "not-timelinejs", "$",
      `a TimelineJS document is an object with an events list, got ${shown(json)}`);
    return { input: { events: [] }, diagnostics: report.diagnostics };
  }
  const doc = json as Record<string, unknown>;
  const events = doc["events"];
  if (!Array.isArray(events)) {
    report.add("error", "not-timelinejs", events === undefined ? "$" : "events",
      `a TimelineJS document needs an events list, got ${events === undefined ? "none" : shown(events)}`);
  }
  for (const key of Object.keys(doc)) {
    if (!TOP_KEYS.has(key)) report.unsupported(joinPath("", key), key);
  }
  const scale = doc["scale"];
  if (scale !== undefined && scale !== "human" && scale !== "cosmological") {
    report.add("warning", "invalid-scale", "scale",
      `scale must be "human" or "cosmological", got ${shown(scale)}; "human" is used`);
  }

  const mapper = new SlideMapper(report, {
    cosmological: scale === "cosmological",
    fields: FIELDS,
    ...(options.source === undefined ? {} : { source: options.source }),
  });
  if (scale !== undefined) mapper.setExtra("scale", scale);
  for (const key of Object.keys(doc)) if (!TOP_KEYS.has(key)) mapper.setExtra(key, doc[key]);
  readTitle(doc["title"], mapper, report);
  if (Array.isArray(events)) {
    events.forEach((slide: unknown, i) => {
      mapper.event(slide, (field) => joinPath(`events[${i}]`, field));
    });
  }
  const eras = doc["eras"];
  if (Array.isArray(eras)) {
    eras.forEach((era: unknown, i) => {
      mapper.era(era, (field) => joinPath(`eras[${i}]`, field));
    });
  } else if (eras !== undefined && eras !== null) {
    report.add("warning", "invalid-field", "eras", `eras must be a list, got ${shown(eras)}; it is ignored`);
  }
  const { input, paths } = mapper.result();
  return { input, diagnostics: report.diagnostics, paths };
}

/** The title slide: an object, or (as some files write it) a list whose first item is the title. */
function readTitle(title: unknown, mapper: SlideMapper, report: Report): void {
  if (title === undefined || title === null) return;
  if (!Array.isArray(title)) {
    mapper.title(title, (field) => joinPath("title", field));
    return;
  }
  if (title.length === 0) return;
  mapper.title(title[0], (field) => joinPath("title[0]", field));
  title.slice(1).forEach((slide: unknown, i) => {
    report.add("warning", "multiple-titles", `title[${i + 1}]`,
      "only the first title slide is the title; this one is imported as an event");
    mapper.event(slide, (field) => joinPath(`title[${i + 1}]`, field));
  });
}

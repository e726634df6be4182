/**
 * Import of the TimelineJS3 JSON format, so newsrooms can move their
 * timelines to citeline.
 */
import type { Diagnostic, SourceInput, TimelineInput } from "../types.js";
import { joinPath, Report, shown } from "./report.js";
import { SlideMapper } from "./slides.js";

/** What an importer returns: citeline input and every problem met on the way. */
export interface ImportResult {
  input: TimelineInput;
  diagnostics: Diagnostic[];
}

/** Options of {@link fromTimelineJS}. */
export interface FromTimelineJSOptions {
  /**
   * The TimelineJS document itself as a source (its page, its publisher).
   * When given, every event cites it and that citation carries the
   * slide's display date as `dateText`; without it a display date rides on
   * the media-credit citation, and is reported when there is none.
   */
  source?: SourceInput;
}

const TOP_KEYS = new Set(["title", "events", "eras", "scale"]);

/**
 * Converts a TimelineJS3 JSON document to citeline's {@link TimelineInput}.
 *
 * Mapping:
 * - `title` slide: headline and text become the timeline's title and
 *   description (plain text); its media credit becomes a source.
 * - each of `events[]`: `start_date`/`end_date` become ISO strings at the
 *   precision given (`{year: 2025, month: 12}` is `"2025-12"`, year -44 is
 *   `"-0044"`); years beyond the range of JavaScript dates, as on the
 *   cosmological scale, become a `When` with computed bounds. Headline and
 *   text lose their HTML. `unique_id` is the event id, `group` its group.
 * - `media.credit` becomes a source (title: the credit as plain text; url:
 *   the media url when it is http(s)), shared by all slides with the same
 *   credit and url; the event cites it with the caption as `note` and the
 *   display date as `dateText`.
 * - `eras[]` become events tagged `"era"` spanning start to end: an era is
 *   a span of time, which a group (a lane) cannot express.
 * - `background`, thumbnails and the like have no equivalent; each such
 *   field is reported once.
 *
 * Diagnostic paths follow the document (`events[3].start_date.month`).
 * A slide without a readable start year is not imported and is named by an
 * error; nothing else is dropped. Never throws.
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
 * // input.events[0]: { start: "2025-12-02", title: "Kremlin meeting",
 * //   citations: [{ source: "credit-example-wire", note: "Arrival", dateText: "Tuesday (Dec 2)" }] }
 * ```
 */
export function fromTimelineJS(json: unknown, options: FromTimelineJSOptions = {}): ImportResult {
  if (typeof options !== "object" || options === null) throw new TypeError(`invalid options: ${typeof options}`);
  if (options.source !== undefined && (typeof options.source !== "object" || options.source === null)) {
    throw new TypeError(`invalid source: ${typeof options.source}`);
  }
  const report = new Report();
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    report.add("error", "not-timelinejs", "$", `a TimelineJS document is an object with an events list, got ${shown(json)}`);
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
    report.add("warning", "invalid-scale", "scale", `scale must be "human" or "cosmological", got ${shown(scale)}; "human" is used`);
  }

  const mapper = new SlideMapper(report, {
    cosmological: scale === "cosmological",
    ...(options.source === undefined ? {} : { source: options.source }),
  });
  if (doc["title"] !== undefined && doc["title"] !== null) {
    mapper.title(doc["title"], (field) => joinPath("title", field));
  }
  if (Array.isArray(events)) {
    events.forEach((slide: unknown, i) => {
      mapper.event(slide, (field) => joinPath(`events[${i}]`, field));
    });
  }
  const eras = doc["eras"];
  if (Array.isArray(eras)) {
    eras.forEach((era: unknown, i) => {
      mapper.event(era, (field) => joinPath(`eras[${i}]`, field), true);
    });
  } else if (eras !== undefined && eras !== null) {
    report.add("warning", "invalid-field", "eras", `eras must be a list, got ${shown(eras)}; it is ignored`);
  }
  return { input: mapper.result(), diagnostics: report.diagnostics };
}

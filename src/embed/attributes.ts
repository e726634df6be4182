import type { TimelineOptions } from "../options.js";

/** The attributes `<cite-line>` observes; changing any of them re-renders. */
export const observedAttributes = [
  "src",
  "timeout",
  "height",
  "theme",
  "locale",
  "time-zone",
  "start",
  "end",
  "group-by",
  "layout",
  "selected",
] as const;

/**
 * Reads the element's attributes into timeline options. Invalid values are
 * left for `timeline()` to reject with its `invalid <name>: <value>` error,
 * which the element then shows.
 */
export function optionsFromAttributes(element: Element): TimelineOptions {
  const options: TimelineOptions = {};
  const attr = (name: string): string | null => {
    const value = element.getAttribute(name);
    return value === null || value.trim() === "" ? null : value.trim();
  };
  const height = attr("height");
  if (height !== null) options.height = Number(height);
  const theme = attr("theme");
  if (theme !== null) options.theme = theme as NonNullable<TimelineOptions["theme"]>;
  const locale = attr("locale");
  if (locale !== null) options.locale = locale;
  const timeZone = attr("time-zone");
  if (timeZone !== null) options.timeZone = timeZone;
  const start = attr("start");
  const end = attr("end");
  if (start !== null && end !== null) options.initialRange = [start, end];
  const groupBy = attr("group-by");
  if (groupBy !== null) options.groupBy = (groupBy === "none" ? null : groupBy) as "group" | "place" | "tags" | null;
  const layout = attr("layout");
  if (layout !== null) options.layout = layout as NonNullable<TimelineOptions["layout"]>;
  const selected = attr("selected");
  if (selected !== null) options.selected = selected;
  return options;
}

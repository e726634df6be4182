/**
 * Options as the chart reads them: every field exact. `options.ts` (the
 * boundary) makes them from what a caller wrote; the chart never sees loose
 * values, and keeps this type in its own layer so it imports nothing above.
 */
import type { TimelineLabels } from "../render/labels.js";

/** Options after coercion: every field exact. */
export interface ResolvedOptions {
  width: number | null;
  height: number | null;
  document: Document;
  locale: string;
  timeZone: string;
  reference: string | Date | undefined;
  groupBy: "group" | "place" | "tags" | null;
  /** The initial visible span [start, end) in ms, or null for the data's extent. */
  initialRange: [number, number] | null;
  layout: "horizontal" | "vertical" | "auto";
  measureText: ((text: string) => number) | null;
  interactive: boolean;
  theme: "auto" | "light" | "dark";
  injectStyles: boolean;
  selected: string | null;
  gestures: "cooperative" | "greedy";
  thumbnails: boolean;
  labels: TimelineLabels;
}

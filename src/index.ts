// citeline: source-annotated timelines. This entry has no side effects and
// touches no DOM at import, so it works in Node, workers and bundlers.
export { normalize, isTimeline, compareEvents, type NormalizeOptions, type NormalizeResult } from "./data/normalize.js";
export { normalizeAsync } from "./data/normalizeAsync.js";
export type { SourcePaths } from "./data/paths.js";
export {
  parseDate,
  analyzeDate,
  toWhen,
  isWhen,
  type ParseDateOptions,
  type DateAnalysis,
  type DateProblem,
} from "./data/dates/index.js";
export {
  fromTimelineJS,
  fromCSV,
  type FromTimelineJSOptions,
  type FromCSVOptions,
  type ImportResult,
} from "./data/import/index.js";
export {
  toTimelineJS,
  type TimelineJSDocument,
  type TimelineJSSlide,
  type TimelineJSDate,
} from "./data/export/index.js";
export { CitelineError, diagnosticCodes, formatDiagnostic, type DiagnosticCode } from "./data/diagnostics.js";
export { durationMs } from "./data/duration.js";
export { safeUrl } from "./data/url.js";
export {
  timeline,
  type TimelineElement,
  type TimelineEventMap,
  type TimelineHandle,
  type TimelineSelectDetail,
  type TimelineZoomDetail,
} from "./timeline.js";
export type { CiteLineElement, CiteLineErrorDetail, CiteLineEventMap } from "./embed/element.js";
export type { TimelineOptions, TimelineLabels, MeasureText } from "./options.js";
export { stylesheet } from "./render/styles.js";
export type * from "./data/types.js";

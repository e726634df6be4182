// The one-file build for a <script> tag: everything in the `citeline`
// global, and <cite-line> registered when the page has custom elements.
// Not toTimelineJS: writing a timeline back out for TimelineJS is a tool's
// job (the CLI's `export`, or the npm package), not a reader's page's, and
// it weighs 1.3 KiB of gzip here. Not diagnosticCodes either, the table of
// every code's meaning (the README's table of codes, for tools): 0.8 KiB.
// A page still gets every diagnostic, with its code, severity and message.
import { defineCiteLine } from "./embed/element.js";

export {
  normalize,
  isTimeline,
  compareEvents,
  parseDate,
  analyzeDate,
  toWhen,
  isWhen,
  fromTimelineJS,
  fromCSV,
  CitelineError,
  formatDiagnostic,
  durationMs,
  safeUrl,
  timeline,
  stylesheet,
} from "./index.js";
export { defineCiteLine };

defineCiteLine();

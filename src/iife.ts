// The one-file build for a <script> tag: everything in the `citeline`
// global, and <cite-line> registered when the page has custom elements.
// Not toTimelineJS: writing a timeline back out for TimelineJS is a tool's
// job (the CLI's `export`, or the npm package), not a reader's page's, and
// it weighs 1.3 KiB of gzip here. Not diagnosticCodes either, the table of
// every code's meaning (the README's table of codes, for tools): 0.8 KiB.
// A page still gets every diagnostic, with its code, severity and message.
// Not fromTimelineJS and fromCSV: citeline.import.iife.min.js adds them to
// this global (10-14 KiB of gzip that only TimelineJS and CSV data need),
// and <cite-line> loads that script itself when its data needs it.
import { defineCiteLine } from "./embed/element.js";
import { rememberScript } from "./embed/importers-script.js";

export {
  normalize,
  normalizeAsync,
  isTimeline,
  compareEvents,
  parseDate,
  analyzeDate,
  toWhen,
  isWhen,
  CitelineError,
  formatDiagnostic,
  durationMs,
  safeUrl,
  timeline,
  stylesheet,
} from "./index.js";
export { defineCiteLine };

// Only while this script runs does currentScript name it: the importers' script is its neighbour.
rememberScript(globalThis.document?.currentScript);
defineCiteLine();

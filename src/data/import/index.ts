/** Importers from other timeline formats to citeline input. */
export { fromTimelineJS, type FromTimelineJSOptions, type ImportResult } from "./timelinejs.js";
export { fromCSV, type FromCSVOptions } from "./csv.js";

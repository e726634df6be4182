/** Exporters from citeline to other timeline formats. */
export { toTimelineJS, type TimelineJSDocument, type TimelineJSSlide } from "./timelinejs.js";
export type { TimelineJSDate } from "./dates.js";

// The script tag's importers, dist/citeline.import.iife.min.js: adds
// fromTimelineJS and fromCSV to the `citeline` global (rollup's `extend`,
// so it may load before or after dist/citeline.iife.min.js). <cite-line>
// loads it by itself when its data is TimelineJS JSON or CSV; a page that
// calls the importers itself loads it with a <script> tag.
export { fromTimelineJS, fromCSV } from "./data/import/index.js";

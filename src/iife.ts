// The one-file build for a <script> tag: everything in the `citeline`
// global, and <cite-line> registered when the page has custom elements.
import { defineCiteLine } from "./embed/element.js";

export * from "./index.js";
export { defineCiteLine };

defineCiteLine();

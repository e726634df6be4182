// The package's one side-effect entry: `import "citeline/element"` registers
// <cite-line>. Everything else in citeline is free of side effects.
import { defineCiteLine } from "./element.js";

export { defineCiteLine, type CiteLineElement, type CiteLineErrorDetail, type CiteLineEventMap } from "./element.js";

defineCiteLine();

/**
 * `<cite-line>` in React's JSX (React 18 and 19): `import type {} from
 * "citeline/jsx"` once, or list "citeline/jsx" in tsconfig's `types`.
 * A separate entry because it augments the "react" module, which only
 * apps that have React's types can resolve; citeline does not depend on
 * React.
 *
 * React 19 sets `data` and `options` as properties. React 18 turns any
 * object prop on a custom element into an attribute (`data="[object
 * Object]"`), so there set them through a ref, as the README shows.
 *
 * @example
 * ```tsx
 * import type {} from "citeline/jsx";
 * import "citeline/element";
 * export const Story = () => <cite-line src="events.json" height="420" theme="dark" />;
 * ```
 */
import type * as React from "react";
import type { CiteLineElement } from "./element.js";

/** The attributes `<cite-line>` observes, as JSX props (strings, as in HTML; `height` also a number). */
export interface CiteLineAttributes {
  src?: string;
  timeout?: string | number;
  height?: string | number;
  theme?: "auto" | "light" | "dark";
  locale?: string;
  "time-zone"?: string;
  start?: string;
  end?: string;
  "group-by"?: "group" | "place" | "tags" | "none";
  layout?: "auto" | "horizontal" | "vertical";
  selected?: string;
  /** React 19 only (sets the property); React 18 needs a ref. */
  data?: CiteLineElement["data"];
  /** React 19 only (sets the property); React 18 needs a ref. */
  options?: CiteLineElement["options"];
}

// Type-only: the entry's JavaScript is empty.
export {};

declare module "react" {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      "cite-line": React.DetailedHTMLProps<React.HTMLAttributes<CiteLineElement>, CiteLineElement> & CiteLineAttributes;
    }
  }
}

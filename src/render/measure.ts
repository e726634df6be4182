/**
 * The default text measurer: a canvas in a real browser, the width table in
 * jsdom and on servers (jsdom has no canvas, and goldens must not depend on
 * fonts). Measurements are cached per string.
 */
import { widthTable } from "../layout/text.js";
import { labelFont } from "./styles.js";

/** Returns a cached measurer for label text in `doc`. */
export function createMeasurer(doc: Document, injected: ((text: string) => number) | null): (text: string) => number {
  let measure = injected;
  if (!measure) {
    const view = doc.defaultView;
    const isJsdom = !view || /jsdom/i.test(view.navigator?.userAgent ?? "");
    const context = isJsdom ? null : (doc.createElement("canvas").getContext?.("2d") ?? null);
    if (context) {
      context.font = labelFont;
      measure = (t) => context.measureText(t).width;
    } else {
      measure = widthTable(12.5);
    }
  }
  const cache = new Map<string, number>();
  const base = measure;
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      w = base(text);
      if (cache.size > 50_000) cache.clear();
      cache.set(text, w);
    }
    return w;
  };
}

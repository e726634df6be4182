/**
 * The importers the element reads TimelineJS JSON and CSV with. The npm
 * builds import them here, statically; the script tag's build swaps this
 * module for importers-script.ts (rollup.config.mjs), which loads them from
 * a second script only when a page's data needs them.
 */
import { fromCSV, fromTimelineJS } from "../data/import/index.js";

/** The two importers, as one object. */
export interface Importers {
  fromTimelineJS: typeof fromTimelineJS;
  fromCSV: typeof fromCSV;
}

/**
 * Resolves to the importers; `doc` is the document that would load them.
 *
 * @example
 * const { fromCSV } = await importers(document);
 */
export function importers(doc?: Document): Promise<Importers> {
  void doc;
  return Promise.resolve({ fromTimelineJS, fromCSV });
}

/**
 * The script tag's importers (rollup.config.mjs puts this module in place of
 * importers.ts in dist/citeline.iife.min.js only): TimelineJS JSON and CSV
 * are read by dist/citeline.import.iife.min.js, which adds fromTimelineJS
 * and fromCSV to the `citeline` global. When data needs them and that script
 * is not on the page, a <script> for it is added, next to the main script,
 * or at the URL the main script's own `data-citeline-import` attribute gives.
 * Only the main script tag is read: an attribute anywhere else in the page
 * could come from injected markup, and the added script carries the main
 * script's nonce. A <script src> of the same origin passes `script-src
 * 'self'` and loads from disk too.
 */
import type { Importers } from "./importers.js";

/** The file name of the importers' script, next to the main script. */
export const IMPORT_SCRIPT = "citeline.import.iife.min.js";

let mainScript: { src: string; nonce: string; importer: string | null } | null = null;
let pending: Promise<Importers> | null = null;

/**
 * Remembers the main script's URL and nonce; called while it runs, when
 * `document.currentScript` is that script.
 *
 * @example
 * rememberScript(globalThis.document?.currentScript);
 */
export function rememberScript(script: Element | null | undefined): void {
  const s = script as HTMLScriptElement | null | undefined;
  if (s?.src) mainScript = { src: s.src, nonce: s.nonce ?? "", importer: s.getAttribute("data-citeline-import") };
}

function loaded(): Importers | null {
  const g = (globalThis as { citeline?: Partial<Importers> }).citeline;
  return g?.fromTimelineJS && g.fromCSV ? { fromTimelineJS: g.fromTimelineJS, fromCSV: g.fromCSV } : null;
}

function scriptUrl(): string | null {
  if (!mainScript) return null;
  return new URL(mainScript.importer || IMPORT_SCRIPT, mainScript.src).href;
}

function inject(doc: Document): Promise<Importers> {
  const url = scriptUrl();
  if (!url)
    return Promise.reject(
      new Error(
        `TimelineJS and CSV data need ${IMPORT_SCRIPT}: load it with a <script> tag, ` +
          "or give its URL in a data-citeline-import attribute on citeline's own script tag",
      ),
    );
  return new Promise((resolve, reject) => {
    const script = doc.createElement("script");
    const failed = (why: string): void => {
      script.remove();
      reject(new Error(`could not load "${url}", which reads TimelineJS and CSV data: ${why}`));
    };
    script.onload = () => {
      const found = loaded();
      if (found) resolve(found);
      else failed("it did not add fromTimelineJS and fromCSV to the citeline global");
    };
    script.onerror = () => failed("the script failed to load");
    if (mainScript?.nonce) script.nonce = mainScript.nonce;
    script.src = url;
    doc.head.append(script);
  });
}

/**
 * Resolves to the importers, loading their script into `doc` at most once
 * (again after a failure, so that a later render may retry).
 *
 * @example
 * const { fromTimelineJS } = await importers(element.ownerDocument);
 */
export function importers(doc?: Document): Promise<Importers> {
  const found = loaded();
  if (found) return Promise.resolve(found);
  if (!doc) return Promise.reject(new Error(`TimelineJS and CSV data need ${IMPORT_SCRIPT}`));
  pending ??= inject(doc).catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}

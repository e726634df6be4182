/** Options of {@link safeUrl}. */
export interface SafeUrlOptions {
  /**
   * The URL of the data itself: relative URLs (and protocol-relative ones,
   * `//host/...`) resolve against it when it is http(s). Without it they
   * are kept as written, for the page to resolve.
   */
  base?: string;
  /**
   * For media rather than links: `data:` raster images (png, jpeg, gif,
   * webp) are also allowed, and `mailto:` is not (it shows nothing).
   */
  media?: boolean;
}

const LINK = new Set(["http:", "https:", "mailto:"]);
const MEDIA = new Set(["http:", "https:"]);
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
// Only pictures a browser decodes without running anything: no SVG, which can carry script.
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp)(?:;[a-z0-9=.+-]*)*,/i;
// What the URL parser removes before it reads a scheme; removed here too so
// "java\tscript:" is seen as the scheme it is.
const STRIPPED = /[\t\n\r]/g;
const EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const MAX_LINK = 4096;
const MAX_DATA = 8_000_000;

/**
 * Returns the URL when citeline's single URL policy allows it, else null.
 * Links: http(s), mailto, relative. Media: http(s), relative and `data:`
 * png/jpeg/gif/webp images. Absolute URLs come back in canonical form;
 * relative ones resolved against `options.base` when it is http(s), else
 * as written. The renderer never makes a link or loads media from anything
 * this rejects.
 *
 * @example
 * ```ts
 * safeUrl("https://example.org/a b");                 // "https://example.org/a%20b"
 * safeUrl(" JaVaScript:alert(1)");                    // null
 * safeUrl("img/a.png", { base: "https://x.org/t/" }); // "https://x.org/t/img/a.png"
 * safeUrl("data:image/png;base64,iVBO", { media: true }); // "data:image/png;base64,iVBO"
 * ```
 */
export function safeUrl(value: unknown, options: SafeUrlOptions = {}): string | null {
  if (typeof value !== "string") return null;
  const media = options.media === true;
  if (value.length > (media ? MAX_DATA : MAX_LINK)) return null;
  const text = value.replace(EDGES, "").replace(STRIPPED, "");
  if (text === "") return null;
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === "data") return media && DATA_IMAGE.test(text) ? text : null;
  if (text.length > MAX_LINK) return null;
  const allowed = media ? MEDIA : LINK;
  if (scheme !== undefined) {
    const url = parse(text);
    return url !== null && allowed.has(url.protocol) ? url.href : null;
  }
  const base = options.base === undefined ? null : parse(options.base);
  if (base !== null && MEDIA.has(base.protocol)) {
    const url = parse(text, base);
    return url !== null && MEDIA.has(url.protocol) ? url.href : null;
  }
  // Kept relative: it must still read as a URL once some http(s) page resolves it.
  return parse(text, "https://relative.invalid/") === null ? null : text;
}

function parse(text: string, base?: string | URL): URL | null {
  try {
    return new URL(text, base);
  } catch {
    return null;
  }
}

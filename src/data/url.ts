const allowed = new Set(["http:", "https:", "mailto:"]);

/**
 * Returns the URL in canonical form when it is an absolute http(s) or mailto
 * link, else null. This is the single link policy of citeline: the renderer
 * never makes a link from anything this rejects.
 *
 * @example
 * ```ts
 * safeUrl("https://example.org/a b"); // "https://example.org/a%20b"
 * safeUrl(" JaVaScript:alert(1)");    // null
 * ```
 */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 4096) return null;
  let url: URL;
  try {
    // The URL parser strips the leading/trailing whitespace and tabs that
    // browsers also ignore, so "\tjavascript:" is seen as javascript: here.
    url = new URL(value);
  } catch {
    return null;
  }
  return allowed.has(url.protocol) ? url.href : null;
}

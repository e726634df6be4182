/**
 * Turns a title into an id fragment: lower-case ASCII letters, digits and
 * dashes. Letters with diacritics lose them; other scripts are kept as
 * they are, so Cyrillic or Arabic titles still give distinct ids.
 */
export function slug(text: string, max = 48): string {
  // Only the first `max` characters of the result count, so a long title
  // (an article paragraph pasted in) is cleaned from a prefix when that
  // prefix alone already gives more than `max` (with room for what a cut
  // could change at its end): the same result, without normalizing and
  // scanning all of it.
  if (text.length > 4 * max) {
    const head = clean(text.slice(0, 4 * max));
    if (head.length > max + 8) return cut(head, max);
  }
  return cut(clean(text), max) || "event";
}

function clean(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

function cut(cleaned: string, max: number): string {
  return cleaned.length > max ? cleaned.slice(0, max).replace(/-[^-]*$/, "") || cleaned.slice(0, max) : cleaned;
}

/** A short, stable hash (FNV-1a, 32-bit, base 36) for disambiguating ids. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * The id of an event that has none: its date and title, so it survives
 * re-ordering of the input and edits to other events.
 *
 * @example
 * ```ts
 * deriveId("2025-12-02", "Kremlin meeting"); // "2025-12-02-kremlin-meeting"
 * ```
 */
export function deriveId(iso: string, title: string): string {
  return `${iso.replace(/[^0-9A-Za-z-]+/g, "-").replace(/-+$/, "")}-${slug(title)}`;
}

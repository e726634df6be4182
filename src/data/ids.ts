/**
 * Turns a title into an id fragment: lower-case ASCII letters, digits and
 * dashes. Letters with diacritics lose them; other scripts are kept as
 * they are, so Cyrillic or Arabic titles still give distinct ids.
 */
export function slug(text: string, max = 48): string {
  const cleaned = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const cut = cleaned.length > max ? cleaned.slice(0, max).replace(/-[^-]*$/, "") || cleaned.slice(0, max) : cleaned;
  return cut || "event";
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

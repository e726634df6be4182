/**
 * Text fitting for labels, with measurement injected: a canvas in the
 * browser, the deterministic width table below in jsdom and on servers, so
 * golden files do not depend on installed fonts.
 */

// Widths in em, on the wide side of common sans-serifs (DejaVu Sans rather
// than Helvetica): server-rendered charts are viewed with fonts we cannot
// know, and a label measured too wide wastes a little room where one
// measured too narrow collides with its neighbour.
const NARROW = "iIl.,:;!'|fjtr ";
const WIDE = "mwMW@%";
const CAPS = "ABCDEFGHKNOPQRSTUVXYZ&";

/**
 * A measurer from a width table: deterministic everywhere.
 *
 * @example
 * ```ts
 * widthTable(13)("Kremlin talks"); // ≈ 80
 * ```
 */
export function widthTable(fontSize: number): (text: string) => number {
  return (text) => {
    let em = 0;
    for (const ch of text) {
      if (NARROW.includes(ch)) em += 0.34;
      else if (WIDE.includes(ch)) em += 0.95;
      else if (
        CAPS.includes(ch) ||
        (ch >= "0" && ch <= "9" ? false : ch.toUpperCase() === ch && ch.toLowerCase() !== ch)
      )
        em += 0.74;
      else if (ch >= "0" && ch <= "9") em += 0.64;
      else if (ch.charCodeAt(0) > 0x2e80) em += 1;
      else em += 0.62;
    }
    return Math.round(em * fontSize * 100) / 100;
  };
}

/**
 * The longest prefix of `text` (cut at a word when one is near) that fits
 * `max` pixels with an ellipsis; the text itself when it fits.
 *
 * @example
 * ```ts
 * fitText("Witkoff and Kushner meet Putin", 100, widthTable(13)); // "Witkoff and…"
 * ```
 */
export function fitText(text: string, max: number, measure: (t: string) => number): string {
  // A title far longer than any label (an article paragraph pasted in) is
  // probed by doubling prefixes, from one as long as `max` px could hold at
  // 2 px a character: measuring all of it, ten times over, made such data
  // sets slow. Titles shorter than the first probe cost one measurement.
  let end = Math.max(16, Math.ceil(max / 2));
  while (end < text.length && measure(text.slice(0, end)) <= max) end *= 2;
  if (end >= text.length && measure(text) <= max) return text;
  // A prefix cut inside a surrogate pair ends in half a character, which the search below never keeps.
  const chars = [...text.slice(0, end)];
  let lo = 0,
    hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(chars.slice(0, mid).join("").trimEnd() + "…") <= max) lo = mid;
    else hi = mid - 1;
  }
  let cut = chars.slice(0, lo).join("");
  const space = cut.lastIndexOf(" ");
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return cut.trimEnd() + "…";
}

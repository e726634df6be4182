// Paragraphs, sentences and words of running text, as spans of UTF-16
// offsets into the original string: every later step reports positions in
// the text the caller gave, never in a cleaned copy.

/** A stretch of the text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A word of the text with its position. */
export interface Word extends Span {
  text: string;
}

/** Each non-blank line is a paragraph: wire copy and pasted pages put one paragraph on a line. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

// Abbreviations whose period does not end a sentence ("Gen. Smith", "U.S. envoy", "Dec. 2").
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "gen",
  "lt",
  "col",
  "capt",
  "sgt",
  "sen",
  "rep",
  "gov",
  "prof",
  "rev",
  "hon",
  "jr",
  "sr",
  "no",
  "vs",
  "etc",
  "inc",
  "corp",
  "co",
  "ltd",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thurs",
  "fri",
  "sat",
  "sun",
  "a.m",
  "p.m",
  "approx",
  "est",
  "fig",
]);

/**
 * The sentences of `span`, as spans. A period, `?` or `!` (with any closing
 * quotes or brackets after it) ends a sentence when a space and a capital,
 * a digit or an opening quote follow, unless it closes an abbreviation or
 * an initial ("U.S.", "J. Smith"), or it lies inside one of `protect`: a
 * quotation of several sentences stays inside the sentence that quotes it.
 */
export function sentences(text: string, span: Span, protect: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  const re = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«([]?[\p{Lu}\d])/gu;
  re.lastIndex = span.start;
  let start = span.start;
  for (let m = re.exec(text); m && m.index < span.end; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end >= span.end) break;
    // Inside a quotation unless the match takes in its closing mark ("…lies ahead.” A spokesman…").
    if (protect.some((p) => end > p.start && end < p.end)) continue;
    if (m[0] === "." && isAbbreviation(text, m.index)) continue;
    pushTrimmed(text, start, end, out);
    start = end;
  }
  pushTrimmed(text, start, span.end, out);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  // A single capital ("J.") or a dotted acronym ("U.S", "a.m") reads as an abbreviation.
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before[1]!) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/**
 * The words of `text.slice(start, end)`: letters, digits, inner apostrophes, hyphens and dots ("U.S.", "son-in-law").
 */
export function words(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?\.?/gu;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    let w = m[0];
    // A final period is kept only on abbreviations ("U.S.", "Gen."), not on the last word of a sentence.
    const abbreviation = /^(?:\p{L}\.)+$/u.test(w) || ABBREVIATIONS.has(w.slice(0, -1).toLowerCase());
    if (w.endsWith(".") && !abbreviation) w = w.slice(0, -1);
    if (m.index + w.length > end) w = w.slice(0, end - m.index);
    // "Trafalgar Square.It said": a missing space after a sentence's period joins two words, not an abbreviation.
    const joinedAt = /\p{Ll}{2}\.(?=\p{Lu}\p{Ll})/u.exec(w);
    if (joinedAt) {
      const cut = joinedAt.index + 2;
      out.push({ text: w.slice(0, cut), start: m.index, end: m.index + cut });
      re.lastIndex = m.index + cut + 1;
      continue;
    }
    if (w) out.push({ text: w, start: m.index, end: m.index + w.length });
  }
  return out;
}

/** Whether `a` and `b` overlap. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

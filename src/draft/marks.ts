// Where the quotation marks of a paragraph open and close. Double marks
// (straight, curly, guillemets, „low-high“) are paired first; single marks
// (‘BBC style’ and 'straight') count only outside a double quotation and only
// where they cannot be an apostrophe ("don't", "the officials' view").
import type { Span } from "./text.js";

/** One quoted stretch: `start`/`end` include the marks, `inner` is between them. */
export interface Marked extends Span {
  inner: Span;
  /**
   * The paragraph ended before a closing mark: wire copy leaves a quotation that runs on to the next paragraph open.
   */
  open: boolean;
}

const DOUBLE_OPEN: Record<string, string> = { "“": "”", "«": "»", "„": "“”", "‟": "”" };
const OPENS_AFTER = /[\s([{\u2014\u2013\-/:;,]/;

/** The quotations of `text.slice(span.start, span.end)`, in order. */
export function quotedSpans(text: string, span: Span): Marked[] {
  const out: Marked[] = [];
  let open: { at: number; close: string; single: boolean } | null = null;
  for (let i = span.start; i < span.end; i++) {
    const c = text[i]!;
    if (open) {
      if (isClosing(text, i, c, open, span)) {
        if (!open.single || i - open.at > 2) out.push(make(text, open.at, i + 1, false));
        open = null;
      }
      continue;
    }
    if (DOUBLE_OPEN[c] !== undefined) open = { at: i, close: DOUBLE_OPEN[c], single: false };
    else if (c === '"' && opensAt(text, i, span)) open = { at: i, close: '"', single: false };
    else if ((c === "‘" || c === "'") && opensAt(text, i, span) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? "")) {
      open = { at: i, close: c === "‘" ? "’'" : "'’", single: true };
    }
  }
  // A double quotation left open runs to the paragraph's end; a single one was an apostrophe after all.
  if (open && !open.single && span.end - open.at > 2) out.push(make(text, open.at, span.end, true));
  return out;
}

function opensAt(text: string, i: number, span: Span): boolean {
  const before = i > span.start ? text[i - 1]! : " ";
  const after = text[i + 1] ?? " ";
  return OPENS_AFTER.test(before) && !/\s/.test(after);
}

function isClosing(text: string, i: number, c: string, open: { close: string; single: boolean }, span: Span): boolean {
  if (!open.single) return open.close.includes(c) || (open.close !== '"' && c === '"' && !opensAt(text, i, span));
  if (!open.close.includes(c)) return false;
  const before = text[i - 1] ?? " ";
  const after = i + 1 < span.end ? text[i + 1]! : " ";
  // An apostrophe sits between letters ("don't", "Putin’s"); a closing mark follows a word and precedes a space or
  // punctuation.
  if (/[\p{L}\p{N}]/u.test(after)) return false;
  return !/\s/.test(before);
}

function make(text: string, start: number, end: number, open: boolean): Marked {
  let a = start + 1;
  let b = open ? end : end - 1;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { start, end, inner: { start: a, end: b }, open };
}

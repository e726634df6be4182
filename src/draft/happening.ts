// Whether a dated sentence tells of something happening, and the clause
// that says what: the title of a drafted event is that clause, word for
// word. No parser: a verb is a word of a small vocabulary, a past tense
// ("-ed", or an irregular past) or the verb after "will".
import { VERBS } from "./lexicon.js";
import { words, type Span, type Word } from "./text.js";

// Irregular pasts and presents of verbs that news dates: "met on Tuesday", "fell on June 10".
const IRREGULAR = new Set([
  "met",
  "meets",
  "held",
  "holds",
  "began",
  "begins",
  "begun",
  "took",
  "takes",
  "went",
  "goes",
  "came",
  "comes",
  "left",
  "leaves",
  "fell",
  "falls",
  "won",
  "wins",
  "lost",
  "loses",
  "gave",
  "gives",
  "made",
  "makes",
  "sent",
  "sends",
  "spoke",
  "speaks",
  "broke",
  "ran",
  "flew",
  "saw",
  "fought",
  "struck",
  "hit",
  "rose",
  "shot",
  "sold",
  "bought",
  "paid",
  "led",
  "leads",
  "chose",
  "wrote",
  "told",
  "said",
  "says",
  "became",
  "stood",
  "kept",
  "brought",
  "built",
  "caught",
  "drove",
  "froze",
  "hung",
  "slid",
  "quit",
  "set",
  "shut",
  "split",
  "spent",
  "swore",
  "threw",
  "withdrew",
  "overtook",
  "undertook",
  "ends",
  "opens",
  "starts",
  "signs",
  "votes",
  "visits",
  "arrives",
  "launches",
  "announces",
  "dies",
  "died",
  "killed",
  "is",
  "are",
  "was",
  "were",
]);
// Past participles used as adjectives after an article ("the revised plan", "a leaked memo") are no verbs.
const ARTICLE = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"]);
// Copulas count only before a participle or a happening noun ("was held", "is due"), not alone ("it was a mess").
const COPULA = new Set(["is", "are", "was", "were"]);
const NOT_VERBS = new Set(["need", "speed", "seed", "feed", "bed", "red", "shed", "hundred", "indeed", "wed", "creed"]);

// Irregular pasts and participles: "met", "held", "sent", "spoken".
const IRREGULAR_PAST = new Set(
  (
    "met held began begun took taken went gone came left fell fallen won lost gave given made sent spoke spoken broke " +
    "broken ran flew flown saw seen fought struck hit rose risen shot sold bought paid led chose chosen wrote written " +
    "told said became stood kept brought built caught drove driven froze frozen hung slid quit set shut split spent " +
    "swore sworn threw thrown withdrew withdrawn overtook undertook died killed sought thought felt found heard meant " +
    "read put cut let beat beaten bore borne drew drawn forgot forgotten forgave grew grown knew known lay laid lit " +
    "oversaw overseen rode sank sunk sang stole stolen stuck stung swept swung taught tore torn understood woke wore " +
    "won wound upheld"
  ).split(" "),
);

/** Whether a lower-case word reads as a past tense or participle: "-ed" ("voted"), or an irregular one ("met"). */
export function isPastForm(word: string): boolean {
  return IRREGULAR_PAST.has(word) || (/^[a-z]{2,}ed$/.test(word) && !NOT_VERBS.has(word));
}

/** The finite verbs of a stretch of text: the words that can make a dated clause a happening. */
export function verbsIn(text: string, span: Span, skip: readonly Span[]): Word[] {
  const ws = words(text, span.start, span.end).filter((w) => !skip.some((s) => w.start >= s.start && w.end <= s.end));
  const out: Word[] = [];
  ws.forEach((w, i) => {
    const l = w.text;
    if (l !== l.toLowerCase() || l.length < 3) return;
    const prev = ws[i - 1]?.text.toLowerCase();
    if (prev === "will" || prev === "would" || prev === "to") return void out.push(w);
    if (COPULA.has(l)) {
      if (/ed$|due|set|expected|scheduled/.test(ws[i + 1]?.text ?? "")) out.push(w);
      return;
    }
    if (prev && ARTICLE.has(prev)) return;
    if (IRREGULAR.has(l) || VERBS.has(l) || (/[a-z]{2}ed$/.test(l) && !NOT_VERBS.has(l))) out.push(w);
  });
  return out;
}

// Where one clause of a sentence ends and the next begins.
const JOINS =
  "but|while|whereas|although|though|as|with|which|who|after|before|and|when|adding|saying|citing|according";
const BOUNDARY = new RegExp(`\\s*(?:;|:|\\s[—–]\\s|--|,\\s+(?:${JOINS})\\b)\\s*`, "g");

/**
 * The clause of `sentence` around `at` (a date mention), widened to take in
 * `verb` when the verb lies in the next clause. Commas inside `quoted`
 * spans cut nothing: a title never starts or ends inside a quotation.
 */
export function clauseAround(text: string, sentence: Span, at: Span, verb: Span, quoted: readonly Span[] = []): Span {
  const cuts = [sentence.start];
  const lo = Math.min(at.start, verb.start);
  const hi = Math.max(at.end, verb.end);
  BOUNDARY.lastIndex = 0;
  const body = text.slice(sentence.start, sentence.end);
  for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
    const cut = sentence.start + m.index;
    if (m[0].length === 0) BOUNDARY.lastIndex++;
    else if (!quoted.some((q) => cut >= q.start && cut < q.end) && !parenthetical(text, cut, m[0], lo)) {
      cuts.push(cut, cut + m[0].length);
    }
  }
  cuts.push(sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  for (let k = 0; k + 1 < cuts.length; k += 2) {
    if (cuts[k + 1]! <= lo) start = cuts[k + 2] ?? start;
    if (k > 0 && cuts[k]! >= hi && end === sentence.end) end = cuts[k - 1]!;
  }
  return start < end ? { start, end } : sentence;
}

/**
 * "The bridge, which had reopened days earlier, collapsed on Sunday": a relative clause closed by a comma before the
 * happening is an aside inside its clause, not where the clause begins.
 */
function parenthetical(text: string, cut: number, join: string, lo: number): boolean {
  if (!/^,\s*(?:which|who)\b/.test(join)) return false;
  const close = text.indexOf(",", cut + join.length);
  return close >= 0 && close < lo;
}

const MAX_TITLE = 140;

/**
 * A title from a clause, in the article's own words: the first letter
 * capitalised, the final punctuation dropped, cut at a word before 140
 * characters with an ellipsis. The editor is meant to rewrite it.
 */
export function titleOf(text: string, clause: Span): string {
  let t = text.slice(clause.start, clause.end).replace(/\s+/g, " ").trim();
  t = t.replace(/^(?:and|but|while|as|with|which|who|so|yet|or)\s+/i, "").replace(/[\s,;:.!?—–-]+$/, "");
  if (t.length > MAX_TITLE) t = `${t.slice(0, t.lastIndexOf(" ", MAX_TITLE - 1)).replace(/[\s,;:]+$/, "")}…`;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

// An article saved as a web page (or a text file with front matter) read
// as plain text, one paragraph a line, with what its head says about it:
// the title, the publication date and the canonical URL. String work only,
// so it runs where `draft` runs; the result is text and is never put back
// into a page as markup.

/** What a saved article says about itself. */
export interface HtmlArticle {
  /** The article's text, one paragraph a line. */
  text: string;
  title?: string;
  /**
   * As written in the page (`article:published_time`, `datePublished`, `<time datetime>`, front matter
   * `published:`/`date:`).
   */
  published?: string;
  url?: string;
}

const DROPPED = "script|style|noscript|template|svg|math|iframe|object|head|nav|aside|form|button|select";
const DROP = new RegExp(`<(${DROPPED})\\b[\\s\\S]*?<\\/\\1\\s*>`, "gi");
const TAG = /<\/?[a-zA-Z][^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>/g;
const BLOCKS =
  "p|div|br|hr|h[1-6]|li|ul|ol|article|section|blockquote|tr|td|th|table|" +
  "header|footer|figure|figcaption|main|pre|dd|dt|dl";
const BLOCK = new RegExp(`^<\\/?(?:${BLOCKS})\\b`, "i");
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  bdquo: "„",
  sbquo: "‚",
  eacute: "é",
  copy: "©",
};

/** Decodes character references (named ones of news copy, and every numeric one). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "\uFFFD";
  });
}

/**
 * Reads a saved article: HTML (tags stripped, scripts and styles dropped,
 * a line per paragraph, the date from `<meta property="article:published_time">`,
 * `itemprop="datePublished"`, JSON-LD or the first `<time datetime>`), or
 * plain text with optional front matter (`---` lines with `title:`,
 * `published:` or `date:`, `url:`).
 *
 * @example
 * ```ts
 * const head = '<head><meta property="article:published_time" content="2025-12-02T20:00Z"></head>';
 * const a = articleFromHtml(`${head}<p>Talks <b>ended</b>.</p>`);
 * a.text; // "Talks ended."
 * a.published; // "2025-12-02T20:00Z"
 * ```
 */
export function articleFromHtml(source: string): HtmlArticle {
  if (!/<[a-z!/][^>]*>/i.test(source)) return fromText(source);
  const head = /<head\b[\s\S]*?<\/head\s*>/i.exec(source)?.[0] ?? source;
  const out: HtmlArticle = { text: htmlText(source) };
  const dateNames = ["article:published_time", "datePublished", "date", "pubdate", "dc.date", "publish-date"];
  const published =
    metaContent(head, dateNames) ??
    /"datePublished"\s*:\s*"([^"]{4,40})"/.exec(source)?.[1] ??
    /<time\b[^>]*\bdatetime\s*=\s*["']([^"']{4,40})["']/i.exec(source)?.[1];
  const title =
    metaContent(head, ["og:title", "twitter:title"]) ?? /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(head)?.[1];
  const canonical = /<link\b[^>]*rel\s*=\s*["']canonical["'][^>]*>/i.exec(head)?.[0];
  const url = metaContent(head, ["og:url"]) ?? canonical?.match(/href\s*=\s*["']([^"']+)["']/)?.[1];
  if (published) out.published = decodeEntities(published).trim();
  const titleText = title ? decodeEntities(title.replace(TAG, "")).replace(/\s+/g, " ").trim() : "";
  if (titleText) out.title = titleText;
  if (url) out.url = decodeEntities(url).trim();
  return out;
}

/** The text of a page: a line per block element, inline tags removed, whitespace collapsed. */
function htmlText(source: string): string {
  const body = source
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<[!?][^>]*>/g, " ")
    .replace(DROP, " ");
  const flat = body.replace(TAG, (tag) => (BLOCK.test(tag) ? "\n" : ""));
  return decodeEntities(flat)
    .split("\n")
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

function metaContent(head: string, names: readonly string[]): string | undefined {
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const key = /\b(?:property|name|itemprop)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1]?.toLowerCase();
    if (!key || !names.some((n) => n.toLowerCase() === key)) continue;
    const content = /\bcontent\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1];
    if (content?.trim()) return content;
  }
  return undefined;
}

/** Plain text, with optional front matter between `---` lines. */
function fromText(source: string): HtmlArticle {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { text: source };
  const out: HtmlArticle = { text: source.slice(m[0].length) };
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv) continue;
    const key = kv[1]!.toLowerCase();
    const value = kv[2]!.replace(/^["']|["']$/g, "");
    if (!value) continue;
    if (key === "title") out.title = value;
    else if ((key === "published" || key === "date") && out.published === undefined) out.published = value;
    else if (key === "url") out.url = value;
  }
  return out;
}

/**
 * Plain text from the HTML that TimelineJS allows in headlines, text,
 * credits and captions. The markup is never handed to a DOM parser (not
 * even an inert one): tags are removed by a small scanner and entities are
 * decoded afterwards, so nothing in the input can run or load anything.
 */

// An attribute list that tolerates quoted ">" and unclosed quotes, so
// `<img alt="a>b" onerror=...>` and a tag cut off at the end of the text are
// removed whole. Each alternative starts with a different character, so the
// scan is linear.
const ATTRS = String.raw`(?:"[^"]*(?:"|$)|'[^']*(?:'|$)|[^'">])*(?:>|$)`;
// Script and style bodies are code, not text: drop them with their tags.
const RAW_TEXT = new RegExp(String.raw`<(script|style)\b${ATTRS}[\s\S]*?(?:<\/\1\b${ATTRS}|$)`, "gi");
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const BLOCK = new RegExp(String.raw`<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|header|footer|hr|pre|figure|figcaption|dd|dt)\b${ATTRS}`, "gi");
const TAG = new RegExp(String.raw`<\/?[a-zA-Z]${ATTRS}`, "g");
// Doctypes, processing instructions, CDATA and bogus comments ("</ x>").
const OTHER = new RegExp(String.raw`<(?:[!?]|\/(?![a-zA-Z]))${ATTRS}`, "g");
const ENTITY = /&(?:#(\d{1,8});?|#[xX]([0-9a-fA-F]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,31});)/g;

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ",
  ndash: "\u2013", mdash: "\u2014", hellip: "\u2026", lsquo: "\u2018", rsquo: "\u2019",
  sbquo: "\u201a", ldquo: "\u201c", rdquo: "\u201d", bdquo: "\u201e", laquo: "\u00ab",
  raquo: "\u00bb", copy: "\u00a9", reg: "\u00ae", trade: "\u2122", deg: "\u00b0",
  middot: "\u00b7", bull: "\u2022", euro: "\u20ac", pound: "\u00a3", yen: "\u00a5",
  cent: "\u00a2", sect: "\u00a7", para: "\u00b6", times: "\u00d7", divide: "\u00f7",
  minus: "\u2212", prime: "\u2032", Prime: "\u2033", shy: "", zwj: "\u200d", zwnj: "\u200c",
  eacute: "\u00e9", egrave: "\u00e8", aacute: "\u00e1", agrave: "\u00e0", oacute: "\u00f3",
  uacute: "\u00fa", iacute: "\u00ed", ntilde: "\u00f1", ccedil: "\u00e7", uuml: "\u00fc",
  ouml: "\u00f6", auml: "\u00e4", szlig: "\u00df", Eacute: "\u00c9",
};

function codePoint(n: number): string {
  // Invalid or control code points would smuggle odd characters into titles.
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return "\ufffd";
  if (n < 0x20 && n !== 0x09 && n !== 0x0a) return " ";
  return String.fromCodePoint(n);
}

function decode(text: string): string {
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return codePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return codePoint(Number.parseInt(hex, 16));
    return (name !== undefined && Object.hasOwn(NAMED, name) ? NAMED[name] : undefined) ?? whole;
  });
}

/**
 * Converts TimelineJS's HTML text to plain text: script and style bodies,
 * comments and all tags (with their attributes) are removed, block
 * boundaries become line breaks, entities are decoded once, whitespace is
 * collapsed. Entity-escaped markup such as `&lt;b&gt;` is text the author
 * meant to show, so it comes out as the characters `<b>`: the result is
 * always text, never markup, and citeline only ever renders it as text.
 *
 * @example
 * ```ts
 * htmlToText('<p>Talks <b>end</b>&nbsp;&amp; resume</p><img src=x onerror=alert(1)>');
 * // "Talks end & resume"
 * ```
 */
export function htmlToText(html: string): string {
  const stripped = html
    .replace(RAW_TEXT, "")
    .replace(COMMENT, "")
    // Source newlines are plain whitespace in HTML; only block tags break lines.
    .replace(/\s+/g, " ")
    .replace(BLOCK, "\n")
    .replace(TAG, "")
    .replace(OTHER, "");
  return decode(stripped)
    .split("\n")
    .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** {@link htmlToText} on one line, for titles and credits. */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\n/g, " ");
}

// An attribute's value in a start tag, quoted either way or bare.
function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(String.raw`\s${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))`, "i").exec(tag);
  const raw = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  return raw === undefined ? undefined : htmlToLine(raw);
}

const ANCHOR = /<a\b((?:"[^"]*"|'[^']*'|[^'">])*)>([\s\S]*?)<\/a\s*>/gi;

/**
 * The links of an HTML text: each `<a href>` with its text, in order.
 * Only read, never followed or rendered; the caller applies the URL policy.
 *
 * @example
 * ```ts
 * htmlLinks('See <a href="https://example.org/r" target="_blank">the report</a>.');
 * // [{ href: "https://example.org/r", text: "the report" }]
 * ```
 */
export function htmlLinks(html: string): { href: string; text: string }[] {
  const links: { href: string; text: string }[] = [];
  for (const m of html.matchAll(ANCHOR)) {
    const href = attribute(` ${m[1] ?? ""}`, "href");
    if (href !== undefined && href !== "") links.push({ href, text: htmlToLine(m[2] ?? "") });
  }
  return links;
}

/** What HTML embed code given as a media "url" holds, read without rendering it. */
export type EmbedCode =
  | { kind: "quote"; quote: string; speaker?: string; url?: string }
  | { kind: "iframe"; src?: string }
  | { kind: "other" };

/**
 * Reads HTML embed code as TimelineJS accepts it in `media.url`: a
 * `<blockquote>` (a quotation, or a post embedded as one, whose author
 * follows a dash and whose last link is its address) or an `<iframe>`
 * (its `src`). Script tags that usually follow are ignored.
 *
 * @example
 * ```ts
 * readEmbedCode('<blockquote class="twitter-tweet"><p>Hello</p>&mdash; Ann (@ann) <a href="https://x.com/ann/status/1">May 1</a></blockquote>');
 * // { kind: "quote", quote: "Hello", speaker: "Ann (@ann)", url: "https://x.com/ann/status/1" }
 * ```
 */
export function readEmbedCode(html: string): EmbedCode {
  const iframe = /<iframe\b((?:"[^"]*"|'[^']*'|[^'">])*)>?/i.exec(html);
  const quote = /<blockquote\b((?:"[^"]*"|'[^']*'|[^'">])*)>([\s\S]*?)(?:<\/blockquote\s*>|$)/i.exec(html);
  if (quote && (!iframe || quote.index < iframe.index)) return readQuote(quote[1] ?? "", quote[2] ?? "");
  if (iframe) {
    const src = attribute(` ${iframe[1] ?? ""}`, "src");
    return src === undefined ? { kind: "iframe" } : { kind: "iframe", src };
  }
  return { kind: "other" };
}

function readQuote(attributes: string, body: string): EmbedCode {
  const links = htmlLinks(body);
  const url = attribute(` ${attributes}`, "cite") ?? links[links.length - 1]?.href;
  const cite = /<(cite|footer)\b[^>]*>([\s\S]*?)<\/\1\s*>/i.exec(body);
  let text: string;
  let speaker: string | undefined;
  if (cite) {
    text = htmlToText(body.replace(cite[0], ""));
    speaker = htmlToLine(cite[2] ?? "").replace(/^[\u2014\u2013-]\s*/, "") || undefined;
  } else {
    const paragraphs = [...body.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p\s*>/gi)];
    const after = paragraphs.length > 0 ? body.slice(body.lastIndexOf(paragraphs[paragraphs.length - 1]![0]) + paragraphs[paragraphs.length - 1]![0].length) : "";
    text = paragraphs.length > 0 ? paragraphs.map((p) => htmlToText(p[1] ?? "")).join("\n") : htmlToText(body);
    // A post embedded as a quote: "— Name (@handle) <a>date</a>" after its paragraphs.
    const dash = /^\s*(?:&mdash;|&#8212;|\u2014|--?)\s*([\s\S]*?)(?:<a\b|$)/i.exec(after);
    speaker = dash ? htmlToLine(dash[1] ?? "") || undefined : undefined;
  }
  const out: EmbedCode = { kind: "quote", quote: text };
  if (speaker !== undefined) out.speaker = speaker;
  if (url !== undefined) out.url = url;
  return out;
}

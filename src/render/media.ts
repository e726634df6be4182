/**
 * An event's media in the details panel: images, native video and audio,
 * third-party embeds that load only when the reader asks (in a sandboxed
 * iframe), and links that name where they lead. Every URL is checked again
 * here, whatever normalize did: the renderer is the last line before the
 * page, and a Timeline can be handed to it directly.
 */
import { serviceOf } from "../data/media.js";
import type { Media, Source } from "../data/types.js";
import type { TimelineLabels } from "./labels.js";
import { html } from "./dom.js";

export interface MediaContext {
  doc: Document;
  labels: TimelineLabels;
  sources: ReadonlyMap<string, Source>;
}

/** A known embed: who serves it, and the address of its player when the page's URL is not one. */
export interface Provider {
  name: string;
  /** https URL an iframe may load, or null when the provider offers no iframe player for this URL. */
  embed: string | null;
  /** False for a host citeline has no rule for (named by its host name). */
  known: boolean;
}

// Tabs and newlines are dropped by URL parsers anywhere in a URL, and
// control characters and spaces at its ends: "java\tscript:" is javascript:.
const strip = (url: string): string => url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
// Any other control character inside ("java\u0000script:") makes no URL a reader could mean.
const CONTROL = /[\u0000-\u001f\u007f\ufffd]/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const RASTER = /^data:image\/(png|jpe?g|gif|webp)[;,]/i;

/** A relative URL as written (checked only), or null when it is none a reader could mean. */
function relative(url: string): string | null {
  // A colon before any "/", "?" or "#" reads as a scheme to someone (RFC 3986 has such paths start "./").
  if (/^[^/?#]*:/.test(url)) return null;
  try {
    new URL(url, "https://example.invalid/");
    return url;
  } catch {
    return null;
  }
}

/**
 * A URL allowed as a link, canonical and absolute: http, https or mailto,
 * or a relative one (protocol-relative too) resolved against `base` (the
 * page's address, `document.baseURI`) when that is http(s). Null for
 * anything else, so every `href` citeline writes names its scheme.
 *
 * @example
 * ```ts
 * linkUrl("story.html", "https://news.example/2025/"); // "https://news.example/2025/story.html"
 * linkUrl("javascript:alert(1)");                      // null
 * ```
 */
export function linkUrl(value: unknown, base?: string): string | null {
  if (typeof value !== "string" || value.length > 4096) return null;
  const url = strip(value);
  if (!url || CONTROL.test(url)) return null;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  try {
    if (scheme === undefined) {
      const rel = relative(url);
      const href = rel && base && /^https?:/i.test(base) ? new URL(rel, base).href : null;
      return href && /^https?:/.test(href) ? href : null;
    }
    return scheme === "http" || scheme === "https" || scheme === "mailto" ? new URL(url).href : null;
  } catch {
    return null;
  }
}

/**
 * A URL allowed as the source of an image, video or audio: http(s), a
 * relative URL (left for the page to resolve, as `img/a.png` in a
 * TimelineJS file means), or a `data:` png, jpeg, gif or webp image. Null
 * for anything else.
 *
 * @example
 * ```ts
 * mediaUrl("data:image/png;base64,iVBOR…"); // kept
 * mediaUrl("data:image/svg+xml,<svg …>");   // null: SVG can carry script
 * ```
 */
export function mediaUrl(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2_000_000) return null;
  const url = strip(value);
  if (RASTER.test(url)) return url;
  if (!url || url.length > 4096 || CONTROL.test(url)) return null;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return relative(url);
  return scheme === "http" || scheme === "https" ? linkUrl(url) : null;
}

const hostOf = (url: string): string | null => {
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
};

/**
 * Who serves `url`, and the https player an iframe may load for it, from
 * normalize's table of services. A known provider's page URL becomes its player ("youtube.com/watch?v=…" →
 * "youtube-nocookie.com/embed/…"); an unknown https URL is its own player,
 * named by its host; anything not https has no player.
 *
 * @example
 * ```ts
 * providerOf("https://vimeo.com/76979871"); // { name: "Vimeo", embed: "https://player.vimeo.com/video/76979871" }
 * ```
 */
export function providerOf(url: string, named?: string): Provider | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return null;
  const service = serviceOf(u);
  if (service) {
    const [, name, kind, player] = service;
    const embed = player ? player(u) : kind === "embed" ? u.href : null;
    return { name: named || name, embed: embed && embed.startsWith("https://") ? embed : null, known: true };
  }
  return {
    name: named || u.hostname.toLowerCase().replace(/^www\./, ""),
    embed: u.protocol === "https:" ? u.href : null,
    known: false,
  };
}

const VIDEO_FILE = /\.(mp4|m4v|webm|ogv|mov)(?:$|[?#])/i;
const AUDIO_FILE = /\.(mp3|m4a|aac|oga|ogg|opus|wav|flac)(?:$|[?#])/i;

/** A credit's name: its source's publisher or title, or the text as given when no source has that id. */
function creditName(
  credit: string,
  sources: ReadonlyMap<string, Source>,
  base: string,
): { name: string; url: string | null } {
  const s = sources.get(credit);
  if (!s) return { name: credit, url: null };
  return {
    name: s.publisher && s.title !== s.publisher ? `${s.title}, ${s.publisher}` : s.title,
    url: linkUrl(s.url, base),
  };
}

function link(doc: Document, href: string, text: string, className?: string): HTMLAnchorElement {
  const a = html(doc, "a", className, text);
  a.href = href;
  a.rel = "noopener noreferrer";
  a.target = "_blank";
  return a;
}

/** The figcaption: caption, then the credit naming its source (linked when the source has a URL). */
function caption(m: Media, ctx: MediaContext): HTMLElement | null {
  if (!m.caption && !m.credit) return null;
  const { doc } = ctx;
  const fc = html(doc, "figcaption", "citeline-media-caption");
  if (m.caption) fc.appendChild(html(doc, "span", "citeline-media-text", m.caption));
  if (m.credit) {
    const { name, url } = creditName(m.credit, ctx.sources, ctx.doc.baseURI);
    const credit = html(doc, "span", "citeline-media-credit");
    if (url) {
      // The label's wording stays, the source's name becomes the link.
      const text = ctx.labels.credit(name),
        at = text.indexOf(name);
      if (at >= 0) credit.append(text.slice(0, at), link(doc, url, name), text.slice(at + name.length));
      else credit.appendChild(link(doc, url, text));
    } else credit.textContent = ctx.labels.credit(name);
    fc.appendChild(credit);
  }
  return fc;
}

/**
 * A placeholder for a third-party embed: the provider's name, a button that
 * loads it and a link to open it there. Nothing is fetched from the
 * provider until the button is pressed.
 */
function placeholder(m: Media, url: string, p: Provider, ctx: MediaContext): HTMLElement {
  const { doc, labels } = ctx;
  const box = html(doc, "div", "citeline-embed");
  box.dataset.provider = p.name;
  if (p.embed) {
    const host = hostOf(p.embed) ?? p.name;
    const button = html(doc, "button", "citeline-embed-load", labels.loadEmbed(p.name));
    button.type = "button";
    button.dataset.src = p.embed;
    box.append(button, html(doc, "span", "citeline-embed-notice", labels.embedNotice(host)));
    button.addEventListener("click", () => loadEmbed(box, p.embed!, m.caption ?? p.name));
  }
  const url0 = linkUrl(url, ctx.doc.baseURI);
  if (url0) box.appendChild(link(doc, url0, labels.openOn(p.name), "citeline-embed-open"));
  return box;
}

/**
 * Replaces a placeholder's content with the provider's player: an iframe
 * that may run the provider's scripts in its own origin and nothing more
 * (no top navigation, no forms, no popups), lazily loaded, sending only
 * the page's origin as referrer.
 */
export function loadEmbed(box: HTMLElement, src: string, title: string): HTMLIFrameElement | null {
  if (!src.startsWith("https://")) return null;
  const doc = box.ownerDocument;
  const frame = doc.createElement("iframe");
  // allow-same-origin with allow-scripts would let a frame of the page's own
  // origin lift its sandbox: a same-origin src gets scripts only.
  const same = hostOf(src) !== null && new URL(src).origin === doc.defaultView?.location?.origin;
  frame.setAttribute(
    "sandbox",
    same ? "allow-scripts allow-presentation" : "allow-scripts allow-same-origin allow-presentation",
  );
  frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
  frame.setAttribute("loading", "lazy");
  frame.setAttribute("allow", "fullscreen; picture-in-picture; encrypted-media");
  frame.setAttribute("allowfullscreen", "");
  frame.className = "citeline-embed-frame";
  frame.title = title;
  frame.src = src;
  const open = box.querySelector(".citeline-embed-open");
  box.replaceChildren(frame);
  if (open) box.appendChild(open);
  box.classList.add("is-loaded");
  return frame;
}

/** The element for one media item (without its caption), or null when its URL is refused. */
function body(m: Media, ctx: MediaContext): HTMLElement | null {
  const { doc, labels } = ctx;
  if (m.kind === "link") {
    const url = linkUrl(m.url, doc.baseURI);
    if (!url) return null;
    const name = m.provider || (hostOf(url)?.replace(/^www\./, "") ?? "");
    return link(doc, url, m.caption ? m.caption : name ? labels.openOn(name) : url, "citeline-media-link");
  }
  const src = mediaUrl(m.url);
  if (!src) return null;
  const known = /^https?:/i.test(src) ? providerOf(src, m.provider) : null;
  const direct =
    (m.kind === "video" && VIDEO_FILE.test(src)) ||
    (m.kind === "audio" && AUDIO_FILE.test(src)) ||
    src.startsWith("data:");
  if (m.kind === "image") {
    const img = html(doc, "img", "citeline-media-image");
    img.src = src;
    img.alt = m.alt ?? m.caption ?? "";
    // Attributes, not properties: jsdom (server rendering) has no `loading` property to reflect.
    img.setAttribute("loading", "lazy");
    img.setAttribute("decoding", "async");
    return img;
  }
  if ((m.kind === "video" || m.kind === "audio") && (direct || !known?.known)) {
    const el = html(doc, m.kind, `citeline-media-${m.kind}`);
    el.controls = true;
    el.preload = "none";
    el.src = src;
    // Fallback content for browsers without the element: a plain link, where the file has an address to link to.
    const href = linkUrl(src, doc.baseURI);
    if (href) el.appendChild(link(doc, href, labels.openOn(m.provider || hostOf(href) || m.kind)));
    return el;
  }
  return known ? placeholder(m, src, known, ctx) : null;
}

/**
 * The media of an event as a list of figures, or null when none is shown.
 * Refused URLs are left out (normalize reported them).
 *
 * @example
 * ```ts
 * const block = renderMedia(event.media ?? [], { doc: document, labels, sources });
 * if (block) panel.appendChild(block);
 * ```
 */
export function renderMedia(media: readonly Media[], ctx: MediaContext): HTMLElement | null {
  const figures: HTMLElement[] = [];
  for (const m of media) {
    const el = body(m, ctx);
    if (!el) continue;
    const fig = html(ctx.doc, "figure", `citeline-media is-${m.kind}`);
    fig.appendChild(el);
    // A link's caption is its text already.
    const fc = m.kind === "link" ? null : caption(m, ctx);
    if (fc) fig.appendChild(fc);
    figures.push(fig);
  }
  if (!figures.length) return null;
  const box = html(ctx.doc, "div", "citeline-media-list");
  box.append(...figures);
  return box;
}

/** The first image of `media` a thumbnail may show, or null. */
export function thumbnailUrl(media: readonly Media[] | undefined): string | null {
  for (const m of media ?? [])
    if (m.kind === "image") {
      const src = mediaUrl(m.url);
      if (src) return src;
    }
  return null;
}

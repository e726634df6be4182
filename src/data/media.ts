/**
 * Media attached to events: what kind of thing a URL points at, who serves
 * it, and the reading of `media` lists in input under the URL policy.
 */
import { diagnostic, show } from "./diagnostics.js";
import { isRecord, maybeText, pathTo, type Path, type Sink } from "./fields.js";
import type { Media } from "./types.js";
import { safeUrl } from "./url.js";

/** How a URL is shown, and by whom it is served when that is a known service. */
export interface MediaClass {
  kind: Media["kind"];
  provider?: string;
}

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp)$/i;
const VIDEO = /\.(?:mp4|m4v|webm|ogv|mov)$/i;
const AUDIO = /\.(?:mp3|m4a|aac|wav|oga|ogg|opus|flac)$/i;

/**
 * A known service: the hosts it serves from, its name, how its URLs are
 * shown (`embed`: it offers a player or viewer page that can sit in a
 * sandboxed iframe; `link`: it needs its own script or an API key, so
 * citeline offers a link), and how a page URL becomes its iframe player:
 * null when this URL has none. Without `player`, an `embed` service's URL
 * is its own player and a `link` service has none.
 */
export type Service = [host: RegExp, name: string, kind: Media["kind"], player?: (u: URL) => string | null];

const id = (s: string | null | undefined, re: RegExp): string | null => (s && re.test(s) ? s : null);
const youtube = (v: string | null): string | null => (v ? `https://www.youtube-nocookie.com/embed/${v}` : null);

// One table for normalize (kind and provider) and the renderer (the player).
// A URL that already is a player (TimelineJS files often hold one) is kept.
const SERVICES: readonly Service[] = [
  [/(?:^|\.)(?:youtube\.com|youtu\.be|youtube-nocookie\.com)$/, "YouTube", "embed", (u) => youtube(u.hostname === "youtu.be"
    ? id(u.pathname.slice(1), /^[\w-]{6,20}$/)
    : id(u.searchParams.get("v"), /^[\w-]{6,20}$/) ?? id(/^\/(?:embed|shorts|live)\/([\w-]{6,20})/.exec(u.pathname)?.[1], /./))],
  [/(?:^|\.)vimeo\.com$/, "Vimeo", "embed", (u) => {
    const v = /\/(\d{4,12})(?:$|[/?#])/.exec(u.pathname + "/")?.[1];
    return v ? `https://player.vimeo.com/video/${v}` : null;
  }],
  [/(?:^|\.)(?:dailymotion\.com|dai\.ly)$/, "Dailymotion", "embed", (u) => {
    const v = /^\/(?:embed\/)?video\/(\w{4,20})/.exec(u.pathname)?.[1];
    return v ? `https://www.dailymotion.com/embed/video/${v}` : null;
  }],
  [/(?:^|\.)(?:wistia\.com|wistia\.net|wi\.st)$/, "Wistia", "embed"],
  [/(?:^|\.)soundcloud\.com$/, "SoundCloud", "embed", (u) =>
    u.hostname === "w.soundcloud.com" ? u.href : `https://w.soundcloud.com/player/?url=${encodeURIComponent(u.href)}`],
  [/(?:^|\.)spotify\.com$/, "Spotify", "embed", (u) => {
    const m = /^\/(?:embed\/)?(track|album|playlist|episode|show)\/(\w{10,40})/.exec(u.pathname);
    return m ? `https://open.spotify.com/embed/${m[1]}/${m[2]}` : null;
  }],
  [/(?:^|\.)documentcloud\.org$/, "DocumentCloud", "embed"],
  [/^(?:docs|drive)\.google\.com$/, "Google Docs", "embed"],
  [/(?:^|\.)(?:twitter\.com|x\.com)$/, "X", "link", (u) => {
    const v = /\/status(?:es)?\/(\d{5,25})/.exec(u.pathname)?.[1] ?? id(u.searchParams.get("id"), /^\d{5,25}$/);
    return v ? `https://platform.twitter.com/embed/Tweet.html?id=${v}` : null;
  }],
  [/(?:^|\.)bsky\.app$/, "Bluesky", "link", (u) => (u.hostname === "embed.bsky.app" ? u.href : null)],
  [/(?:^|\.)(?:instagram\.com|instagr\.am)$/, "Instagram", "link", (u) => {
    const m = /^\/(p|reel)\/([\w-]{5,40})/.exec(u.pathname);
    return m ? `https://www.instagram.com/${m[1]}/${m[2]}/embed/` : null;
  }],
  [/(?:^|\.)tiktok\.com$/, "TikTok", "link", (u) => {
    const v = /\/video\/(\d{5,25})/.exec(u.pathname)?.[1];
    return v ? `https://www.tiktok.com/embed/v2/${v}` : null;
  }],
  [/(?:^|\.)(?:flickr\.com|flic\.kr)$/, "Flickr", "link"],
  [/(?:^|\.)imgur\.com$/, "Imgur", "link"],
  [/(?:^|\.)vine\.co$/, "Vine", "link"],
  [/(?:^|\.)storify\.com$/, "Storify", "link"],
  [/(?:^|\.)wikipedia\.org$/, "Wikipedia", "link"],
  [/^commons\.wikimedia\.org$/, "Wikimedia Commons", "link"],
  [/(?:^|\.)facebook\.com$/, "Facebook", "link"],
  [/(?:^|\.)openstreetmap\.org$/, "OpenStreetMap", "link", (u) => (u.pathname.startsWith("/export/embed.html") ? u.href : null)],
];
const MAPS_SERVICE: Service = [/./, "Google Maps", "link", (u) => {
  if (u.pathname.startsWith("/maps/embed") || u.searchParams.get("output") === "embed") return u.href;
  const q = u.searchParams.get("q");
  return q ? `https://maps.google.com/maps?q=${encodeURIComponent(q)}&output=embed` : null;
}];
// Hosts that serve pictures at addresses with no file extension.
const IMAGE_HOSTS = new RegExp(
  String.raw`(?:^|\.)(?:googleusercontent\.com|upload\.wikimedia\.org|pbs\.twimg\.com|images\.unsplash\.com`
  + String.raw`|i\.imgur\.com|media\.giphy\.com|staticflickr\.com)$`,
);
const MAPS = /^(?:www\.|maps\.)?google\.[a-z.]+$|^(?:maps\.app\.)?goo\.gl$/;

/**
 * Classifies a media URL (absolute, relative or `data:`) as TimelineJS
 * does, by its service and then its file extension: image, video and audio
 * files are shown as such, known players and viewers become embeds, other
 * services and web pages are links naming their provider.
 *
 * @example
 * ```ts
 * classifyMedia("https://youtu.be/abc");         // { kind: "embed", provider: "YouTube" }
 * classifyMedia("img/map.png");                  // { kind: "image" }
 * classifyMedia("https://x.com/a/status/1");     // { kind: "link", provider: "X" }
 * classifyMedia("https://example.org/report");   // { kind: "link", provider: "example.org" }
 * ```
 */
export function classifyMedia(url: string): MediaClass {
  if (/^data:image\//i.test(url)) return { kind: "image" };
  let parsed: URL;
  try {
    parsed = new URL(url, "https://relative.invalid/");
  } catch {
    return { kind: "link" };
  }
  const host = parsed.hostname.toLowerCase();
  const path = decodeSafely(parsed.pathname);
  const local = host === "relative.invalid";
  const service = local ? undefined : serviceOf(parsed);
  if (service === MAPS_SERVICE) return { kind: path.startsWith("/maps/embed") ? "embed" : "link", provider: "Google Maps" };
  if (service) {
    const [, provider, kind] = service;
    // A picture file served by a service (i.imgur.com/x.png) is a picture.
    return IMAGE.test(path) ? { kind: "image", provider } : { kind, provider };
  }
  if (IMAGE.test(path)) return { kind: "image" };
  if (VIDEO.test(path)) return { kind: "video" };
  if (AUDIO.test(path)) return { kind: "audio" };
  if (/\.pdf$/i.test(path)) return { kind: "link", provider: local ? "PDF" : `PDF, ${bare(host)}` };
  if (!local && IMAGE_HOSTS.test(host)) return { kind: "image" };
  return local ? { kind: "link" } : { kind: "link", provider: bare(host) };
}

/**
 * The known service that serves `u` (by its host; Google Maps also by its
 * path), or undefined.
 *
 * @example
 * ```ts
 * serviceOf(new URL("https://youtu.be/abc123"))?.[1]; // "YouTube"
 * ```
 */
export function serviceOf(u: URL): Service | undefined {
  const host = u.hostname.toLowerCase();
  if (MAPS.test(host) && (host.startsWith("maps.") || decodeSafely(u.pathname).startsWith("/maps"))) return MAPS_SERVICE;
  return SERVICES.find(([pattern]) => pattern.test(host));
}

function bare(host: string): string {
  return host.replace(/^www\./, "");
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

const KINDS: ReadonlySet<string> = new Set(["image", "video", "audio", "embed", "link"]);
const KNOWN_MEDIA = new Set(["url", "kind", "caption", "credit", "alt", "provider"]);

/** What {@link readMedia} needs besides the list. */
export interface MediaContext {
  base?: string;
  /** Source ids a `credit` may name. */
  sources: ReadonlyMap<string, unknown>;
  sink: Sink;
}

/**
 * Reads an event's `media` list. An item whose URL the policy refuses, or
 * that has none, is left out with a warning; an unknown credit is dropped
 * from the item with an error, as an unknown citation source is.
 */
export function readMedia(value: unknown, path: Path, ctx: MediaContext): Media[] | undefined {
  const { sink } = ctx;
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    sink.push(diagnostic("invalid-field", pathTo(path, "media"), `expected a list of media, got ${show(value)}`));
    return undefined;
  }
  const out: Media[] = [];
  value.forEach((raw: unknown, j) => {
    const at = (): string => `${pathTo(path, "media")}[${j}]`;
    if (!isRecord(raw)) {
      sink.push(diagnostic("invalid-media", at(), `expected an object with "url", got ${show(raw)}; it is left out`));
      return;
    }
    const record = raw;
    for (const key of Object.keys(record)) {
      if (!KNOWN_MEDIA.has(key)) sink.push(diagnostic("unknown-field", `${at()}.${key}`,
        `unknown field ${show(key)} is ignored`));
    }
    const written = maybeText(record, "url", at, sink);
    const options = { ...(ctx.base ? { base: ctx.base } : {}), media: true };
    const url = written === undefined ? null : safeUrl(written, options);
    if (url === null) {
      const why = written === undefined
        ? "it has no url"
        : `${show(written)} is not http(s), relative or a data: png/jpeg/gif/webp image`;
      sink.push(diagnostic("invalid-media", `${at()}.url`, `${why}; the media item is left out`));
      return;
    }
    const guessed = classifyMedia(url);
    let kind = guessed.kind;
    const givenKind = maybeText(record, "kind", at, sink);
    if (givenKind !== undefined) {
      if (KINDS.has(givenKind)) kind = givenKind as Media["kind"];
      else sink.push(diagnostic("invalid-field", `${at()}.kind`,
        `kind must be image, video, audio, embed or link, got ${show(givenKind)}; ${kind} is used`));
    }
    const media: Media = { url, kind };
    const caption = maybeText(record, "caption", at, sink);
    if (caption !== undefined) media.caption = caption;
    const credit = maybeText(record, "credit", at, sink);
    if (credit !== undefined) {
      if (ctx.sources.has(credit)) media.credit = credit;
      else sink.push(diagnostic("unknown-source", `${at()}.credit`,
        `no source has the id ${show(credit)}; the credit is dropped`));
    }
    const alt = maybeText(record, "alt", at, sink);
    if (alt !== undefined) media.alt = alt;
    const provider = maybeText(record, "provider", at, sink) ?? guessed.provider;
    if (provider !== undefined) media.provider = provider;
    out.push(media);
  });
  return out.length > 0 ? out : undefined;
}

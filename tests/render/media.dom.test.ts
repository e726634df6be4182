// Media in the details panel: the URL allow-list checked again at render
// time, embeds that fetch nothing until the reader asks, and captions and
// credits that stay text.
import { describe, expect, test } from "vitest";
import type { Media, Source } from "../../src/data/types.js";
import { defaultLabels } from "../../src/options.js";
import { linkUrl, loadEmbed, mediaUrl, providerOf, renderMedia, thumbnailUrl } from "../../src/render/media.js";

const sources = new Map<string, Source>([
  ["ap", { id: "ap", title: "AP Photo", url: "https://apnews.com/photo" }],
  ["lib", { id: "lib", title: "Digital collections", publisher: "University Library" }],
]);
const ctx = () => ({ doc: document, labels: defaultLabels, sources });
const render = (...media: Media[]) => renderMedia(media, ctx());

describe("URL allow-list", () => {
  const base = "https://news.example/2025/story/";
  test.each([
    ["https://example.org/a b", "https://example.org/a%20b"],
    ["http://example.org/", "http://example.org/"],
    ["mailto:desk@example.org", "mailto:desk@example.org"],
    ["img/a.png", "https://news.example/2025/story/img/a.png"],
    ["/images/b.jpg", "https://news.example/images/b.jpg"],
    ["//cdn.example.org/c.jpg", "https://cdn.example.org/c.jpg"],
  ])("link %s is kept, absolute", (url, out) => expect(linkUrl(url, base)).toBe(out));

  test.each([
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "java\u0000script:alert(1)",
    "data:text/html,<script>1</script>",
    "vbscript:x",
    "file:///etc/passwd",
    "",
  ])("link %j is refused", (url) => expect(linkUrl(url, base)).toBeNull());

  test("a relative link with no http(s) page to resolve against is no link", () => {
    expect(linkUrl("img/a.png")).toBeNull();
    expect(linkUrl("img/a.png", "about:blank")).toBeNull();
  });

  test("media keep relative paths for the page to resolve", () => {
    expect(mediaUrl("img/a.png")).toBe("img/a.png");
    expect(mediaUrl("/images/b.jpg")).toBe("/images/b.jpg");
    expect(mediaUrl("mailto:x@example.org")).toBeNull();
    expect(mediaUrl("weird:thing")).toBeNull();
  });

  test("media also allows data: raster images, never SVG or HTML", () => {
    expect(mediaUrl("data:image/png;base64,iVBORw0KGgo=")).toBe("data:image/png;base64,iVBORw0KGgo=");
    expect(mediaUrl("data:image/webp;base64,UklGR")).not.toBeNull();
    expect(mediaUrl("data:image/svg+xml,<svg onload=alert(1)>")).toBeNull();
    expect(mediaUrl("data:text/html,hi")).toBeNull();
    expect(linkUrl("data:image/png;base64,iVBORw0KGgo=")).toBeNull();
  });
});

describe("providers", () => {
  test.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://youtu.be/dQw4w9WgXcQ", "YouTube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://vimeo.com/76979871", "Vimeo", "https://player.vimeo.com/video/76979871"],
    ["https://x.com/nasa/status/1234567890123", "X", "https://platform.twitter.com/embed/Tweet.html?id=1234567890123"],
    [
      "https://twitter.com/nasa/status/1234567890123",
      "X",
      "https://platform.twitter.com/embed/Tweet.html?id=1234567890123",
    ],
    [
      "https://soundcloud.com/artist/track",
      "SoundCloud",
      "https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fartist%2Ftrack",
    ],
    ["https://www.google.com/maps/embed?pb=abc", "Google Maps", "https://www.google.com/maps/embed?pb=abc"],
    ["https://bsky.app/profile/a.bsky.social/post/3k", "Bluesky", null],
    ["https://example.org/player/7", "example.org", "https://example.org/player/7"],
    ["http://example.org/player/7", "example.org", null],
  ])("%s is %s", (url, name, embed) => {
    expect(providerOf(url)).toMatchObject({ name, embed });
  });

  test("a Google URL that is not a map is not called Google Maps", () => {
    expect(providerOf("https://www.google.com/search?q=x")?.name).not.toBe("Google Maps");
  });
});

describe("renderMedia", () => {
  test("an image is lazy, has its alt text, caption and a credit naming its source, linked", () => {
    const box = render({
      url: "https://example.org/a.jpg",
      kind: "image",
      alt: "Envoys at the Kremlin",
      caption: "The meeting",
      credit: "ap",
    })!;
    const img = box.querySelector("img")!;
    expect(img.getAttribute("src")).toBe("https://example.org/a.jpg");
    expect(img.getAttribute("loading")).toBe("lazy");
    expect(img.alt).toBe("Envoys at the Kremlin");
    expect(box.querySelector("figcaption")?.textContent).toBe("The meetingCredit: AP Photo");
    const a = box.querySelector(".citeline-media-credit a") as HTMLAnchorElement;
    expect(a.textContent).toBe("AP Photo");
    expect(a.href).toBe("https://apnews.com/photo");
    expect(a.rel).toBe("noopener noreferrer");
  });

  test("a credit names the source's title and publisher; an unknown credit is shown as given", () => {
    expect(render({ url: "a.png", kind: "image", credit: "lib" })!.textContent).toBe(
      "Credit: Digital collections, University Library",
    );
    expect(render({ url: "a.png", kind: "image", credit: "Jane Doe" })!.textContent).toBe("Credit: Jane Doe");
  });

  test("video and audio files play natively, loading nothing before play", () => {
    const box = render({ url: "https://example.org/clip.mp4", kind: "video" }, { url: "/audio/q.mp3", kind: "audio" })!;
    const video = box.querySelector("video")!,
      audio = box.querySelector("audio")!;
    expect([video.controls, video.preload, video.getAttribute("src")]).toEqual([
      true,
      "none",
      "https://example.org/clip.mp4",
    ]);
    expect([audio.controls, audio.preload, audio.getAttribute("src")]).toEqual([true, "none", "/audio/q.mp3"]);
  });

  test("an embed is a placeholder naming its provider; the iframe exists only after the click", () => {
    const box = render({
      url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      kind: "video",
      caption: "Press conference",
    })!;
    expect(box.querySelector("iframe")).toBeNull();
    const button = box.querySelector("button.citeline-embed-load") as HTMLButtonElement;
    expect(button.textContent).toBe("Load YouTube content");
    expect(box.querySelector(".citeline-embed-notice")?.textContent).toBe(
      "Loading it connects to www.youtube-nocookie.com.",
    );
    expect((box.querySelector(".citeline-embed-open") as HTMLAnchorElement).href).toBe(
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    );
    button.click();
    const frame = box.querySelector("iframe")!;
    expect(frame.getAttribute("src")).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    expect(frame.getAttribute("sandbox")).toBe("allow-scripts allow-same-origin allow-presentation");
    expect(frame.getAttribute("referrerpolicy")).toBe("strict-origin-when-cross-origin");
    expect(frame.getAttribute("loading")).toBe("lazy");
    expect(frame.title).toBe("Press conference");
    expect(box.querySelector("button")).toBeNull();
  });

  test("a same-origin embed does not get allow-same-origin, and only https loads", () => {
    const box = document.createElement("div");
    const origin = window.location.origin;
    if (origin.startsWith("https://"))
      expect(loadEmbed(box, `${origin}/x`, "x")?.getAttribute("sandbox")).toBe("allow-scripts allow-presentation");
    expect(loadEmbed(document.createElement("div"), "http://example.org/x", "x")).toBeNull();
    expect(loadEmbed(document.createElement("div"), "javascript:alert(1)", "x")).toBeNull();
  });

  test("a provider without an iframe player is offered as a link naming it", () => {
    const box = render({ url: "https://bsky.app/profile/a.bsky.social/post/3k", kind: "embed" })!;
    expect(box.querySelector("button")).toBeNull();
    expect(box.querySelector("a")?.textContent).toBe("Open on Bluesky");
  });

  test("links name their provider; refused URLs are left out; data text never becomes markup", () => {
    const box = render(
      { url: "https://www.nytimes.com/2025/12/02/world/x.html", kind: "link" },
      { url: "javascript:alert(1)", kind: "link", caption: "bad" },
      { url: "data:image/svg+xml,<svg/>", kind: "image" },
      { url: "https://example.org/i.png", kind: "image", caption: "<img src=x onerror=alert(1)>" },
    )!;
    expect(box.querySelectorAll("figure")).toHaveLength(2);
    expect(box.querySelector("a")?.textContent).toBe("Open on nytimes.com");
    expect(box.querySelectorAll("img")).toHaveLength(1);
    expect(box.querySelector(".citeline-media-text")?.textContent).toBe("<img src=x onerror=alert(1)>");
    expect(render({ url: "vbscript:x", kind: "embed" })).toBeNull();
  });

  test("the first usable image is the thumbnail", () => {
    expect(
      thumbnailUrl([
        { url: "javascript:x", kind: "image" },
        { url: "https://v/1.mp4", kind: "video" },
        { url: "b.png", kind: "image" },
      ]),
    ).toBe("b.png");
    expect(thumbnailUrl(undefined)).toBeNull();
  });
});

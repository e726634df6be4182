// Hostile strings for every text and URL field of the data. Each payload is
// built to do something observable if it ever became markup or a link:
// call window.__pwned, open a dialog, or add an element with id "pwned".

export const textPayloads: string[] = [
  `<script>window.__pwned=1</script>`,
  `<img src=x onerror="window.__pwned=1" id="pwned">`,
  `"><img src=x onerror=window.__pwned=1 id=pwned>`,
  `'><svg onload=window.__pwned=1 id=pwned>`,
  `<svg><script>window.__pwned=1</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1 id=pwned>`,
  `<iframe srcdoc="<script>parent.__pwned=1</script>" id="pwned"></iframe>`,
  `<a href="javascript:window.__pwned=1" id="pwned">click</a>`,
  `<details open ontoggle=window.__pwned=1 id=pwned>`,
  `<style>@import "javascript:window.__pwned=1"</style>`,
  `</script><script>window.__pwned=1</script>`,
  `<!--<img src=x onerror=window.__pwned=1 id=pwned>-->`,
  `<b id=pwned>bold</b> & <i>italics</i> &lt;escaped&gt; &amp;`,
  `{{constructor.constructor('window.__pwned=1')()}}`,
  `\u202eevil\u202c reversed \u200b\u200c\u200d\ufeff zero-width`,
  `<<script>window.__pwned=1//<</script>`,
  `<x onmouseover=window.__pwned=1 id=pwned>hover</x>`,
  `${"A".repeat(5000)}<img src=x onerror=window.__pwned=1 id=pwned>`,
];

export const urlPayloads: string[] = [
  "javascript:window.__pwned=1",
  "JaVaScRiPt:window.__pwned=1",
  " javascript:window.__pwned=1",
  "\tjavascript:window.__pwned=1",
  "java\u0000script:window.__pwned=1",
  "jav&#x09;ascript:window.__pwned=1",
  "data:text/html,<script>window.__pwned=1</script>",
  "DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+",
  "vbscript:msgbox(1)",
  "VBScript:msgbox(1)",
  "file:///etc/passwd",
  "//evil.example/x",
  "/relative/path",
  'https://example.org/"><img src=x onerror=window.__pwned=1 id=pwned>',
];

/** A timeline whose every text and URL field carries a payload. */
export function hostileTimeline(): {
  title: string;
  description: string;
  groups: { id: string; label: string }[];
  sources: Record<string, string>[];
  events: Record<string, unknown>[];
} {
  const t = (i: number): string => textPayloads[i % textPayloads.length]!;
  const sources = urlPayloads.map((url, i) => ({
    id: `s${i}`,
    title: t(i),
    publisher: t(i + 1),
    url,
    published: "2025-12-03",
    language: t(i + 2),
  }));
  sources.push({
    id: "ok",
    title: t(3),
    publisher: t(4),
    url: "https://example.org/fine",
    published: "2025-12-03",
    language: "en",
  });
  const events = textPayloads.map((text, i) => ({
    id: `e${i}`,
    title: text,
    summary: t(i + 1),
    start: `2025-12-${String((i % 27) + 1).padStart(2, "0")}`,
    group: t(i + 2).slice(0, 60),
    tags: [t(i + 3), t(i + 4)],
    people: [t(i + 5)],
    place: t(i + 6),
    citations: [
      { source: `s${i % urlPayloads.length}`, quote: t(i + 7), speaker: t(i + 8), dateText: t(i + 9), note: t(i + 10) },
      { source: "ok", quote: t(i + 11), speaker: t(i + 12) },
    ],
  }));
  return { title: t(0), description: t(1), groups: [{ id: t(2).slice(0, 60), label: t(2) }], sources, events };
}

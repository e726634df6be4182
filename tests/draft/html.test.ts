import { describe, expect, it } from "vitest";
import { articleFromHtml } from "../../src/draft/index.js";

const page = `<!doctype html><html><head>
<title>Fallback title</title>
<meta property="og:title" content="Council keeps library open &amp; pool shut">
<meta property="article:published_time" content="2031-03-05T09:00:00Z">
<link rel="canonical" href="https://example.org/news/library">
<script>document.write("<p>not text</p>")</script><style>p { color: red }</style>
</head><body><nav>Home | News</nav>
<article><h1>Council keeps library open</h1>
<p>Councillors <b>voted</b> on Tuesday to keep the library open,<br>the mayor said.</p>
<!-- <p>a comment</p> -->
<p title="a > b">&ldquo;This is what the town asked for,&rdquo; Mayor Bea Sample said &#8212; twice&#x21;</p>
</article></body></html>`;

describe("articleFromHtml", () => {
  const a = articleFromHtml(page);

  it("keeps the text a line per paragraph, without scripts, styles, navigation or comments", () => {
    expect(a.text).toBe(
      "Council keeps library open\nCouncillors voted on Tuesday to keep the library open,\nthe mayor said.\n" +
        "“This is what the town asked for,” Mayor Bea Sample said — twice!",
    );
  });

  it("reads the title, publication date and canonical URL from the head", () => {
    expect(a).toMatchObject({
      title: "Council keeps library open & pool shut",
      published: "2031-03-05T09:00:00Z",
      url: "https://example.org/news/library",
    });
  });

  it("reads datePublished from JSON-LD or a <time> when there is no meta", () => {
    const ld = '<script type="application/ld+json">{"datePublished":"2025-12-02"}</script><p>x</p>';
    expect(articleFromHtml(ld).published).toBe("2025-12-02");
    const time = '<p>Posted <time datetime="2025-12-01T08:00Z">Monday</time></p>';
    expect(articleFromHtml(time).published).toBe("2025-12-01T08:00Z");
  });

  it("turns markup in data into text, never into tags", () => {
    const b = articleFromHtml("<p>&lt;img src=x onerror=alert(1)&gt; said the &quot;aide&quot;</p>");
    expect(b.text).toBe('<img src=x onerror=alert(1)> said the "aide"');
    expect(articleFromHtml("<p>&#0; &#xD800; &#x110000;</p>").text).toBe("\uFFFD \uFFFD \uFFFD");
  });

  it("reads plain text with front matter, and plain text as it is", () => {
    const front = "---\ntitle: Library saved\npublished: 2031-03-05\nurl: https://example.org/a\n---\n";
    const t = articleFromHtml(`${front}Councillors voted on Tuesday.\n`);
    expect(t).toEqual({
      text: "Councillors voted on Tuesday.\n",
      title: "Library saved",
      published: "2031-03-05",
      url: "https://example.org/a",
    });
    expect(articleFromHtml("Plain 3 < 4 text.")).toEqual({ text: "Plain 3 < 4 text." });
  });
});

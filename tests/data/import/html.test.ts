import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../src/data/import/html.js";

describe("htmlToText", () => {
  it.each([
    ["<img src=x onerror=alert(1)>", ""],
    ['<img alt="a>b" onerror=alert(1)>ok', "ok"],
    ["x <img src=x onerror=alert(1)", "x"],
    ['x <a title="unclosed', "x"],
    ["<scr<script>ipt>alert(1)</script>", ""],
    ["<script>alert(1)", ""],
    ["a<!-- <b>hidden</b> -->b", "ab"],
    ["<style>p{color:red}</style>Text", "Text"],
    ["<p>One</p><p>Two<br>Three</p>", "One\nTwo\nThree"],
    ["a  \n\t b", "a b"],
    ["5 &lt; 6 &amp;&amp; 7 &gt; 2", "5 < 6 && 7 > 2"],
    ["&#x41;&#66;&eacute;&nbsp;&unknown; &#0;", "AB\u00e9 &unknown; \ufffd"],
    ["a < b and c<3", "a < b and c<3"],
  ])("%j -> %j", (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it("decodes escaped markup once, to literal characters that are text, not tags", () => {
    // The author wrote these characters as text; renderers show them as text.
    expect(htmlToText("&lt;b&gt;bold&lt;/b&gt;")).toBe("<b>bold</b>");
    expect(htmlToText("&amp;lt;b&amp;gt;")).toBe("&lt;b&gt;");
  });
});

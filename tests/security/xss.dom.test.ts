// Data text never becomes markup; only http(s)/mailto become links. Checked
// on the live renderer in jsdom and on the server renderer's HTML.
import { describe, expect, it } from "vitest";
import { normalize } from "../../src/data/normalize.js";
import type { TimelineInput } from "../../src/data/types.js";
import { renderToString } from "../../src/server.js";
import { timeline } from "../../src/timeline.js";
import { hostileTimeline, textPayloads } from "./payloads.js";

const dangerousTags = [
  "script",
  "img",
  "iframe",
  "math",
  "style",
  "x",
  "b",
  "i",
  "details:not(.citeline-listview)",
  "object",
  "embed",
];

function assertInert(root: ParentNode): void {
  expect(root.querySelector("#pwned")).toBeNull();
  for (const tag of dangerousTags) expect(root.querySelectorAll(tag).length, `<${tag}> from data`).toBe(0);
  for (const el of root.querySelectorAll("*")) {
    for (const attr of el.getAttributeNames()) expect(attr.startsWith("on"), `${el.tagName} ${attr}`).toBe(false);
  }
  for (const a of root.querySelectorAll("a")) expect(a.getAttribute("href")).toMatch(/^(https?:|mailto:)/);
}

describe("hostile data in every field", () => {
  const input = hostileTimeline() as unknown as TimelineInput;

  it("keeps every event (hostile text is text, not an error)", () => {
    const { timeline: t } = normalize(input);
    expect(t.events).toHaveLength(textPayloads.length);
    expect(t.events.map((e) => e.title)).toEqual(expect.arrayContaining(textPayloads.map((p) => p.trim())));
  });

  it("the live renderer creates no element, attribute or link from data", () => {
    const fig = timeline(input, { document, width: 960 });
    document.body.replaceChildren(fig);
    for (const e of normalize(input).timeline.events) fig.select(e.id);
    assertInert(fig);
    expect(fig.querySelectorAll("a").length).toBeGreaterThan(0); // the one safe source is still a link
    for (const a of fig.querySelectorAll("a")) expect(a.getAttribute("rel")).toBe("noopener noreferrer");
    // The text is there, as text.
    expect(fig.textContent).toContain("<script>window.__pwned=1</script>");
  });

  it("the server renderer's HTML parses to the same inert tree", () => {
    const html = renderToString(input);
    const host = document.createElement("div");
    host.innerHTML = html; // what a browser does with the page
    const scripts = [...host.querySelectorAll("script")];
    // The only script is the inert JSON data block.
    expect(scripts.map((s) => s.type)).toEqual(["application/json"]);
    scripts.forEach((s) => s.remove());
    assertInert(host);
    expect(
      JSON.parse(renderToString(input).match(/<script type="application\/json">([\s\S]*)<\/script>$/)![1]!),
    ).toEqual(JSON.parse(JSON.stringify(input)));
  });
});

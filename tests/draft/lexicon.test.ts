import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/draft/index.js";
import { ORG_WORDS } from "../../src/draft/lexicon.js";

describe("the organisation words", () => {
  it("count an authority as an organisation", () => {
    expect(ORG_WORDS.has("authority")).toBe(true);
    expect(ORG_WORDS.has("authorities")).toBe(true);
  });

  it("keep a named authority whole as its speaker, as an organisation's name", () => {
    // As a person's name, "Palestinian" would be stripped like a nationality before a name.
    const [q] = findQuotes("\u201cIt is wrong,\u201d Palestinian Authority said on Monday.");
    expect(q?.speaker).toBe("Palestinian Authority");
  });
});

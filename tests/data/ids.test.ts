// Derived ids: what they look like, and that a long title gives the same id
// when only a prefix of it is cleaned (the shortcut slug takes).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveId, slug } from "../../src/data/ids.js";
import { runs } from "../runs.js";

/** slug as written before the prefix shortcut: clean the whole title, then cut. */
function slugWhole(text: string, max = 48): string {
  const cleaned = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const cut = cleaned.length > max ? cleaned.slice(0, max).replace(/-[^-]*$/, "") || cleaned.slice(0, max) : cleaned;
  return cut || "event";
}

describe("slug", () => {
  it("keeps letters and digits of any script, drops accents, joins the rest with dashes", () => {
    expect(deriveId("2025-12-02", "Kremlin meeting")).toBe("2025-12-02-kremlin-meeting");
    expect(slug("Zelensky: «No decision about Ukraine»")).toBe("zelensky-no-decision-about-ukraine");
    expect(slug("Ушаков о переговорах")).toBe("ушаков-о-переговорах");
    expect(slug("Café déjà vu")).toBe("cafe-deja-vu");
    expect(slug("!!!")).toBe("event");
  });

  it("gives a long title the id that cleaning all of it would", () => {
    // Pieces that behave differently at a cut: combining accents, a final sigma, astral letters, expansions (ﷺ), runs of punctuation.
    const piece = fc.constantFrom("Putin", "ΣΟΦΟΣ", "Σ", "e\u0301", "𝐀𝐁", "😀", "ﷺ", "—", "...", " ", "-", "İ", "ß", "Ушаков", "12");
    // Some titles open with a long run of punctuation, which cleans to nothing.
    const title = fc.tuple(fc.nat(300), fc.array(piece, { maxLength: 120 })).map(([n, p]) => "—. ".repeat(n % 3 ? 0 : n / 3) + p.join(""));
    fc.assert(fc.property(title, fc.integer({ min: 1, max: 60 }), (text, max) => {
      expect(slug(text, max)).toBe(slugWhole(text, max));
    }), { seed: 3, ...runs(500) });
  });
});

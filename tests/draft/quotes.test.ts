import { describe, expect, it } from "vitest";
import { findQuotes, type Quote } from "../../src/draft/index.js";
import { broadcaster, followUp, wire } from "./articles.js";

const quoteWith = (quotes: Quote[], words: string): Quote => {
  const q = quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quotation with "${words}" in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
};

describe("findQuotes on wire copy", () => {
  const quotes = findQuotes(wire.text);

  it("gives exact spans: each part is the text between its marks", () => {
    for (const q of quotes) {
      for (const p of q.parts) expect(wire.text.slice(p.start, p.end)).toBe(p.text);
      expect("“\"'‘«").toContain(wire.text[q.start]);
      expect("”\"'’»").toContain(wire.text[q.end - 1]);
    }
  });

  it("reads a quotation broken by its attribution as one quotation by one speaker", () => {
    const q = quoteWith(quotes, "We are not there yet");
    expect(q.parts.map((p) => p.text)).toEqual(["We are not there yet,", "The work goes on."]);
    expect(q.text).toBe("We are not there yet … The work goes on.");
    expect(q).toMatchObject({ speaker: "Anna Keller", verb: "said", partial: false });
    expect(quotes.filter((x) => x.text.includes("The work goes on"))).toHaveLength(1);
  });

  it("strips the titles before a name and keeps the words that attribute it", () => {
    const q = quoteWith(quotes, "We are not there yet");
    expect(q.speakerText).toBe("Swiss Environment Minister Anna Keller");
    expect(wire.text.slice(...q.speakerSpan!)).toBe(q.speakerText);
  });

  it("attributes a fragment quoted inside the writer's sentence, completing a surname", () => {
    const q = quoteWith(quotes, "a useful first step");
    expect(q).toMatchObject({ partial: true, speaker: "Anna Keller", verb: "called", speakerText: "Keller" });
  });

  it("reads the inverted 'said X' and 'according to X'", () => {
    expect(quoteWith(quotes, "Nobody leaves")).toMatchObject({ speaker: "Marco Bellini", verb: "said" });
    expect(quoteWith(quotes, "within hours")).toMatchObject({
      speaker: "Marco Bellini",
      verb: "according to",
      partial: true,
    });
  });

  it("resolves 'the aide' to the latest person called an aide, with a lower confidence", () => {
    const q = quoteWith(quotes, "Every page was fought over");
    expect(q.speaker).toBe("Tomas Brunner");
    expect(q.speakerText).toBe("the aide");
    expect(q.confidence).toBeLessThan(quoteWith(quotes, "Nobody leaves").confidence);
    expect(q.reason).toContain("the aide");
  });
});

describe("findQuotes on broadcaster copy", () => {
  const quotes = findQuotes(broadcaster.text);

  it("reads single quotation marks and leaves apostrophes alone", () => {
    expect(quotes.map((q) => q.text)).toEqual(["a useful first step", "Nobody gets everything they wanted"]);
    expect(findQuotes("The council's plan and the residents' view were heard.")).toEqual([]);
  });

  it("resolves 'she added' to the person named before, and says so", () => {
    const q = quoteWith(quotes, "Nobody gets everything");
    expect(q).toMatchObject({ speaker: "Anna Keller", verb: "added", speakerText: "she" });
    expect(q.confidence).toBeGreaterThan(0);
    expect(q.confidence).toBeLessThan(0.95);
    expect(q.reason).toMatch(/"she" taken to refer to Anna Keller/);
  });

  it("reads 'X told the programme'", () => {
    expect(quoteWith(quotes, "a useful first step")).toMatchObject({ speaker: "Anna Keller", verb: "told" });
  });
});

describe("findQuotes with straight quotes, guillemets and unknown speakers", () => {
  const quotes = findQuotes(followUp.text);

  it("pairs straight marks and joins the next quoted sentence to the attributed one", () => {
    const q = quoteWith(quotes, "The bridges will reopen");
    expect(q).toMatchObject({ speaker: "Luc Martin", verb: "told" });
    expect(q.parts[1]!.text).toBe("We won't wait for the spring.");
  });

  it("never invents a speaker: unnamed and unattributed quotations are null, with the reason", () => {
    const unnamed = quoteWith(quotes, "higher than anyone hoped");
    expect(unnamed).toMatchObject({ speaker: null, confidence: 0, speakerText: "A ministry official" });
    expect(unnamed.reason).toContain("not named");
    const scare = quoteWith(quotes, "remembers everything");
    expect(scare).toMatchObject({ speaker: null, verb: null });
    expect(scare.reason).toBeTruthy();
  });

  it("reads guillemets and an appositive between the name and the verb", () => {
    expect(quoteWith(quotes, "We will rebuild")).toMatchObject({
      speaker: "Claire Dubois",
      verb: "said",
      partial: false,
    });
  });

  it("keeps plural pronouns and 'officials' unnamed", () => {
    const text = "Officials described the talks as “constructive”, and they acknowledged they were “hard”.";
    const [a, b] = findQuotes(text);
    expect(a).toMatchObject({ speaker: null });
    expect(b).toMatchObject({ speaker: null });
    expect(b!.reason).toContain("several people");
  });

  it("resolves 'it said' to an organisation, and a name after 'the' is an organisation", () => {
    const [q] = findQuotes("The Geneva Water Office issued a statement. “Levels are falling,” it said.");
    expect(q).toMatchObject({ speaker: "the Geneva Water Office", verb: "said" });
  });

  it("does not make 'according to X' the speaker of a term in another clause", () => {
    const text = "Its “river pact” would require new gauges, which critics say are costly, according to the Gazette.";
    expect(findQuotes(text)[0]).toMatchObject({ speaker: null, text: "river pact" });
  });

  it("reads the issue's own example as one quotation by one speaker, through the pronoun", () => {
    const text = "Council aide Mara Lind arrived late. “We are not there yet,” she said. “The work goes on.”";
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: "Mara Lind", speakerText: "she", verb: "said" });
    expect(quotes[0]!.parts).toHaveLength(2);
  });

  it("reads an organisation as the subject of a participle ('with the Kremlin insisting that “…”')", () => {
    const [q] = findQuotes("Talks ended on Tuesday, with the Kremlin insisting that “no compromise” had been found.");
    expect(q).toMatchObject({ speaker: "the Kremlin", verb: "insisting", partial: true });
  });

  it("takes a surname after an opening phrase as the subject a later pronoun refers to", () => {
    const text =
      "Minister Anna Keller spoke first. Ahead of the vote, Keller accused the delegates of delay. " +
      "She added, “We are ready now.”";
    expect(findQuotes(text)[0]).toMatchObject({ speaker: "Anna Keller", speakerText: "She", verb: "added" });
  });

  it("joins a quotation that runs on into the next paragraph, as wire copy writes it", () => {
    const text = "“We will rebuild,” Dubois said. “It will take time.\n“But the footbridge comes first.”\nShe left.";
    const [q, ...rest] = findQuotes(text);
    expect(rest).toEqual([]);
    const parts = ["We will rebuild,", "It will take time.", "But the footbridge comes first."];
    expect(q!.parts.map((p) => p.text)).toEqual(parts);
    expect(q).toMatchObject({ speaker: "Dubois", verb: "said" });
  });

  it("counts UTF-16 offsets past astral characters", () => {
    const text = "🌊🌊 Officials met. “We are ready,” said Mayor Claire Dubois.";
    const [q] = findQuotes(text);
    expect(text.slice(q!.parts[0]!.start, q!.parts[0]!.end)).toBe("We are ready,");
    expect(q!.speaker).toBe("Claire Dubois");
  });

  it("throws on a non-string (a programmer error), and finds nothing in empty text", () => {
    expect(() => findQuotes(42 as unknown as string)).toThrow(/invalid text/);
    expect(findQuotes("")).toEqual([]);
  });
});

describe("findQuotes in live blogs and broadcast copy", () => {
  const speakers = (text: string): [string, string | null, string | null][] =>
    findQuotes(text).map((q) => [q.text, q.speaker, q.verb]);

  it("reads the live blog's present tense, before and after the quotation", () => {
    expect(speakers("“We are back in business,” Aalto tells reporters at the quay.")).toEqual([
      ["We are back in business", "Aalto", "tells"],
    ]);
    expect(speakers("“The harbour never sleeps,” says Sven Aalto.")).toEqual([
      ["The harbour never sleeps", "Sven Aalto", "says"],
    ]);
  });

  it("takes the name from an appositive after the role ('The minister, Ida Berg, said')", () => {
    const [q] = findQuotes("The minister, Ida Berg, said: “We will review it.” Her deputy disagreed.");
    expect(q).toMatchObject({ speaker: "Ida Berg", verb: "said", partial: false });
    expect(q!.confidence).toBeGreaterThan(0.8);
  });

  it("resolves 'the director said' in a quotation broken by its attribution to the director named before", () => {
    const text = "Port director Sven Aalto spoke at the quay. “We are back,” the director said. “Ships are waiting.”";
    const [q, ...rest] = findQuotes(text);
    expect(rest).toEqual([]);
    expect(q).toMatchObject({
      text: "We are back … Ships are waiting.",
      speaker: "Sven Aalto",
      speakerText: "the director",
    });
    expect(q!.parts.map((p) => text.slice(p.start, p.end))).toEqual(["We are back,", "Ships are waiting."]);
    expect(q!.confidence).toBeLessThan(0.95);
    expect(q!.reason).toBe('"the director" taken to refer to Sven Aalto');
  });

  it("gives two partial quotations of one sentence the speaker a pronoun refers to", () => {
    const found = findQuotes("Union chief Maren Holt met the mayor. She called the deal “fair” and “long overdue”.");
    expect(found.map((q) => [q.text, q.speaker, q.partial])).toEqual([
      ["fair", "Maren Holt", true],
      ["long overdue", "Maren Holt", true],
    ]);
  });

  it("names nobody for an unnamed spokeswoman, and says why", () => {
    const [q] = findQuotes("A port spokeswoman said the queue was “unprecedented”.");
    expect(q).toMatchObject({ speaker: null, confidence: 0, partial: true });
    expect(q!.reason).toMatch(/spokeswoman/);
  });
});

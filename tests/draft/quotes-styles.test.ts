import { describe, expect, it } from "vitest";
import { findQuotes, type Quote } from "../../src/draft/index.js";
import { ferryBroadcast, ferryLive, ferryWire } from "./ferry.js";

const said = (quotes: Quote[]): [string, string | null, string | null][] =>
  quotes.map((q) => [q.text, q.speaker, q.verb]);

describe("findQuotes on the three styles of one story", () => {
  it("wire: a quotation broken by 'harbour master Ola Brekke said on Tuesday', guillemets, 'the minister', 'he added'", () => {
    const quotes = findQuotes(ferryWire.text);
    expect(said(quotes)).toEqual([
      ["The fog came down in minutes … Nobody could see the other boat.", "Ola Brekke", "said"],
      ["a warning we ignored", "Ola Brekke", "called"],
      ["We will find out what went wrong", "Ingrid Solberg", "told"],
      ["Safety is our first concern.", "Lars Dahl", "said"],
      ["We have nothing to hide", "Lars Dahl", "added"],
    ]);
    const [broken, partial, minister, , added] = quotes;
    expect(broken!.parts).toHaveLength(2);
    expect(partial!.partial).toBe(true);
    expect(minister!.reason).toBe('"the minister" taken to refer to Ingrid Solberg');
    // The employer before the role ("Varna Ferries chief executive") is nobody "he" can stand for.
    expect(added!.reason).toBe('"he" taken to refer to Lars Dahl');
    expect(added!.confidence).toBeLessThan(quotes[3]!.confidence);
  });

  it("broadcaster: straight marks, 'Mr Brekke' completed from the full name, 'quoted X as saying'", () => {
    const quotes = findQuotes(ferryBroadcast.text);
    expect(said(quotes)).toEqual([
      ["in minutes", "Ola Brekke", "said"],
      ["Nobody could see the other boat", "Ola Brekke", "said"],
      ["The radar has been broken for weeks.", "Nils Haug", "saying"],
    ]);
    expect(quotes[1]!.speakerText).toBe("Mr Brekke");
  });

  it("live blog: present tense before a colon, and a quotation broken by 'he says'", () => {
    const quotes = findQuotes(ferryLive.text);
    expect(said(quotes)).toEqual([
      ["You could not see your own hand.", "Ola Brekke", "tells"],
      ["We heard the horns too late … and then the crash.", "Ola Brekke", "says"],
    ]);
  });
});

describe("findQuotes: who is quoted, not who reports it", () => {
  it("gives 'X quoted Y as saying' and 'as telling' to Y, through an appositive or a role", () => {
    const a =
      "The agency quoted the deputy chairman of the committee, Olav Rud, as telling radio that it was “not adopted”.";
    expect(findQuotes(a)[0]).toMatchObject({ speaker: "Olav Rud", verb: "telling" });
    const b = "Mayor Eva Lind spoke late. “I have decided to step down,” local media quoted the mayor as saying.";
    expect(findQuotes(b)[0]).toMatchObject({ speaker: "Eva Lind", verb: "saying", speakerText: "the mayor" });
  });

  it("gives a quotation to the speaker of its own verb before 'according to' the agency that reported it", () => {
    const t = "“They sat for 12 hours and agreed nothing,” Rud told the radio, according to the agency.";
    expect(findQuotes(t)[0]).toMatchObject({ speaker: "Rud", verb: "told" });
  });

  it("keeps a sentence's pronoun subject for a later pronoun, past the names between", () => {
    const t =
      "Spokesman Ivo Marek took questions. He also said there were no plans for Hale and Brandt to meet, " +
      "although he added that a call could be arranged “quite quickly”.";
    expect(findQuotes(t)[0]).toMatchObject({ speaker: "Ivo Marek", speakerText: "he" });
  });

  it("gives a quotation in a clause after ', and' to that clause's subject", () => {
    const t =
      "Envoy Ana Ruiz had flown in on Thursday, and Vice President Tom Hale phoned to urge them to “seize the moment”.";
    expect(findQuotes(t)[0]).toMatchObject({ speaker: "Tom Hale", verb: "urge" });
  });

  it("reads a pronoun subject after a long opening participle phrase", () => {
    const t =
      "Spokesman Ivo Marek met reporters. Speaking during one of his regular daily press calls, he seemed calm, " +
      "describing the talks as “technical”.";
    expect(findQuotes(t)[0]).toMatchObject({ speaker: "Ivo Marek", verb: "describing" });
  });

  it("reads 'square.It said' (a space missing after a period) as two sentences' words, not one name", () => {
    const t = "The Harbour Police closed the pier around the square.It said: “The order stays in place until 1am.”";
    expect(findQuotes(t)[0]).toMatchObject({ speaker: "the Harbour Police", speakerText: "It" });
  });

  it("never gives 'she' to someone the text calls Mr, nor 'he' to a Ms; without a title it guesses nothing", () => {
    const she = findQuotes("Mr Tomas Berg met Anna Keller. “We agree,” she said.")[0];
    expect(she).toMatchObject({ speaker: "Anna Keller", speakerText: "she" });
    const he = findQuotes("Ms Ida Lund spoke after Tomas Berg. “Fine,” he said.")[0];
    expect(he).toMatchObject({ speaker: "Tomas Berg", speakerText: "he" });
    // No title: the subject of the nearest sentence, as before.
    expect(findQuotes("Tomas Berg met Anna Keller. “We agree,” she said.")[0]!.speaker).toBe("Tomas Berg");
  });
});

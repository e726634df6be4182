import { describe, expect, it } from "vitest";
import { normalize } from "../../src/data/normalize.js";
import type { CitationInput, EventInput, When } from "../../src/data/types.js";
import { draft } from "../../src/draft/index.js";
import { actorlessIn } from "../../src/draft/passive.js";
import { groupSubject } from "../../src/draft/groups.js";
import { ferryBroadcast, ferryLive, ferryWire } from "./ferry.js";

const whole = (t: string): { start: number; end: number } => ({ start: 0, end: t.length });
const found = (t: string): { title: string; rule: string; hedge: string; cue: string }[] =>
  actorlessIn(t, whole(t), []).map((a) => ({ title: t.slice(a.clause.start, a.clause.end), ...a }));
const cites = (e: EventInput): Exclude<CitationInput, string>[] => e.citations as Exclude<CitationInput, string>[];
const titled = (events: EventInput[], words: string): EventInput | undefined =>
  events.find((e) => e.title!.includes(words));

describe("actorlessIn: happenings told without an actor", () => {
  it("reads a passive main clause, its subject and verb phrase, hedged by its tense", () => {
    expect(found("The draft budget was leaked to reporters in Solna.")).toMatchObject([
      { title: "The draft budget was leaked to reporters in Solna.", rule: "passive", hedge: "about", cue: "" },
    ]);
    expect(found("Consultations were held in Florida, and the envoys flew home.")).toMatchObject([
      { title: "Consultations were held in Florida", hedge: "about" },
    ]);
    expect(found("The plan had been revised twice.")[0]).toMatchObject({ hedge: "before", cue: "had been" });
    expect(found("The bridge will be reopened to traffic.")[0]).toMatchObject({ hedge: "after", cue: "will be" });
    expect(found("Later the army was called out to keep order.")[0]).toMatchObject({ hedge: "after", cue: "Later" });
  });

  it("reads a passive relative clause with the noun phrase it qualifies", () => {
    const t = "The meeting centred on a revised grain plan, which had been adjusted after objections from Oslo.";
    expect(found(t)).toMatchObject([
      {
        title: "a revised grain plan, which had been adjusted after objections from Oslo.",
        rule: "passive relative clause",
        hedge: "before",
      },
    ]);
  });

  it("reads a participle after a noun with a time word, and one marked 'previously'", () => {
    const t = "The talks focused on a previously leaked tariff proposal, adjusted after criticism from Lyon.";
    const rules = found(t).map((a) => [a.rule, a.title]);
    expect(rules).toContainEqual([
      "participle after a noun",
      "a previously leaked tariff proposal, adjusted after criticism from Lyon.",
    ]);
    expect(rules).toContainEqual(["marked participle", "previously leaked tariff proposal"]);
  });

  it("reads a happening named as what another followed", () => {
    const t = "It was her third visit this year and followed consultations with farmers in Tartu, says the paper.";
    expect(found(t)).toMatchObject([{ title: "consultations with farmers in Tartu", hedge: "before" }]);
  });

  it("leaves states, expectations, negations, pronoun subjects, reported clauses and repeated acts alone", () => {
    for (const t of [
      "The deal was based on an earlier draft.",
      "The minister was expected to resign.",
      "The statement was not adopted.",
      "It was revised after the vote.",
      "Earlier, as the bill was moved, Singh raised a point of order.",
      "Brekke said the radar had been switched off.",
      "The ferry has been inspected several times in the past year.",
      "A newly renovated bridge spans the river.",
      "Millions of viewers followed the debate live.",
      "Smith followed the talks closely.",
    ]) {
      expect(found(t), t).toEqual([]);
    }
  });
});

describe("groupSubject: groups that act", () => {
  it("reads determiners, proper adjectives joined by 'and', and noun modifiers before a plural of people", () => {
    const t = "In a public reaction, some European and Ukrainian officials accused Moscow of stalling.";
    expect(groupSubject(t, whole(t))).toMatchObject({
      phrase: { text: "some European and Ukrainian officials" },
      verb: { text: "accused" },
      placed: true,
    });
    const u = "European safety regulators criticised the operator.";
    expect(groupSubject(u, whole(u))?.phrase.text).toBe("European safety regulators");
    const v = "Officials met the mayor.";
    expect(groupSubject(v, whole(v))).toMatchObject({ placed: false, commentators: false });
    expect(groupSubject("Analysts said it would fail.", whole("Analysts said it would fail."))?.commentators).toBe(
      true,
    );
    expect(groupSubject("The harbour was quiet.", whole("The harbour was quiet."))).toBeNull();
  });
});

describe("draft: three styles of one story, without actors and with groups", () => {
  const { input, belowThreshold } = draft([ferryWire, ferryBroadcast, ferryLive]);
  const all = [...input.events, ...belowThreshold];

  it("drafts a passive without an actor, titled by its clause and hedged against the story's day", () => {
    const inquiry = titled(input.events, "An inquiry was opened")!;
    expect(inquiry.title).toBe("An inquiry was opened by the transport ministry");
    expect(inquiry.start).toMatchObject({ iso: "2026-05-05", qualifier: "about" });
    expect(inquiry.draft!.rule).toMatch(/no actor \(passive\)/);
    expect(cites(inquiry)[0]!.note).toMatch(/against the article's last date before it \("Tuesday"\)/);
  });

  it("merges one passive told by two articles, and keeps it apart from the dated collision", () => {
    const pier = titled(input.events, "pier was closed to the public")!;
    expect(cites(pier).map((c) => c.source)).toEqual(["src-2", "src-3"]);
    const collision = titled(input.events, "collided in thick fog")!;
    expect(cites(collision).map((c) => c.source)).not.toContain("src-3");
    expect(collision.title).not.toMatch(/pier/);
  });

  it("drafts a placed group's deed against someone named, and not a group's commentary", () => {
    const regulators = titled(input.events, "European safety regulators criticised Varna Ferries")!;
    expect(regulators.draft!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(all.some((e) => e.title!.startsWith("Analysts"))).toBe(false);
  });

  it("keeps counts of people and repeated acts out of the timeline", () => {
    expect(titled(input.events, "Fourteen people were taken")).toBeUndefined();
    expect(titled(belowThreshold, "Fourteen people were taken")).toBeDefined();
    expect(all.some((e) => /inspected several times/.test(e.title!))).toBe(false);
  });

  it("invents nothing: every title is the articles' own words, and the draft normalizes", () => {
    const texts = [ferryWire, ferryBroadcast, ferryLive].map((a) => a.text.toLowerCase());
    for (const e of all) {
      const words = e.title!.replace(/…$/, "").toLowerCase();
      expect(
        texts.some((t) => t.includes(words)),
        e.title,
      ).toBe(true);
    }
    const { diagnostics } = normalize(input);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("dates a past happening by the publication when the story's last date is one it looks forward to", () => {
    const text = "Ms Berg will visit the dam on Friday. The old turbine was removed by engineers.";
    const { input: one } = draft({ text, published: "2026-05-06" });
    const turbine = titled(one.events, "The old turbine was removed")!;
    expect((turbine.start as When).iso).toBe("2026-05-06");
  });

  it("reads a happening in the clause after 'came after' or ', as', apart from the dated one before it", () => {
    const text =
      "Mayor Eva Lind met the unions on Monday.\n" +
      "The vote came after Lind earlier warned of deep cuts.\n" +
      "Tensions rose, as Lind accused the board of hiding the accounts.";
    const { input: one } = draft({ text, published: "2026-05-06" }, { minConfidence: 0 });
    const warned = titled(one.events, "Lind earlier warned of deep cuts")!;
    expect(warned.start).toMatchObject({ qualifier: "before", iso: "2026-05-04" });
    expect(cites(warned)[0]!.dateText).toBe("earlier");
    expect(titled(one.events, "Lind accused the board")).toBeDefined();
    expect(titled(one.events, "met the unions on Monday")).toBeDefined();
  });

  it("raises a group for a deed, not for talk: 'Officials closed…' over 'Residents said…'", () => {
    const text = "Officials closed the old pier.\nResidents said the new pier would open in spring.";
    const { input: one, belowThreshold: below } = draft({ text, published: "2026-05-06" });
    expect(titled(one.events, "Officials closed the old pier")!.draft!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(titled(below, "Residents said the new pier")!.draft!.confidence).toBeLessThan(0.5);
  });

  it("titles a dated happening from its subject past a relative clause set off by commas", () => {
    const text = "The footbridge, which had reopened days earlier after repairs, collapsed on Sunday evening.";
    const { input: one } = draft({ text, published: "2026-05-06" });
    expect(one.events[0]!.title).toBe(
      "The footbridge, which had reopened days earlier after repairs, collapsed on Sunday evening",
    );
  });
});

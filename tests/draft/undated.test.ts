import { describe, expect, it } from "vitest";
import { normalize } from "../../src/data/normalize.js";
import type { CitationInput, EventInput, When } from "../../src/data/types.js";
import { draft } from "../../src/draft/index.js";

// Articles the project wrote for these tests (a fictional strike in a
// fictional port), in three styles: a wire report with a dateline and "said
// on Tuesday", a broadcaster's with "Mr Aalto" and single quotation marks,
// and a live blog whose entries are headed by a time. Most of what they
// report has no date of its own: "later", "previously", "will", "is due
// to", a statement dated only by the report.

/** Wire style, published Wednesday 11 March 2026. */
const wire = {
  published: "2026-03-11",
  publisher: "Example Wire",
  title: "Osloberg dockers end strike after pay deal",
  text: [
    "OSLOBERG, March 10 (Example Wire) - Harbour workers in Osloberg ended a three-week strike on Tuesday after " +
      "the port authority agreed to a new pay scale, union leaders said.",
    "Union chief Maren Holt said the deal met “most of what we asked for”.",
    "“It is not perfect,” Holt told reporters. “But it is fair.”",
    "Port director Sven Aalto later said cargo ships were already queuing outside the harbour.",
    "Senior Osloberg officials had previously rejected two offers from the union.",
    "Transport Minister Ida Berg will meet both sides to review the agreement, her office said.",
    "Aalto expects no further delays.",
    "The union did not comment on the bonus question.",
    "While dockers celebrated at the gates, the authority's board met behind closed doors.",
    "Analysts said the strike had cost the port millions.",
  ].join("\n"),
};

/** Broadcaster style, published the same day. */
const broadcaster = {
  published: "2026-03-11",
  publisher: "Example Broadcasting",
  title: "Osloberg port strike ends",
  text: [
    "Osloberg port strike ends",
    "Harbour workers in Osloberg have gone back to work after a three-week strike.",
    "The strike ended on Tuesday when the port authority accepted a new pay scale.",
    "Mr Aalto said ships were already queuing outside the harbour.",
    "Union leader Maren Holt told the programme the deal was 'fair, if not perfect'.",
    "'We stood together and it worked,' she said.",
    "Ms Berg is due to meet both sides to review the agreement.",
  ].join("\n"),
};

/** A live blog: entries headed by their time, newest first, in the present tense. */
const liveBlog = {
  published: "2026-03-11T17:00:00Z",
  publisher: "Example Live",
  title: "Live: Osloberg port reopens",
  text: [
    "Live: Osloberg port reopens",
    "16:35 GMT",
    "Port director Sven Aalto says the first container ship has docked.",
    "16:20 GMT",
    "“We are back in business,” Aalto tells reporters at the quay.",
    "15:58 GMT",
    "Earlier, union chief Maren Holt thanked dockers for their patience.",
  ].join("\n"),
};

const cites = (e: EventInput): Exclude<CitationInput, string>[] => e.citations as Exclude<CitationInput, string>[];
const start = (e: EventInput): When => e.start as When;
const titled = (events: EventInput[], words: string): EventInput | undefined =>
  events.find((e) => e.title!.includes(words));

describe("draft: happenings told without a date (wire)", () => {
  const { input, belowThreshold } = draft(wire);

  it("dates 'later' after the story's last date, and says so in the citation", () => {
    const aalto = titled(input.events, "Sven Aalto later said")!;
    expect(start(aalto)).toMatchObject({ iso: "2026-03-10", qualifier: "after", precision: "day" });
    expect(cites(aalto)).toEqual([
      {
        source: "src-1",
        dateText: "later",
        note: expect.stringContaining('against the article\'s last date before it ("Tuesday")') as string,
      },
    ]);
    expect(aalto.draft!.rule).toMatch(/^no date in the text, Sven Aalto acts; dated after 2026-03-10/);
  });

  it("dates a statement the report gives no date by the publication, with its quotation and speaker", () => {
    const holt = titled(input.events, "Maren Holt said")!;
    expect(start(holt)).toMatchObject({ iso: "2026-03-11", qualifier: "about" });
    expect(cites(holt)[0]).toMatchObject({ quote: "most of what we asked for", speaker: "Maren Holt" });
    expect(cites(holt)[0]!.dateText).toBeUndefined();
    expect(cites(holt)[0]!.note).toMatch(/^no date in the text: drafted as about 2026-03-11/);
  });

  it("dates a plan ('will') after the publication", () => {
    const berg = titled(input.events, "Ida Berg will meet")!;
    expect(start(berg)).toMatchObject({ iso: "2026-03-11", qualifier: "after" });
    expect(cites(berg)[0]!.dateText).toBe("will");
  });

  it("ranks undated happenings below dated ones, and keeps a group's 'previously' under the threshold", () => {
    const confidence = input.events.map((e) => e.draft!.confidence);
    expect(confidence).toEqual([...confidence].sort((a, b) => b - a));
    expect(input.events[0]!.title).toMatch(/ended a three-week strike on Tuesday/);
    const before = titled(belowThreshold, "had previously rejected")!;
    expect(start(before)).toMatchObject({ qualifier: "before", iso: "2026-03-10" });
    expect(cites(before)[0]!.dateText).toBe("previously");
    expect(before.draft!.confidence).toBeLessThan(0.5);
  });

  it("lets the editor move the threshold", () => {
    const lower = draft(wire, { minConfidence: 0.3 });
    expect(titled(lower.input.events, "had previously rejected")).toBeDefined();
    expect(lower.belowThreshold).toEqual([]);
    const higher = draft(wire, { minConfidence: 0.7 });
    expect(higher.input.events.map((e) => e.title)).toEqual([input.events[0]!.title]);
  });

  it("invents nothing from background, negations, subordinate clauses or unnamed sources", () => {
    const all = [...input.events, ...belowThreshold].map((e) => e.title!);
    for (const trap of ["expects no further delays", "did not comment", "board met", "Analysts said"]) {
      expect(
        all.some((t) => t.includes(trap)),
        trap,
      ).toBe(false);
    }
    for (const e of [...input.events, ...belowThreshold]) {
      expect(wire.text.toLowerCase()).toContain(e.title!.replace(/…$/, "").toLowerCase());
    }
  });
});

describe("draft: what several articles report without a date is merged", () => {
  const { input } = draft([wire, broadcaster, liveBlog]);

  it("merges one statement told by two articles, the broadcaster naming the speaker 'Mr Aalto'", () => {
    const aalto = titled(input.events, "later said cargo ships")!;
    expect(cites(aalto).map((c) => [c.source, c.dateText])).toEqual([
      ["src-1", "later"],
      ["src-2", undefined],
    ]);
    expect(aalto.draft!.rule).toMatch(/in 2 articles, dates agree, shared words: .*queu/);
  });

  it("keeps apart two statements of one speaker on one day when their words differ", () => {
    const docked = titled(input.events, "first container ship has docked")!;
    expect(cites(docked).map((c) => c.source)).toEqual(["src-3"]);
  });

  it("merges a plan told with 'will' and with 'is due to'", () => {
    const berg = input.events.find((e) => cites(e).some((c) => c.dateText === "is due to"))!;
    expect(cites(berg).map((c) => c.dateText)).toEqual(["will", "is due to"]);
    expect(start(berg).qualifier).toBe("after");
  });

  it("merges the two articles' quotations of one speaker, each cited with its own words", () => {
    const holt = titled(input.events, "Maren Holt said the deal")!;
    expect(cites(holt).map((c) => [c.source, c.speaker, c.quote])).toEqual([
      ["src-1", "Maren Holt", "most of what we asked for"],
      ["src-2", "Maren Holt", "fair, if not perfect"],
    ]);
  });

  it("produces input that normalizes without errors", () => {
    const { diagnostics } = normalize(input);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("draft: a live blog's entries", () => {
  const { input } = draft(liveBlog);

  it("reads a present-tense statement under a time stamp as news of that entry", () => {
    const docked = titled(input.events, "first container ship has docked")!;
    expect(start(docked)).toMatchObject({ iso: "2026-03-11", qualifier: "about" });
    expect(cites(docked)[0]!.note).toContain('("16:35 GMT")');
  });

  it("dates an entry's 'Earlier,' before its time stamp", () => {
    const holt = titled(input.events, "Maren Holt thanked dockers")!;
    expect(start(holt).qualifier).toBe("before");
    expect(cites(holt)[0]!.dateText).toBe("Earlier");
  });

  it("reads present tense outside a live blog's entries as background, not news", () => {
    const text = "Port director Sven Aalto says the harbour is the busiest on the coast.";
    const { input: plain, belowThreshold } = draft({ text, published: "2026-03-11" });
    expect([...plain.events, ...belowThreshold]).toEqual([]);
  });
});

describe("draft: an undated telling joins the event another article places 'after the talks'", () => {
  const first = {
    published: "2026-05-06",
    text: [
      "Talks between Arlania and Beltoria ended in Vienna on Tuesday without a final deal.",
      "After the talks, Foreign Minister Lena Varga said the two sides had agreed “a road map for the border”.",
    ].join("\n"),
  };
  const second = {
    published: "2026-05-06",
    text: [
      "Negotiators from Arlania and Beltoria ended their talks in Vienna on Tuesday.",
      "Foreign Minister Lena Varga said the sides agreed “a road map for the border” but gave no timetable.",
    ].join("\n"),
  };

  it("cites the second article's undated statement beside the first's 'After the talks'", () => {
    const { input } = draft([first, second]);
    const after = input.events.find((e) => e.after)!;
    expect(cites(after).map((c) => [c.source, c.dateText ?? null, c.speaker])).toEqual([
      ["src-1", "After the talks", "Lena Varga"],
      ["src-2", null, "Lena Varga"],
    ]);
    expect(cites(after)[1]!.note).toMatch(/^no date in the text/);
    expect(input.events.filter((e) => e.title!.includes("Varga"))).toHaveLength(1);
  });
});

describe("draft: stances are not happenings", () => {
  it("leaves out what someone 'has repeatedly said' or 'has long argued'", () => {
    const text = [
      "Port director Sven Aalto has repeatedly said the harbour needs a second quay.",
      "Union chief Maren Holt has long argued that weekend shifts should be paid double.",
    ].join("\n");
    const { input, belowThreshold } = draft({ text, published: "2026-03-11" });
    expect([...input.events, ...belowThreshold]).toEqual([]);
  });
});

describe("draft: commentary is not news", () => {
  it("keeps an analyst's undated view under the threshold, and a minister's above it", () => {
    const text = [
      "Lena Ortiz, an economist at the Osloberg Institute, said the deal would raise costs for shippers.",
      "Transport Minister Ida Berg said the deal would keep the port competitive.",
    ].join("\n");
    const { input, belowThreshold } = draft({ text, published: "2026-03-11" });
    expect(input.events.map((e) => e.title)).toEqual([
      "Transport Minister Ida Berg said the deal would keep the port competitive",
    ]);
    expect(belowThreshold.map((e) => e.title)).toEqual([
      "Lena Ortiz, an economist at the Osloberg Institute, said the deal would raise costs for shippers",
    ]);
  });
});

describe("draft: one actor, two happenings in one article", () => {
  it("keeps an undated act apart from the same person's dated plan when their words differ", () => {
    const text = [
      "RIVATO (Example Wire) - An earthquake struck northern Valmora on Sunday, killing at least 42 people.",
      "President Tomas Ferreira declared three days of mourning and flew to the region by helicopter.",
      "Ferreira is expected to address the nation on Monday.",
    ].join("\n");
    const { input } = draft({ text, published: "2026-02-16" });
    const mourning = input.events.find((e) => e.title!.includes("declared three days of mourning"))!;
    expect((mourning.start as When).qualifier).toBe("about");
    expect(input.events.find((e) => e.title!.includes("address the nation"))!.citations).toHaveLength(1);
  });
});

describe("draft: a broadcaster's lead and its voices", () => {
  const text = [
    "Teachers in Northvale vote to strike over pay",
    "Teachers in Northvale have voted to strike in a row over pay, the National Teaching Union has said.",
    "Mr Hale, the union's general secretary, said teachers had 'run out of patience'.",
    "Parents have criticised the timing, which falls during exam preparation.",
    "One parent, Sarah Lin, told the programme she would have to take unpaid leave.",
  ].join("\n");
  const { input, belowThreshold } = draft({ text, published: "2026-02-20" });

  it("drafts the lead's happening, dated by the report, though no rule names its subject", () => {
    const lead = input.events.find((e) => e.title!.startsWith("Teachers in Northvale have voted"))!;
    expect(start(lead)).toMatchObject({ iso: "2026-02-20", qualifier: "about" });
    expect(lead.draft!.rule).toMatch(/^no date in the text, the article's lead/);
    expect(titled(input.events, "vote to strike over pay")).toBeUndefined();
  });

  it("names 'Mr Hale' from his title, and takes no capital that only opens a sentence for a name", () => {
    expect(cites(titled(input.events, "Mr Hale")!)[0]).toMatchObject({ speaker: "Hale" });
    expect(titled([...input.events, ...belowThreshold], "Parents have criticised")).toBeUndefined();
  });

  it("ranks a voice from the street ('One parent, Sarah Lin, told…') under the threshold", () => {
    expect(titled(input.events, "Sarah Lin")).toBeUndefined();
    expect(titled(belowThreshold, "One parent, Sarah Lin, told the programme")).toBeDefined();
  });
});

describe("draft: undated acts in a narrative", () => {
  it("places 'later' after the story's date and keeps two acts of one person apart", () => {
    const text = [
      "The siege of Fortaleza began on March 3, 1854.",
      "General Ortega later ordered the walls to be mined.",
      "On June 10 the city fell.",
      "Ortega wrote to his wife that the victory had cost too much.",
    ].join("\n");
    const { input } = draft({ text, published: "2001-05-01" }, { mode: "narrative" });
    const ordered = titled(input.events, "later ordered")!;
    const wrote = titled(input.events, "Ortega wrote")!;
    expect(start(ordered)).toMatchObject({ iso: "1854-03-03", qualifier: "after" });
    // In a narrative an undated act is of the story's last date, not of the book's publication.
    expect(start(wrote)).toMatchObject({ iso: "1854-06-10", qualifier: "about" });
    expect(cites(wrote)[0]!.note).toContain('("June 10")');
  });
});

import { describe, expect, it } from "vitest";
import { normalize } from "../../src/data/normalize.js";
import type { CitationInput, EventInput, When } from "../../src/data/types.js";
import { draft } from "../../src/draft/index.js";
import { broadcaster, followUp, wire } from "./articles.js";

const articles = [wire, broadcaster, followUp];
const iso = (e: EventInput): string | undefined => (e.start as When | undefined)?.iso;
const cites = (e: EventInput) => e.citations as Exclude<CitationInput, string>[];
const byDate = (events: EventInput[], day: string): EventInput[] => events.filter((e) => iso(e) === day);

describe("draft", () => {
  const { input, diagnostics } = draft(articles);

  it("makes a source of each article, with its publication date and publisher", () => {
    expect(diagnostics).toEqual([]);
    expect(input.sources).toEqual([
      { id: "src-1", title: wire.title, published: "2025-12-03", publisher: "Example Wire" },
      { id: "src-2", title: broadcaster.title, published: "2025-12-03", publisher: "Example Broadcasting" },
      // No title given: the first line is no headline (it ends a sentence), so the article is named by its position.
      { id: "src-3", title: "Article 3", published: "2025-12-04", publisher: "Example Wire" },
    ]);
  });

  it("merges what two articles report of one happening into one event with a citation each", () => {
    const [meeting, ...others] = byDate(input.events, "2025-12-02");
    expect(others).toEqual([]);
    expect(cites(meeting!).map((c) => [c.source, c.dateText])).toEqual([
      ["src-1", "Tuesday (Dec 2)"],
      ["src-2", "Tuesday"],
    ]);
    expect(meeting!.draft!.rule).toMatch(/2 articles, same day, shared words: .*alpine/);
  });

  it("titles each event with a clause of its article, word for word", () => {
    for (const e of input.events) {
      const words = e.title!.replace(/…$/, "");
      const found = articles.some((a) => a.text.toLowerCase().includes(words.toLowerCase()));
      expect(found, e.title).toBe(true);
    }
    const meeting = byDate(input.events, "2025-12-02")[0]!;
    // Of the two tellings, the whole clause titles the event rather than the one cut at 140 characters.
    const whole = "Four Alpine countries have agreed to share river data in real time after talks in Geneva on Tuesday";
    expect(meeting.title).toBe(whole);
    const count = (t: string, c: string): number => t.split(c).length - 1;
    for (const e of input.events) expect(count(e.title!, "“"), e.title).toBe(count(e.title!, "”"));
    const said = "“We listened, and we changed the plan,” the mayor said after the vote on Tuesday";
    const { input: one } = draft({ text: `${said}.`, published: "2031-03-05" });
    expect(one.events[0]!.title).toBe(said);
  });

  it("dates 'earlier on Monday', 'last week' and 'Nov. 14' against the publication date", () => {
    expect(byDate(input.events, "2025-12-01")[0]!.title).toMatch(/campaigners marched/);
    expect(byDate(input.events, "2025-11-14")[0]!.title).toMatch(/flood on Nov\. 14/);
    const week = input.events.find((e) => (e.start as When | undefined)?.precision === "week")!;
    expect(cites(week)[0]!.dateText).toBe("Last week");
    expect((week.start as When).earliest).toBeLessThan(Date.UTC(2025, 11, 1));
  });

  it("cites the quotation of the sentence with its speaker, and no date inside a quotation", () => {
    const told = byDate(input.events, "2025-12-03")[0]!;
    expect(cites(told)[0]).toMatchObject({ source: "src-3", dateText: "Wednesday", speaker: "Luc Martin" });
    expect(cites(told)[0]!.quote).toMatch(/^The bridges will reopen in January/);
    // "January" is inside Martin's quotation: his words, not a happening the article dates.
    expect(input.events.some((e) => cites(e).some((c) => c.dateText === "January"))).toBe(false);
  });

  it("marks every event as a draft with a confidence and the rule that made it", () => {
    expect(input.events.length).toBeGreaterThanOrEqual(5);
    for (const e of input.events) {
      expect(e.draft!.confidence).toBeGreaterThan(0);
      expect(e.draft!.confidence).toBeLessThanOrEqual(1);
      const hedged = (e.start as When | undefined)?.qualifier;
      expect(e.draft!.rule).toMatch(hedged ? /^no date in the text/ : e.start ? /^date \+ verb/ : /^after /);
    }
    const merged = byDate(input.events, "2025-12-02")[0]!;
    const single = byDate(input.events, "2025-11-14")[0]!;
    expect(merged.draft!.confidence).toBeGreaterThan(single.draft!.confidence);
  });

  it("produces input that normalizes without errors and keeps the draft marks", () => {
    const { timeline, diagnostics: found } = normalize(input);
    expect(found.filter((d) => d.severity === "error")).toEqual([]);
    expect(timeline.events).toHaveLength(input.events.length);
    expect(timeline.events.every((e) => e.draft && e.draft.confidence > 0)).toBe(true);
    // The weekday in "Tuesday (Dec 2)" agrees with the date: no weekday-mismatch or date-conflict.
    expect(found.map((d) => d.code)).not.toContain("weekday-mismatch");
    expect(found.map((d) => d.code)).not.toContain("date-conflict");
  });

  it("reports an article it cannot read, by its position, and drafts the others", () => {
    const result = draft([
      wire,
      {
        text: "Talks ended on Tuesday.",
        published: "someday",
      },
      { text: "No dates here at all.", published: "2025-12-03" },
    ]);
    expect(result.diagnostics).toEqual([
      {
        severity: "error",
        code: "invalid-published",
        path: "articles[1].published",
        message: expect.stringContaining("someday"),
      },
      { severity: "warning", code: "no-events", path: "articles[2]", message: expect.any(String) },
    ]);
    expect(result.input.sources!.map((s) => s.id)).toEqual(["src-1", "src-3"]);
  });

  it("takes one article, a publication span, and given ids; it leaves the caller's articles alone", () => {
    const one = {
      text: "The council voted on Tuesday to close the pool.",
      published: "2025-12-02/2025-12-03",
      id: "gazette",
    };
    const copy = structuredClone(one);
    const { input: single } = draft(one);
    expect(single.sources![0]).toMatchObject({ id: "gazette", published: "2025-12-02/2025-12-03" });
    expect(iso(single.events[0]!)).toBe("2025-12-02");
    expect(one).toEqual(copy);
  });
});

describe("draft places what happened 'after the talks' against the drafted talks", () => {
  const { input } = draft(articles);

  it("makes one event after the dated one from both articles, citing the words that place it", () => {
    const meeting = byDate(input.events, "2025-12-02")[0]!;
    const after = input.events.filter((e) => e.after);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      after: meeting.id,
      title: "“We are not there yet,” Swiss Environment Minister Anna Keller said after the signing",
    });
    expect(after[0]!.start).toBeUndefined();
    expect(cites(after[0]!)).toEqual([
      {
        source: "src-1",
        dateText: "after the signing",
        quote: "We are not there yet … The work goes on.",
        speaker: "Anna Keller",
      },
      { source: "src-2", dateText: "After the talks", quote: "a useful first step", speaker: "Anna Keller" },
    ]);
    expect(after[0]!.draft!.rule).toContain(`after ${meeting.id}`);
  });

  it("leaves out plans ('will brief … ahead of the signing') and what it cannot anchor", () => {
    expect(input.events.some((e) => e.before)).toBe(false);
    const lone = draft({ text: "After the talks, the mayor said nothing.", published: "2025-12-03" });
    expect(lone.input.events).toEqual([]);
  });

  it("normalizes, placing the event after its anchor", () => {
    const { timeline, diagnostics } = normalize(input);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const placed = timeline.events.find((e) => e.after)!;
    expect(placed.after).toBe(byDate(input.events, "2025-12-02")[0]!.id);
  });
});

describe("draft flags a date it doubts", () => {
  it("lowers the confidence and says what to check when the weekday contradicts the date", () => {
    const text = "The council voted on Tuesday (Dec 3) to close the pool. The mayor voted on Monday to keep it.";
    const { input } = draft({ text, published: "2025-12-04" });
    // Events come surest first: the doubted date ranks below the sure one.
    const [sure, doubted] = [input.events[0]!, input.events[1]!];
    expect(cites(doubted)[0]!.dateText).toBe("Tuesday (Dec 3)");
    expect(doubted.draft!.rule).toContain("check the date: weekday-mismatch");
    expect(doubted.draft!.confidence).toBeLessThan(sure.draft!.confidence);
    expect(sure.draft!.rule).not.toContain("check the date");
  });
});

describe("draft lists the people of an event", () => {
  it("names who the sentence names, not whose aide they are", () => {
    const text = "Minister Anna Keller's aide Tomas Brunner met the envoys on Tuesday.";
    const { input } = draft({ text, published: "2025-12-03" });
    expect(input.events[0]!.people).toEqual(["Tomas Brunner"]);
  });
});

describe("draft leaves out what dates no happening", () => {
  it("drops years counted from the publication, keeps years the text names", () => {
    const text =
      "It was her third visit this year, and she signed the accord on Tuesday. The first accord was signed in 1987.";
    const { input } = draft({ text, published: "2025-12-03" });
    expect(input.events.map((e) => cites(e)[0]!.dateText)).toEqual(["Tuesday", "1987"]);
  });
});

describe("normalize keeps the draft mark", () => {
  it("copies a valid mark and warns about an invalid one", () => {
    const { timeline, diagnostics } = normalize({
      sources: [{ id: "s", title: "S", published: "2025-12-03" }],
      events: [
        { title: "a", start: "2025-12-01", citations: ["s"], draft: { confidence: 0.5, rule: "r" } },
        { title: "b", start: "2025-12-02", citations: ["s"], draft: { confidence: 2 } },
      ],
    });
    expect(timeline.events.map((e) => e.draft)).toEqual([{ confidence: 0.5, rule: "r" }, undefined]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "invalid-field", path: "events[1].draft" })]);
  });
});

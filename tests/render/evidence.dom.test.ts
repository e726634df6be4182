// The evidence as a newsroom sets it: source line, quote and speaker, the
// date as written and as read, the editor's note apart, and which source
// gives which date when they disagree.
import { describe, expect, test } from "vitest";
import type { Citation, Source, TimelineEvent } from "../../src/data/types.js";
import { defaultLabels } from "../../src/options.js";
import { renderDetails } from "../../src/render/details.js";
import { citationItem, disagreement, quotesDisagree, weekdayNote } from "../../src/render/evidence.js";
import { day } from "./fixtures.js";

const sources = new Map<string, Source>([
  [
    "wire",
    {
      id: "wire",
      title: "Talks end without a deal",
      publisher: "Wire Service",
      url: "https://example.org/wire",
      published: day(2025, 12, 3),
    },
  ],
  ["daily", { id: "daily", title: "Envoys in Moscow", publisher: "The Daily", url: "javascript:alert(1)" }],
  ["blog", { id: "blog", title: "Live blog: the Kremlin meeting" }],
]);
const ctx = { doc: document, locale: "en-US", timeZone: "UTC", labels: defaultLabels, sources };
const event = (rest: Partial<TimelineEvent>): TimelineEvent => ({
  id: "e",
  title: "Kremlin meeting",
  start: day(2025, 12, 2),
  tags: [],
  people: [],
  citations: [],
  ...rest,
});

describe("quotesDisagree", () => {
  const q = (speaker: string, quote: string, source = "wire"): Citation => ({ source, speaker, quote });
  test("the same remark reported in different words disagrees", () => {
    expect(
      quotesDisagree([
        q("Ushakov", "The talks were very useful and constructive"),
        q("Ushakov", "The talks were useful", "daily"),
      ]),
    ).toBe(true);
  });
  test("two different remarks of one speaker do not", () => {
    expect(
      quotesDisagree([q("Putin", "We are ready to fight"), q("Putin", "Europe has no peace agenda", "daily")]),
    ).toBe(false);
  });
  test("an excerpt of the other quote, or the same words, do not", () => {
    expect(quotesDisagree([q("Putin", "very useful"), q("putin ", "The talks were very useful.", "daily")])).toBe(
      false,
    );
    expect(quotesDisagree([q("Putin", "Very useful!"), q("Putin", "very useful", "daily")])).toBe(false);
  });
  test("short quotes that share half their words disagree", () => {
    expect(quotesDisagree([q("Ushakov", "extremely useful"), q("Ushakov", "very useful", "daily")])).toBe(true);
    expect(quotesDisagree([q("Ushakov", "the talks were useful"), q("Ushakov", "the war goes on", "daily")])).toBe(
      false,
    );
  });
  test("different speakers never do", () => {
    expect(
      quotesDisagree([q("Putin", "The talks were very useful"), q("Peskov", "The talks were useful", "daily")]),
    ).toBe(false);
  });
});

describe("citationItem", () => {
  test("source line, linked title, quote with its speaker, date as written and as read, note apart", () => {
    const li = citationItem(
      {
        source: "wire",
        quote: "We made progress",
        speaker: "Yuri Ushakov",
        dateText: "on Tuesday",
        date: day(2025, 12, 2),
        note: "Says the talks lasted five hours.",
      },
      ctx,
    );
    expect(li.querySelector(".citeline-publisher")?.textContent).toBe("Wire Service");
    expect(li.querySelector(".citeline-published")?.textContent).toBe("December 3, 2025");
    expect(li.querySelector(".citeline-published")?.getAttribute("datetime")).toBe("2025-12-03");
    const a = li.querySelector(".citeline-source a") as HTMLAnchorElement;
    expect([a.textContent, a.href, a.rel]).toEqual([
      "Talks end without a deal",
      "https://example.org/wire",
      "noopener noreferrer",
    ]);
    expect(li.querySelector("figure > blockquote.citeline-quote")?.textContent).toBe("“We made progress”");
    expect(li.querySelector("figure > figcaption")?.textContent).toBe("— Yuri Ushakov");
    const dated = li.querySelector(".citeline-datetext")!;
    expect(dated.textContent).toBe("Dated: “on Tuesday” →  read as December 2, 2025");
    expect(dated.querySelector(".citeline-arrow")?.getAttribute("aria-hidden")).toBe("true");
    const note = li.querySelector(".citeline-editor-note")!;
    expect(note.textContent).toBe("Editor’s note: Says the talks lasted five hours.");
    // The note is not inside the quote: the source's words and the editor's stay apart.
    expect(li.querySelector("blockquote")?.contains(note)).toBe(false);
  });

  test("a publication date across midnight reads as the span it is", () => {
    const published = {
      iso: "2025-12-02/2025-12-03",
      precision: "day" as const,
      earliest: Date.UTC(2025, 11, 2),
      latest: Date.UTC(2025, 11, 4),
    };
    const li = citationItem(
      { source: "span" },
      { ...ctx, sources: new Map([["span", { id: "span", title: "Live report", published }]]) },
    );
    expect(li.querySelector(".citeline-published")?.textContent).toMatch(/^December 2\s–\s3, 2025$/);
    expect(li.querySelector(".citeline-published")?.hasAttribute("datetime")).toBe(false);
  });

  test("an unsafe source URL is no link; data text stays text", () => {
    const li = citationItem({ source: "daily", quote: "<b>bold</b>" }, ctx);
    expect(li.querySelector("a")).toBeNull();
    expect(li.querySelector("b")).toBeNull();
    expect(li.querySelector(".citeline-source")?.textContent).toBe("Envoys in Moscow");
  });

  test("a weekday the date does not fall on is named", () => {
    const c: Citation = { source: "blog", dateText: "Monday (Dec 2)", date: day(2025, 12, 2) };
    expect(weekdayNote(c, ctx)).toBe("December 2, 2025 was a Tuesday.");
    expect(citationItem(c, ctx).querySelector(".citeline-weekday")?.textContent).toBe(
      "December 2, 2025 was a Tuesday.",
    );
    expect(weekdayNote({ ...c, dateText: "Tuesday (Dec 2)" }, ctx)).toBeNull();
    expect(weekdayNote({ ...c, dateText: "Dec 2" }, ctx)).toBeNull();
  });
});

describe("disagreement", () => {
  const conflict = event({
    flags: ["date-conflict"],
    citations: [
      { source: "wire", dateText: "on Tuesday", date: day(2025, 12, 2) },
      { source: "daily", dateText: "Wednesday", date: day(2025, 12, 3) },
      { source: "blog" },
    ],
  });
  test("names each source and the date it gives", () => {
    const box = disagreement(conflict, ctx)!;
    expect(box.querySelector(".citeline-conflict-title")?.textContent).toBe("Sources disagree about the date.");
    const rows = [...box.querySelectorAll("li")].map((li) => li.textContent);
    expect(rows).toEqual([
      "Wire Service: Dated: “on Tuesday” →  read as December 2, 2025",
      "The Daily: Dated: “Wednesday” →  read as December 3, 2025",
    ]);
    expect(box.querySelector("svg.citeline-conflict-icon path")).not.toBeNull();
  });
  test("is absent without a conflict", () => expect(disagreement(event({}), ctx)).toBeNull());

  test("the panel shows it under the date, and the date line carries the mark", () => {
    const panel = document.createElement("section");
    renderDetails(panel, conflict, { ...ctx, sources, headingId: "h" });
    expect(panel.querySelector(".citeline-details-date .citeline-conflict-icon")).not.toBeNull();
    expect(panel.querySelectorAll(".citeline-conflict li")).toHaveLength(2);
    expect(panel.querySelectorAll("ol.citeline-citations > li")).toHaveLength(3);
  });
});

describe("renderDetails", () => {
  test("an uncited event says so quietly, with no list and no zero", () => {
    const panel = document.createElement("section");
    renderDetails(panel, event({}), { ...ctx, sources, headingId: "h" });
    expect(panel.querySelector(".citeline-nosource")?.textContent).toBe("No source cited");
    expect(panel.querySelector("ol")).toBeNull();
    expect(panel.textContent).not.toMatch(/\b0\b/);
  });
  test("media come before the evidence", () => {
    const panel = document.createElement("section");
    renderDetails(
      panel,
      event({
        media: [{ url: "https://example.org/a.jpg", kind: "image", alt: "A" }],
        citations: [{ source: "wire" }],
      }),
      { ...ctx, sources, headingId: "h" },
    );
    const img = panel.querySelector("img")!,
      list = panel.querySelector("ol")!;
    expect(img.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

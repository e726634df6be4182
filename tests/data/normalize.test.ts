import { describe, expect, it } from "vitest";
import { CitelineError } from "../../src/data/diagnostics.js";
import { isTimeline, normalize } from "../../src/data/normalize.js";
import type { TimelineInput } from "../../src/data/types.js";
import { codes, deepFreeze, find } from "./helpers.js";

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);

const talks = (): TimelineInput => ({
  title: "Talks",
  sources: [
    { id: "a", title: "Talks end without a deal", published: "2025-12-03" },
    { id: "b", title: "Envoys leave Moscow", published: "2025-12-03" },
  ],
  events: [
    {
      id: "meeting",
      title: "Kremlin meeting",
      citations: [
        { source: "a", dateText: "Tuesday (Dec 2)", quote: "no compromise", speaker: "Yuri Ushakov" },
        { source: "b", dateText: "on Tuesday evening" },
      ],
    },
    { id: "statement", title: "Kyiv statement", citations: [{ source: "a", dateText: "Monday (Dec 1)" }] },
  ],
});

describe("normalize: dates from citations", () => {
  it("resolves each citation's dateText against its source's published date, keeping day precision", () => {
    const { timeline, diagnostics } = normalize(talks());
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const meeting = timeline.events.find((e) => e.id === "meeting")!;
    expect(meeting.start.iso).toBe("2025-12-02");
    expect(meeting.start.precision).toBe("day");
    expect(meeting.start.earliest).toBe(day(2025, 12, 2));
    expect(meeting.start.latest).toBe(day(2025, 12, 3));
    expect(meeting.citations.map((c) => c.date?.iso)).toEqual(["2025-12-02", "2025-12-02"]);
    // Both agree on the day; the one that knows the part of day wins.
    expect(meeting.start.partOfDay).toBe("evening");
    expect(timeline.events.find((e) => e.id === "statement")!.start.iso).toBe("2025-12-01");
  });

  it("uses options.reference when a citing source has no published date", () => {
    const input: TimelineInput = {
      sources: [{ id: "s", title: "Undated wire" }],
      events: [{ title: "Vote", citations: [{ source: "s", dateText: "last Friday" }] }],
    };
    const { timeline } = normalize(input, { reference: "2025-12-03" });
    expect(timeline.events[0]!.start.iso).toBe("2025-11-28");
  });

  it("does not guess a relative date without any reference; the event is reported, not dropped silently", () => {
    const input: TimelineInput = {
      sources: [{ id: "s", title: "Undated wire" }],
      events: [{ title: "Vote", citations: [{ source: "s", dateText: "last Friday" }] }],
    };
    const { timeline, diagnostics } = normalize(input);
    expect(timeline.events).toEqual([]);
    expect(find(diagnostics, "unparsed-date-text")[0]?.path).toBe("events[0].citations[0].dateText");
    expect(find(diagnostics, "missing-date")[0]?.path).toBe("events[0].start");
  });

  it("reports a weekday that disagrees with the calendar date and trusts the date", () => {
    const input: TimelineInput = {
      sources: [{ id: "s", title: "Wire", published: "2025-12-03" }],
      events: [{ id: "x", title: "Meeting", citations: [{ source: "s", dateText: "Monday (Dec 2)" }] }],
    };
    const { timeline, diagnostics } = normalize(input);
    const mismatch = find(diagnostics, "weekday-mismatch");
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]!.path).toBe("events[0].citations[0].dateText");
    expect(timeline.events[0]!.start.iso).toBe("2025-12-02");
    expect(timeline.events[0]!.flags).toContain("weekday-mismatch");
  });

  it("raises date-conflict naming both dates when citations disagree, and keeps the majority date", () => {
    const input: TimelineInput = {
      sources: [
        { id: "a", title: "A", published: "2025-12-03" },
        { id: "b", title: "B", published: "2025-12-03" },
        { id: "c", title: "C", published: "2025-12-03" },
      ],
      events: [
        {
          id: "m",
          title: "Meeting",
          citations: [
            { source: "a", dateText: "Monday (Dec 1)" },
            { source: "b", dateText: "Tuesday (Dec 2)" },
            { source: "c", dateText: "on Tuesday" },
          ],
        },
      ],
    };
    const { timeline, diagnostics } = normalize(input);
    expect(timeline.events[0]!.start.iso).toBe("2025-12-02");
    const conflicts = find(diagnostics, "date-conflict");
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.path).toBe("events[0].citations[0].dateText");
    expect(conflicts[0]!.message).toContain("2025-12-01");
    expect(conflicts[0]!.message).toContain("2025-12-02");
    expect(timeline.events[0]!.flags).toEqual(["date-conflict"]);
  });

  it("checks citations against an explicit start", () => {
    const input: TimelineInput = {
      sources: [{ id: "a", title: "A", published: "2025-12-03" }],
      events: [{ id: "m", title: "Meeting", start: "2025-12-01", citations: [{ source: "a", dateText: "Tuesday (Dec 2)" }] }],
    };
    const { timeline, diagnostics } = normalize(input);
    expect(timeline.events[0]!.start.iso).toBe("2025-12-01");
    expect(find(diagnostics, "date-conflict")[0]?.message).toMatch(/2025-12-02.*2025-12-01/);
  });

  it("keeps precision as written", () => {
    const { timeline } = normalize({
      events: [
        { id: "m", title: "Month", start: "December 2025", citations: [] },
        { id: "y", title: "Year", start: "2025", citations: [] },
        { id: "i", title: "Iso month", start: "2025-12", citations: [] },
        { id: "t", title: "Time", start: "2025-12-02T18:00+03:00", citations: [] },
      ],
    });
    const by = Object.fromEntries(timeline.events.map((e) => [e.id, e.start]));
    expect(by["m"]).toMatchObject({ iso: "2025-12", precision: "month", earliest: day(2025, 12, 1), latest: day(2026, 1, 1) });
    expect(by["y"]).toMatchObject({ iso: "2025", precision: "year" });
    expect(by["i"]).toMatchObject({ iso: "2025-12", precision: "month" });
    expect(by["t"]).toMatchObject({ precision: "minute", earliest: Date.UTC(2025, 11, 2, 15, 0) });
  });
});

describe("normalize: ids and order", () => {
  it("keeps given ids and derives missing ones from date and title, independent of input order", () => {
    const events = [
      { title: "Second thing", start: "2025-12-02", citations: [] },
      { title: "First thing", start: "2025-12-01", citations: [] },
      { id: "given", title: "Given", start: "2025-12-03", citations: [] },
    ];
    const a = normalize({ events }).timeline.events.map((e) => e.id);
    const b = normalize({ events: [...events].reverse() }).timeline.events.map((e) => e.id);
    expect(a).toEqual(["2025-12-01-first-thing", "2025-12-02-second-thing", "given"]);
    expect(b).toEqual(a);
  });

  it("gives distinct ids to two different events with the same date and title", () => {
    const { timeline, diagnostics } = normalize({
      events: [
        { title: "Briefing", start: "2025-12-02", summary: "morning", citations: [] },
        { title: "Briefing", start: "2025-12-02", summary: "evening", citations: [] },
      ],
    });
    const ids = timeline.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(2);
    expect(find(diagnostics, "duplicate-event")).toHaveLength(1);
  });

  it("tells apart titles whose duplicate-check hashes are equal, and still finds the real twin", () => {
    // "mbfutgsj" and "kvykdzfy" hash alike on this date (found by search):
    // an equal hash is only a candidate, compared in full.
    const at = (title: string) => ({ title, start: "2025-12-02", citations: [] });
    const { diagnostics } = normalize({ events: [at("mbfutgsj"), at("kvykdzfy"), at("KVYKDZFY"), at("Mbfutgsj")] });
    expect(find(diagnostics, "duplicate-event").map((d) => d.path)).toEqual(["events[2]", "events[3]"]);
    expect(find(diagnostics, "duplicate-event").map((d) => d.message)).toEqual([expect.stringContaining("events[1]"), expect.stringContaining("events[0]")]);
  });

  it("finds every twin among 20,000 events, most of them on a handful of days", () => {
    const events = Array.from({ length: 20_000 }, (_, i) => ({ title: `Alert ${(i * 7_919) % 6_000}`, start: `2025-12-0${1 + (i % 5)}`, citations: [] }));
    const { diagnostics } = normalize({ events });
    const seen = new Set<string>();
    const expected = events.flatMap((e, i) => (seen.has(`${e.start}|${e.title}`) ? [`events[${i}]`] : (seen.add(`${e.start}|${e.title}`), [])));
    expect(expected.length).toBeGreaterThan(5_000);
    expect(find(diagnostics, "duplicate-event").map((d) => d.path)).toEqual(expected);
  });

  it("numbers identical events from 2, skipping numbers that given ids hold", () => {
    const same = { title: "Air raid alert", start: "2025-12-02", citations: [] };
    const { timeline } = normalize({
      events: [same, same, { ...same, id: "2025-12-02-air-raid-alert-3" }, same, same, { ...same, summary: "other" }, same],
    });
    const ids = timeline.events.map((e) => e.id).sort();
    const hashed = ids.filter((id) => !/-alert(-\d+)?$/.test(id));
    // The first keeps the plain id; the second (and "other") get a content hash; the rest count up past the given -3.
    expect(ids.filter((id) => /-alert(-\d+)?$/.test(id))).toEqual(["2025-12-02-air-raid-alert", "2025-12-02-air-raid-alert-2", "2025-12-02-air-raid-alert-3", "2025-12-02-air-raid-alert-4", "2025-12-02-air-raid-alert-5"]);
    expect(hashed).toHaveLength(2);
    expect(new Set(ids).size).toBe(7);
  });

  it("gives 5,000 identical events distinct ids in one pass (each number is probed once)", () => {
    const same = { title: "Air raid alert", start: "2025-12-02", citations: [] };
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with .call(this) below
    const has = Map.prototype.has;
    let probes = 0;
    Map.prototype.has = function (this: Map<unknown, unknown>, key: unknown) {
      probes++;
      return has.call(this, key);
    };
    try {
      const { timeline } = normalize({ events: Array.from({ length: 5_000 }, () => same) });
      expect(new Set(timeline.events.map((e) => e.id)).size).toBe(5_000);
      // Linear: a few lookups per event (probing from 2 each time made 12.5 million).
      expect(probes).toBeLessThan(5_000 * 10);
    } finally {
      Map.prototype.has = has;
    }
  });

  it("reports duplicate given ids as errors with a path and leaves the later event out", () => {
    const { timeline, diagnostics } = normalize({
      events: [
        { id: "x", title: "One", start: "2025-01-01", citations: [] },
        { id: "x", title: "Two", start: "2025-01-02", citations: [] },
      ],
    });
    expect(timeline.events.map((e) => e.title)).toEqual(["One"]);
    expect(find(diagnostics, "duplicate-id")[0]).toMatchObject({ severity: "error", path: "events[1].id" });
  });

  it("sorts by start, then end, then id", () => {
    const { timeline } = normalize({
      events: [
        { id: "c", title: "C", start: "2025-01-02", citations: [] },
        { id: "b", title: "B", start: "2025-01-01", end: "2025-01-05", citations: [] },
        { id: "a", title: "A", start: "2025-01-01", end: "2025-01-05", citations: [] },
        { id: "z", title: "Z", start: "2025-01-01", citations: [] },
      ],
    });
    expect(timeline.events.map((e) => e.id)).toEqual(["z", "a", "b", "c"]);
  });
});

describe("normalize: bad input is reported with a path, never lost", () => {
  it("names each problem with a precise path and a stable code", () => {
    const { timeline, diagnostics } = normalize({
      sources: [
        { id: "ok", title: "Fine", url: "https://example.org/a" },
        { id: "js", title: "Bad link", url: "javascript:alert(1)" },
        { id: "mail", title: "Mail", url: "mailto:desk@example.org" },
      ],
      events: [
        { title: "", start: "2025-01-01" },
        { title: "No date" },
        { title: "Bad date", start: "not a date at all" },
        { title: "Backwards", start: "2025-02-01", end: "2025-01-01" },
        { title: "Unknown source", start: "2025-03-01", citations: [{ source: "nope" }] },
        42,
        { title: "Typo", start: "2025-04-01", titel: "x", citations: ["ok"] },
      ] as unknown as TimelineInput["events"],
    });
    const at = (code: string): string[] => find(diagnostics, code).map((d) => d.path);
    expect(at("missing-title")).toEqual(["events[0].title"]);
    expect(at("missing-date")).toEqual(["events[1].start", "events[2].start"]);
    expect(at("invalid-date")).toEqual(["events[2].start"]);
    expect(at("end-before-start")).toEqual(["events[3].end"]);
    expect(at("unknown-source")).toEqual(["events[4].citations[0].source"]);
    expect(at("invalid-event")).toEqual(["events[5]"]);
    expect(at("unknown-field")).toEqual(["events[6].titel"]);
    expect(at("unsafe-url")).toEqual(["sources[1].url"]);
    expect(timeline.sources.map((s) => s.url)).toEqual(["https://example.org/a", undefined, "mailto:desk@example.org"]);
    expect(timeline.events.map((e) => e.title)).toEqual(["Unknown source", "Typo"]);
    expect(timeline.events[0]!.citations).toEqual([]);
    expect(find(diagnostics, "no-citations").map((d) => d.path)).toEqual(["events[4].citations"]);
  });

  it("names fields of the wrong type, list items and citations by their input position", () => {
    const { timeline, diagnostics } = normalize({
      sources: [{ id: "a", title: "A", publisher: ["x"], published: "2025-12-03" }],
      groups: [{ id: "g", label: {} }],
      events: [
        { title: { text: "x" }, headline: "Fallback", start: "2025-12-01", tags: ["ok", 3, {}, " "], summary: [], citations: ["a"] },
        // The first citation is dropped; the others keep their input positions in messages.
        { title: "Dated", start: "2025-12-01", citations: [{ source: "missing" }, { source: "a", dateText: "Tuesday" }, { source: "a", speaker: {} }] },
        { title: "Undated", citations: [{ source: "missing" }, { source: "a", dateText: "Tuesday" }, { source: "a", dateText: "Tuesday" }, { source: "a", dateText: "last month" }] },
      ],
    } as unknown as TimelineInput);
    const at = (code: string): string[] => find(diagnostics, code).map((d) => d.path);
    expect(at("invalid-field")).toEqual(["sources[0].publisher", "groups[0].label", "events[0].title", "events[0].summary", "events[0].tags[2]", "events[1].citations[2].speaker"]);
    expect(at("unknown-source")).toEqual(["events[1].citations[0].source", "events[2].citations[0].source"]);
    expect(at("date-conflict")).toEqual(["events[1].citations[1].dateText", "events[2].citations[3].dateText"]);
    expect(find(diagnostics, "date-conflict")[1]!.message).toContain("(events[2].citations[1]) gives 2025-12-02");
    const fallback = timeline.events.find((e) => e.title === "Fallback");
    expect(fallback?.tags).toEqual(["ok", "3"]);
    expect(timeline.events.find((e) => e.title === "Undated")?.flags).toEqual(["date-conflict"]);
  });

  it("rejects every unsafe URL scheme in any case and spacing", () => {
    const urls = ["JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>x</script>", "vbscript:msgbox", "ftp://example.org", "data:image/png;base64,AA"];
    const { timeline, diagnostics } = normalize({ sources: urls.map((url, i) => ({ id: `s${i}`, title: "t", url })), events: [] });
    expect(timeline.sources.every((s) => s.url === undefined)).toBe(true);
    expect(find(diagnostics, "unsafe-url")).toHaveLength(urls.length);
    expect(find(diagnostics, "unsafe-url").every((d) => d.severity === "warning")).toBe(true);
  });

  it("keeps relative and protocol-relative links, resolved against baseUrl when one is given", () => {
    const sources = [{ id: "a", title: "A", url: "docs/a.html" }, { id: "b", title: "B", url: "//example.org/b" }, { id: "c", title: "C", url: "/c" }];
    const plain = normalize({ sources, events: [] });
    expect(plain.timeline.sources.map((s) => s.url)).toEqual(["docs/a.html", "//example.org/b", "/c"]);
    expect(plain.diagnostics).toEqual([]);
    const based = normalize({ sources, events: [] }, { baseUrl: "https://news.example/t/data.json" });
    expect(based.timeline.sources.map((s) => s.url)).toEqual(["https://news.example/t/docs/a.html", "https://example.org/b", "https://news.example/c"]);
  });

  it("throws one CitelineError listing every error in strict mode", () => {
    const input = { events: [{ title: "" }, { title: "x", start: "nope" }] } as TimelineInput;
    let caught: unknown;
    try {
      normalize(input, { strict: true });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CitelineError);
    const error = caught as CitelineError;
    expect(codes(error.diagnostics.filter((d) => d.severity === "error"))).toEqual(["missing-title", "invalid-date", "missing-date"]);
    expect(error.message).toContain("events[1].start");
  });

  it("reports input that is not a timeline instead of throwing", () => {
    for (const input of [null, 3, "x", [], { events: "no" }]) {
      const { timeline, diagnostics } = normalize(input as unknown as TimelineInput);
      expect(timeline.events).toEqual([]);
      expect(codes(diagnostics)).toEqual(["invalid-input"]);
    }
  });

  it("throws at once on options of the wrong type (programmer errors)", () => {
    expect(() => normalize({ events: [] }, { timeZone: "Mars/Olympus" })).toThrow("invalid timeZone");
    expect(() => normalize({ events: [] }, { reference: "whenever" })).toThrow("invalid reference");
    expect(() => normalize({ events: [] }, { strict: "yes" as unknown as boolean })).toThrow("invalid strict");
  });

  it("warns about events nothing attests", () => {
    const { diagnostics } = normalize({ events: [{ title: "Rumour", start: "2025-01-01" }] });
    expect(find(diagnostics, "no-citations")).toMatchObject([{ severity: "warning", path: "events[0].citations" }]);
  });
});

describe("normalize: relations", () => {
  const base = (): TimelineInput => ({
    sources: [{ id: "s", title: "Wire", published: "2025-12-02/2025-12-03" }],
    events: [
      { id: "meeting", title: "Meeting", start: "2025-12-02", citations: ["s"] },
      { id: "readout", title: "Readout", after: "meeting", citations: ["s"] },
      { id: "remarks", title: "Remarks", before: "meeting", citations: ["s"] },
    ],
  });

  it("bounds an event known only to follow another by the anchor and the source's publication", () => {
    const { timeline, diagnostics } = normalize(base());
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const readout = timeline.events.find((e) => e.id === "readout")!;
    expect(readout.start.qualifier).toBe("after");
    expect(readout.start.earliest).toBe(day(2025, 12, 2));
    expect(readout.start.latest).toBe(day(2025, 12, 4));
    expect(readout.after).toBe("meeting");
    const remarks = timeline.events.find((e) => e.id === "remarks")!;
    expect(remarks.start.qualifier).toBe("before");
    expect(remarks.start.latest).toBe(day(2025, 12, 3));
    expect(remarks.start.earliest).toBeLessThan(day(2025, 12, 2));
  });

  it("resolves chains and reports unknown anchors and cycles as missing dates", () => {
    const input = base();
    input.events.push(
      { id: "later", title: "Later", after: "readout", citations: ["s"] },
      { id: "ghost", title: "Ghost", after: "nobody", citations: ["s"] },
      { id: "p", title: "P", after: "q", citations: ["s"] },
      { id: "q", title: "Q", after: "p", citations: ["s"] },
    );
    const { timeline, diagnostics } = normalize(input);
    expect(timeline.events.find((e) => e.id === "later")?.start.qualifier).toBe("after");
    expect(find(diagnostics, "missing-date").map((d) => d.path).sort()).toEqual(["events[4].after", "events[5].after", "events[6].after"]);
  });

  it("flags a dated event that lies on the wrong side of its anchor", () => {
    const input = base();
    input.events.push({ id: "early", title: "Early", start: "2025-11-01", after: "meeting", citations: ["s"] });
    const { diagnostics } = normalize(input);
    expect(find(diagnostics, "relation-conflict")[0]?.path).toBe("events[3].after");
  });
});

describe("normalize: ranges and durations", () => {
  it("computes the end of a clock-timed event from its duration", () => {
    const { timeline } = normalize({ events: [{ title: "Talks", start: "2025-12-02T17:00+03:00", duration: "PT5H", citations: [] }] });
    const e = timeline.events[0]!;
    expect(e.duration).toBe("PT5H");
    expect(e.end?.iso).toBe("2025-12-02T22:00+03:00");
    expect(e.end!.earliest - e.start.earliest).toBe(5 * 3_600_000);
  });

  it("keeps a duration without inventing an end when the start is only a day", () => {
    const { timeline } = normalize({ events: [{ title: "Talks", start: "2025-12-02", duration: "PT5H", citations: [] }] });
    expect(timeline.events[0]!.duration).toBe("PT5H");
    expect(timeline.events[0]!.end).toBeUndefined();
  });

  it("reports a duration it cannot read", () => {
    const { diagnostics } = normalize({ events: [{ title: "Talks", start: "2025-12-02", duration: "five hours", citations: [] }] });
    expect(find(diagnostics, "invalid-duration")[0]?.path).toBe("events[0].duration");
  });
});

describe("normalize: purity and fixed point", () => {
  it("never mutates the caller's input", () => {
    const input = deepFreeze(talks());
    const copy = JSON.parse(JSON.stringify(input));
    expect(() => normalize(input)).not.toThrow();
    expect(input).toEqual(copy);
  });

  it("is a fixed point: normalizing a normalized timeline changes nothing", () => {
    const input = talks();
    input.events.push({ id: "after", title: "After", after: "meeting", citations: ["a"] }, { title: "Range", start: "2025-12-02T17:00+03:00", duration: "PT5H", citations: [] });
    const once = normalize(input).timeline;
    expect(isTimeline(once)).toBe(true);
    const twice = normalize(once).timeline;
    expect(twice).toEqual(once);
  });

  it("adds groups that events name but the groups list lacks", () => {
    const { timeline } = normalize({ groups: ["Russia"], events: [{ title: "x", start: "2025", group: "Ukraine", citations: [] }] });
    expect(timeline.groups).toEqual([
      { id: "Russia", label: "Russia" },
      { id: "Ukraine", label: "Ukraine" },
    ]);
  });
});

describe("normalize: never reads the clock", () => {
  it("refuses a relative start without a reference instead of resolving it against today", () => {
    const { timeline, diagnostics } = normalize({ events: [{ title: "x", start: "last Friday", citations: [] }] });
    expect(timeline.events).toEqual([]);
    expect(find(diagnostics, "invalid-date")[0]).toMatchObject({ path: "events[0].start" });
    expect(find(diagnostics, "invalid-date")[0]!.message).toContain("relative");
    const withRef = normalize({ events: [{ title: "x", start: "last Friday", citations: [] }] }, { reference: "2025-12-03" });
    expect(withRef.timeline.events[0]!.start.iso).toBe("2025-11-28");
  });
});

describe("normalize: relational date text", () => {
  it("does not warn about 'after the meeting' when the event states the relation", () => {
    const input: TimelineInput = {
      sources: [{ id: "s", title: "Wire", published: "2025-12-03" }],
      events: [
        { id: "m", title: "Meeting", start: "2025-12-02", citations: ["s"] },
        { id: "r", title: "Readout", after: "m", citations: [{ source: "s", dateText: "After the meeting" }] },
        { id: "q", title: "Quote", start: "2025-12-02", citations: [{ source: "s", dateText: "after the meeting" }] },
      ],
    };
    const { diagnostics } = normalize(input);
    expect(find(diagnostics, "unparsed-date-text").map((d) => d.path)).toEqual(["events[2].citations[0].dateText"]);
  });

  it("does not warn about 'later' when the event's start is hedged after a date, and still warns on an exact start", () => {
    const input: TimelineInput = {
      sources: [{ id: "s", title: "Wire", published: "2025-12-03" }],
      events: [
        { id: "l", title: "Later", start: "after 2025-12-02", citations: [{ source: "s", dateText: "later" }] },
        { id: "e", title: "Exact", start: "2025-12-02", citations: [{ source: "s", dateText: "later" }] },
      ],
    };
    const { timeline, diagnostics } = normalize(input);
    expect(timeline.events.find((e) => e.id === "l")?.start.qualifier).toBe("after");
    expect(find(diagnostics, "unparsed-date-text").map((d) => d.path)).toEqual(["events[1].citations[0].dateText"]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWhen } from "../../src/data/dates/index.js";
import { compareEvents, isTimeline, normalize } from "../../src/data/normalize.js";
import type { TimelineInput } from "../../src/data/types.js";
import { runs } from "../runs.js";

// Errors that leave a whole event out; every other diagnostic keeps it.
const EXCLUDING = new Set(["invalid-event", "missing-title", "missing-date", "end-before-start", "duplicate-id"]);

const dateish = fc.oneof(
  fc.constantFrom("2025-12-02", "2025", "2025-12", "Dec 2", "Tuesday (Dec 2)", "last week", "the 1990s", "yesterday", "2025-12-02T18:00+03:00", "nope", ""),
  fc.integer({ min: -1e13, max: 1e13 }),
  fc.string({ maxLength: 20 }),
);
const citation = fc.oneof(
  fc.constantFrom("a", "b", "zz"),
  fc.record({ source: fc.constantFrom("a", "b", "zz"), dateText: dateish, quote: fc.string({ maxLength: 10 }) }, { requiredKeys: [] }),
  fc.anything({ maxDepth: 1 }),
);
const event = fc.oneof(
  fc.record(
    {
      id: fc.constantFrom("e1", "e2", "e3", "e4"),
      title: fc.oneof(fc.string({ maxLength: 12 }), fc.constant("Meeting")),
      start: dateish,
      end: dateish,
      after: fc.constantFrom("e1", "e2", "e9"),
      before: fc.constantFrom("e1", "e3"),
      duration: fc.constantFrom("PT5H", "P1D", "five hours"),
      group: fc.string({ maxLength: 6 }),
      tags: fc.anything({ maxDepth: 1 }),
      citations: fc.array(citation, { maxLength: 3 }),
    },
    { requiredKeys: [] },
  ),
  fc.anything({ maxDepth: 2 }),
);
const input = fc.record(
  {
    sources: fc.array(
      fc.oneof(
        fc.record({ id: fc.constantFrom("a", "b"), title: fc.string({ maxLength: 8 }), published: dateish, url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 12 })) }, { requiredKeys: [] }),
        fc.anything({ maxDepth: 1 }),
      ),
      { maxLength: 3 },
    ),
    events: fc.array(event, { maxLength: 8 }),
  },
  { requiredKeys: ["events"] },
);

describe("normalize (properties)", () => {
  it("never throws in non-strict mode and accounts for every input event", () => {
    fc.assert(
      fc.property(input, fc.option(fc.constantFrom("2025-12-03", "2025-12-02/2025-12-03"), { nil: undefined }), (raw, reference) => {
        const data = raw as unknown as TimelineInput;
        const { timeline, diagnostics } = normalize(data, reference ? { reference } : {});
        expect(isTimeline(timeline)).toBe(true);
        const excluded = new Set<number>();
        for (const d of diagnostics) {
          const m = /^events\[(\d+)\]/.exec(d.path);
          if (m && d.severity === "error" && EXCLUDING.has(d.code)) excluded.add(Number(m[1]));
        }
        expect(timeline.events.length + excluded.size).toBe(data.events.length);
        for (const e of timeline.events) {
          expect(isWhen(e.start)).toBe(true);
          if (e.end) expect(e.end.latest).toBeGreaterThan(e.start.earliest);
        }
        expect(new Set(timeline.events.map((e) => e.id)).size).toBe(timeline.events.length);
      }),
      { seed: 20251202, ...runs(400) },
    );
  });

  it("never throws on arbitrary values as the whole input", () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const { timeline } = normalize(raw as TimelineInput);
        expect(Array.isArray(timeline.events)).toBe(true);
      }),
      { seed: 7, ...runs(300) },
    );
  });

  it("keeps calendar dates as written, whatever the host time zone (run under several TZ)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const iso = `${y < 0 ? "-" : ""}${String(Math.abs(y)).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const { timeline } = normalize({ events: [{ title: "x", start: iso, citations: [] }] });
        const start = timeline.events[0]!.start;
        const expected = new Date(0);
        expected.setUTCFullYear(y, m - 1, d);
        expect(start.iso).toBe(iso);
        expect(start.precision).toBe("day");
        expect(start.earliest).toBe(expected.getTime());
        expect(start.latest - start.earliest).toBe(86_400_000);
      }),
      { seed: 42, ...runs(300) },
    );
  });

  it("flags an event as a duplicate exactly when an earlier kept one has its date and its title in any case", () => {
    // Case variants, letters whose lowercase is longer or ASCII (İ, the Kelvin sign), and near misses.
    const title = fc.constantFrom("Talks", "TALKS", "talks", "Talks ", "Talk", "İstanbul", "i̇stanbul", "\u212Aiev", "kiev", "Straße", "STRASSE", "Ünion", "ünion");
    const day = fc.constantFrom("2025-12-01", "2025-12-02", "2025-12");
    fc.assert(
      fc.property(fc.array(fc.tuple(title, day), { maxLength: 40 }), (rows) => {
        const { diagnostics } = normalize({ events: rows.map(([t, d], i) => ({ id: `e${i}`, title: t, start: d, citations: [] })) });
        const seen = new Set<string>(), expected: string[] = [];
        rows.forEach(([t, d], i) => {
          const key = `${d}|${t.trim().toLowerCase()}`;
          if (seen.has(key)) expected.push(`events[${i}]`);
          else seen.add(key);
        });
        expect(diagnostics.filter((x) => x.code === "duplicate-event").map((x) => x.path)).toEqual(expected);
      }),
      runs(200),
    );
  });

  it("sorts like compareEvents, from deep time to the second, with and without ends", () => {
    // Years past ±142,000 put the bounds beyond 2^52 ms (off the sort's
    // grid); seconds, days and centuries make grids of every size.
    const when = fc.oneof(
      fc.integer({ min: -270_000, max: 270_000 }).map((y) => (y < 0 ? "-" : "+") + String(Math.abs(y)).padStart(6, "0")),
      fc.integer({ min: 0, max: 5_000 }).map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10)),
      fc.integer({ min: 0, max: 2e8 }).map((s) => new Date(Date.UTC(2025, 0, 1) + s * 1000).toISOString().slice(0, 19) + "Z"),
      fc.constantFrom("19", "199", "2025-Q3", "2025-W48", "2025-SU"),
    );
    const row = fc.record({ id: fc.constantFrom("a", "b", "c", "d", "e", "f", "g"), title: fc.constantFrom("x", "y"), start: when, end: fc.option(when, { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const { timeline } = normalize({ events: rows.map(({ end, ...r }, i) => ({ ...r, ...(end ? { end } : {}), id: `${r.id}${i % 3}`, citations: [] })) });
        expect(timeline.events.map((e) => e.id)).toEqual([...timeline.events].sort(compareEvents).map((e) => e.id));
      }),
      runs(300),
    );
  });
});

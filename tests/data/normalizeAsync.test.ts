import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CitelineError } from "../../src/data/diagnostics.js";
import { normalize } from "../../src/data/normalize.js";
import { normalizeAsync } from "../../src/data/normalizeAsync.js";
import type { TimelineInput } from "../../src/data/types.js";
import { runs } from "../runs.js";

const showcase = JSON.parse(
  readFileSync(new URL("../../data/kremlin-talks-2025.json", import.meta.url), "utf8"),
) as TimelineInput;

/**
 * Several chunks of events (the async path pauses every 500) with what
 * crosses them: relative dates resolved against sources, duplicate ids
 * and twins far apart, relations to events in other chunks, ranges, lanes
 * named in two cases, and events left out.
 */
function many(n: number): TimelineInput {
  const sources = [
    { id: "wire", title: "Wire", published: "2025-12-03" },
    { id: "paper", title: "Paper", published: "2025-12-02/2025-12-03" },
  ];
  const events: unknown[] = [];
  const dayOf = (i: number) => `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
  for (let i = 0; i < n; i++) {
    const day = dayOf(i);
    if (i % 97 === 0) events.push({ title: `Follow-up ${i}`, after: `e${(i + 700) % n}`, citations: ["wire"] });
    else if (i % 89 === 0) events.push({ id: `e${i - 600}`, title: "Clash", start: day });
    else if (i % 83 === 0) events.push({ title: `event ${i - 1}`, start: dayOf(i - 1), citations: [{ source: "wire" }] });
    else if (i % 61 === 0) events.push({ title: `Told ${i}`, citations: [{ source: "paper", dateText: "Tuesday" }] });
    else if (i % 59 === 0) events.push("not an event");
    else
      events.push({
        id: i % 5 ? `e${i}` : undefined,
        title: `Event ${i}`,
        start: day,
        ...(i % 3 === 0 ? { end: `${day.slice(0, 8)}28` } : {}),
        group: i % 2 ? "Talks" : "talks",
        citations: [{ source: i % 2 ? "wire" : "paper", dateText: i % 7 ? undefined : "last week" }],
      });
  }
  return { title: "Many", sources, events } as TimelineInput;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("normalizeAsync", () => {
  it("gives the showcase the timeline and diagnostics normalize gives", async () => {
    expect(await normalizeAsync(showcase)).toEqual(normalize(showcase));
  });

  it("gives the same result over many chunks, with options", async () => {
    const input = many(3_000);
    const options = { reference: "2025-12-03", timeZone: "Europe/Moscow", baseUrl: "https://example.org/data/" };
    const sync = normalize(input, options);
    expect(sync.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(["duplicate-id", "duplicate-event", "invalid-event"]),
    );
    expect(await normalizeAsync(input, options)).toEqual(sync);
  });

  it("lets other tasks run between its steps once a step's time is up", async () => {
    // A clock that moves 10 ms at each reading: every step is over its time.
    let now = 0;
    vi.spyOn(performance, "now").mockImplementation(() => (now += 10));
    const input = many(2_000);
    let ran = false;
    setTimeout(() => (ran = true), 0);
    const result = await normalizeAsync(input);
    expect(ran).toBe(true);
    vi.restoreAllMocks();
    expect(result).toEqual(normalize(input));
  });

  it("finishes small input without waiting for another task", async () => {
    let ran = false;
    setTimeout(() => (ran = true), 0);
    vi.spyOn(performance, "now").mockReturnValue(0);
    await normalizeAsync(showcase);
    expect(ran).toBe(false);
  });

  it("rejects what normalize throws: bad options, and errors in strict mode", async () => {
    await expect(normalizeAsync(showcase, { timeZone: "Mars/Olympus" })).rejects.toThrow(TypeError);
    await expect(normalizeAsync(showcase, { timeZone: "Mars/Olympus" })).rejects.toThrow("invalid timeZone");
    const bad = { events: [{ title: "No date" }] } as TimelineInput;
    expect(() => normalize(bad, { strict: true })).toThrow(CitelineError);
    await expect(normalizeAsync(bad, { strict: true })).rejects.toThrow(CitelineError);
  });

  it("matches normalize on arbitrary input", async () => {
    const dateish = fc.oneof(
      fc.constantFrom("2025-12-02", "2025", "Dec 2", "Tuesday (Dec 2)", "last week", "nope"),
      fc.integer({ min: -1e13, max: 1e13 }),
    );
    const event = fc.oneof(
      fc.record(
        {
          id: fc.constantFrom("e1", "e2", "e3"),
          title: fc.oneof(fc.string({ maxLength: 8 }), fc.constant("Meeting")),
          start: dateish,
          end: dateish,
          after: fc.constantFrom("e1", "e2", "e9"),
          group: fc.constantFrom("A", "a", "B"),
          citations: fc.array(fc.record({ source: fc.constantFrom("s", "zz"), dateText: dateish }), { maxLength: 2 }),
        },
        { requiredKeys: [] },
      ),
      fc.anything({ maxDepth: 1 }),
    );
    const input = fc.record({
      sources: fc.constant([{ id: "s", title: "S", published: "2025-12-03" }]),
      events: fc.array(event, { maxLength: 12 }),
    });
    await fc.assert(
      fc.asyncProperty(input, async (raw) => {
        const data = raw as unknown as TimelineInput;
        expect(await normalizeAsync(data)).toEqual(normalize(data));
      }),
      { seed: 20251208, ...runs(150) },
    );
  });
});

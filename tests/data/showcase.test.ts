import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalize } from "../../src/data/normalize.js";
import type { TimelineInput } from "../../src/data/types.js";

const input = JSON.parse(readFileSync(new URL("../../data/kremlin-talks-2025.json", import.meta.url), "utf8")) as TimelineInput;

describe("the showcase dataset (data/kremlin-talks-2025.json)", () => {
  const { timeline, diagnostics } = normalize(input);

  it("normalizes without errors", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(timeline.events.length).toBe(input.events.length);
  });

  it("dates the Kremlin meeting to Tuesday 2025-12-02 (day), cited by all five articles", () => {
    const meeting = timeline.events.find((e) => e.id === "kremlin-meeting")!;
    expect(meeting.start).toMatchObject({ iso: "2025-12-02", precision: "day", earliest: Date.UTC(2025, 11, 2) });
    expect(new Set(meeting.citations.map((c) => c.source)).size).toBe(5);
    expect(new Set(meeting.citations.map((c) => c.source))).toEqual(new Set(timeline.sources.map((s) => s.id)));
  });

  it("dates Zelensky's statement to Monday 2025-12-01 (day)", () => {
    const statement = timeline.events.find((e) => e.id === "zelensky-statement")!;
    expect(statement.start).toMatchObject({ iso: "2025-12-01", precision: "day" });
  });

  it("keeps quotations short and attributed", () => {
    for (const event of timeline.events) {
      for (const c of event.citations) {
        if (c.quote === undefined) continue;
        expect(c.quote.split(/\s+/).length, c.quote).toBeLessThan(25);
        expect(c.speaker, `speaker of "${c.quote}"`).toBeTruthy();
      }
    }
  });

  it("puts events that happened before the meeting before it", () => {
    const ids = timeline.events.map((e) => e.id);
    expect(ids.indexOf("zelensky-statement")).toBeLessThan(ids.indexOf("kremlin-meeting"));
    expect(ids.indexOf("kremlin-meeting")).toBeLessThan(ids.indexOf("ushakov-readout"));
  });
});

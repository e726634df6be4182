import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../../src/cli.js";

const dir = mkdtempSync(join(tmpdir(), "citeline-export-"));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("citeline export --timelinejs", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes a sheet back as TimelineJS JSON, BCE years in TimelineJS's count", () => {
    const csv = file("valley.csv", "Year,Headline,Media,Media Credit\n-3500,First settlers,img/a.jpg,Museum\n1851,The mill,,\n");
    const out = join(dir, "valley.json");
    vi.spyOn(process.stderr, "write").mockReturnValue(true);
    const stdout = vi.spyOn(process.stdout, "write").mockReturnValue(true);
    expect(main(["export", "--timelinejs", csv, "-o", out])).toBe(0);
    expect(stdout.mock.calls.join("")).toContain(`wrote ${out}`);
    const doc = JSON.parse(readFileSync(out, "utf8")) as { events: { start_date: unknown; media?: unknown }[] };
    expect(doc.events.map((e) => e.start_date)).toEqual([{ year: -3500 }, { year: 1851 }]);
    expect(doc.events[0]?.media).toEqual({ url: "img/a.jpg", credit: "Museum" });
  });

  it("writes to stdout without -o, and refuses data with errors or a missing format", () => {
    const json = file("t.json", JSON.stringify({ events: [{ start_date: { year: 2025 }, text: { headline: "A" } }] }));
    vi.spyOn(process.stderr, "write").mockReturnValue(true);
    const stdout = vi.spyOn(process.stdout, "write").mockReturnValue(true);
    expect(main(["export", "--timelinejs", json])).toBe(0);
    expect(JSON.parse(stdout.mock.calls.map((c) => c[0]).join(""))).toMatchObject({ events: [{ start_date: { year: 2025 }, text: { headline: "A" } }] });
    const bad = file("bad.json", JSON.stringify({ events: [{ text: { headline: "no date" } }] }));
    expect(main(["export", "--timelinejs", bad])).toBe(1);
    expect(main(["export", json])).toBe(2);
  });
});

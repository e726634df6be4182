// `citeline validate` on an imported file: normalize's diagnostics name the
// CSV row the author can find, as the importer's own do, not events[i].
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { validate } from "../../src/cli/commands.js";

const dir = mkdtempSync(join(tmpdir(), "citeline-validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Runs `citeline validate <file> --json` in process; its exit code and parsed report. */
function validateJson(file: string): {
  code: number;
  report: { diagnostics: { code: string; path: string; message: string }[] };
} {
  let printed = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  });
  const code = validate(parseArgs([file, "--json"], { json: "switch" }));
  return { code, report: JSON.parse(printed) as { diagnostics: { code: string; path: string; message: string }[] } };
}

describe("citeline validate on a CSV", () => {
  it("names the rows of problems only normalize finds (an event entered twice)", () => {
    const file = join(dir, "sheet.csv");
    // The TimelineJS sheet layout: the header is rows[1]. Rows 3 and 4 are one event entered twice,
    // which the importer cannot see and normalize reports.
    writeFileSync(
      file,
      [
        "Year,Month,Day,Headline,Text",
        "2025,12,2,Talks open,The talks began",
        "2025,12,3,Talks close,The talks ended",
        "2025,12,3,Talks close,Entered twice",
      ].join("\n"),
    );
    const { code, report } = validateJson(file);
    expect(code).toBe(0);
    const twin = report.diagnostics.find((d) => d.code === "duplicate-event");
    expect(twin?.path).toBe("rows[4]");
    expect(twin?.message).toContain("rows[3]");
    expect(report.diagnostics.filter((d) => d.code === "no-citations").map((d) => d.path)).toEqual([
      "rows[2]",
      "rows[3]",
      "rows[4]",
    ]);
  });
});

// Issue 23 item 8: a diagnostic about the input as a whole names it "$" (as
// the TimelineJS importer does), not "", which printed as ": invalid-input: …".
import { expect, it } from "vitest";
import { normalize } from "../../src/data/normalize.js";
import type { TimelineInput } from "../../src/data/types.js";

it("names the whole input $ and a wrong events field by its name", () => {
  for (const input of [[1, 2, 3], "x", null, 5]) {
    const { diagnostics } = normalize(input as unknown as TimelineInput);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: "error", code: "invalid-input", path: "$" })]);
  }
  expect(normalize({ events: 5 } as unknown as TimelineInput).diagnostics[0]?.path).toBe("events");
});

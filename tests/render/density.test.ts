import fc from "fast-check";
import { expect, test } from "vitest";
import { densityPath } from "../../src/render/density.js";

/** The strip as its definition reads: for each non-empty bin, a 2.4 px bar from y down, 1.5 + 6 * log(1 + n) / log(1 + max) tall, at 0.1 px. */
function plain(counts: Uint32Array, x0: number, y: number): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  const max = Math.max(1, ...counts);
  return [...counts]
    .map((n, k) => (n ? `M${r(x0 + k * 3)},${r(y)}h2.4v${r(1.5 + (Math.log1p(n) / Math.log1p(max)) * 6)}h-2.4Z` : ""))
    .join("");
}

test("densityPath: one bar per non-empty bin, 1.5 px for one mark up to 7.5 px for the fullest bin", () => {
  expect(densityPath(Uint32Array.of(0, 1, 3), 160, 41)).toBe("M163,41h2.4v4.5h-2.4ZM166,41h2.4v7.5h-2.4Z");
  expect(densityPath(Uint32Array.of(1, 1), 10, 5.04)).toBe("M10,5h2.4v7.5h-2.4ZM13,5h2.4v7.5h-2.4Z");
  expect(densityPath(new Uint32Array(4), 0, 0)).toBe("");
});

test("densityPath: the cached pieces write what the plain formula writes, for any counts, edge and baseline", () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 100_000 })), {
        maxLength: 400,
      }),
      fc.double({ min: 0, max: 400, noNaN: true }),
      fc.double({ min: -50, max: 2000, noNaN: true }),
      (counts, x0, y) => {
        const c = Uint32Array.from(counts);
        expect(densityPath(c, x0, y)).toBe(plain(c, x0, y));
        // Again, from the cache.
        expect(densityPath(c, x0, y)).toBe(plain(c, x0, y));
      },
    ),
  );
});

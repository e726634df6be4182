import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { sortedIndices } from "../../src/data/order.js";

/** The order `sortedIndices` promises, by the plain comparator sort. */
function reference(keys: Float64Array[], n: number, tie?: (i: number, j: number) => number): number[] {
  const rank = (v: number): number => (Number.isNaN(v) ? 1 : 0);
  return Array.from({ length: n }, (_, i) => i).sort((i, j) => {
    for (const k of keys) {
      const a = k[i]!, b = k[j]!;
      if (rank(a) !== rank(b)) return rank(a) - rank(b);
      if (a < b) return -1;
      if (a > b) return 1;
    }
    return (tie ? tie(i, j) : 0) || i - j;
  });
}

// Values that stress the comparison: signs, zeros of both signs, NaN,
// infinities, subnormals, dates in ms and near-equal values.
const special = fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1.7e12, 1.7e12 + 1, -1.7e12, 86_400_000, 1, -1, 2 ** 53, 0.5);
const value = fc.oneof(special, fc.double(), fc.integer({ min: -5, max: 5 }).map((d) => Date.UTC(2025, 0, 1) + d * 86_400_000));

describe("sortedIndices", () => {
  test("orders like the comparator sort, NaN of either sign last", () => {
    for (const n of [0, 1, 7, 5000]) {
      const a = new Float64Array(n), b = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        a[i] = [NaN, -0, 0, -1e300, 1e300, 3.5, -2][i % 7]! * (i % 11 ? 1 : -1) + (i % 13 === 0 ? i : 0);
        b[i] = (i * 7919) % 17;
      }
      // A NaN with its sign bit set, which a plain bit order puts first.
      if (n > 5) new Uint32Array(a.buffer)[2 * 5 + 1] = 0xfff80000;
      const tie = (i: number, j: number): number => (i % 3) - (j % 3);
      expect(Array.from(sortedIndices([a, b], n, tie))).toEqual(reference([a, b], n, tie));
      expect(Array.from(sortedIndices([a], n))).toEqual(reference([a], n));
    }
  });

  test("property: any keys, one or two of them, with and without a tie-break", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value, fc.integer({ min: 0, max: 3 })), { maxLength: 60 }), fc.boolean(), fc.boolean(), (some, useTie, large) => {
        // Repeated, the same values make long runs of ties.
        const rows = large && some.length ? Array.from({ length: 3000 }, (_, i) => some[i % some.length]!) : some;
        const n = rows.length;
        const a = Float64Array.from(rows, (r) => r[0]), b = Float64Array.from(rows, (r) => r[1]);
        const tie = useTie ? (i: number, j: number) => rows[j]![2] - rows[i]![2] : undefined;
        expect(Array.from(sortedIndices([a, b], n, tie))).toEqual(reference([a, b], n, tie));
      }),
      { numRuns: 40 },
    );
  });

  test("a large input sorted by dates and a tie-break agrees with the comparator sort", () => {
    const n = 20_000;
    const day = new Float64Array(n), end = new Float64Array(n);
    const ids = Array.from({ length: n }, (_, i) => `e${(i * 2_654_435_761) % 100_003}`);
    for (let i = 0; i < n; i++) {
      day[i] = Date.UTC(2024, 0, 1 + ((i * 48_271) % 731));
      end[i] = day[i]! + 86_400_000 * (1 + (i % 3));
    }
    const byId = (i: number, j: number): number => (ids[i]! < ids[j]! ? -1 : ids[i]! > ids[j]! ? 1 : 0);
    expect(Array.from(sortedIndices([day, end], n, byId))).toEqual(reference([day, end], n, byId));
  });

  test("keys whose ranks do not fit one double are ordered by the comparator within ties", () => {
    // 20,000 elements and three keys of 1,000 distinct values (the second
    // and third follow the first) fill 2e13 of the 2^53; a fourth key of
    // 1,000 values cannot be packed, and decides the runs the first leaves.
    const n = 20_000;
    const first = Float64Array.from({ length: n }, (_, i) => (i * 7_919) % 1_000);
    const keys = [first, first.map((v) => -2 * v), first.map((v) => v * 3 + 0.5), Float64Array.from({ length: n }, (_, i) => (i % 97 === 0 ? NaN : ((i * 2_654_435_761) % 1_000_003) % 1_000))];
    const tie = (i: number, j: number): number => (j % 5) - (i % 5);
    expect(Array.from(sortedIndices(keys, n, tie))).toEqual(reference(keys, n, tie));
    expect(Array.from(sortedIndices(keys, n))).toEqual(reference(keys, n));
  });

  test("property: integer keys on a grid (dates), with NaN, -0 and negatives, rank by their step", () => {
    const grid = fc.tuple(fc.integer({ min: -3_000, max: 3_000 }), fc.constantFrom(1, 1000, 3_600_000, 86_400_000), fc.integer({ min: -2e12, max: 2e12 }));
    const cell = fc.oneof({ weight: 8, arbitrary: grid.map(([k, step, base]) => base - (base % step) + k * step) }, fc.constantFrom(NaN, -0, 0));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 80 }), fc.boolean(), (rows, large) => {
        // Repeated many times, a sparse grid becomes dense enough to be used.
        const all = large && rows.length ? Array.from({ length: 4000 }, (_, i) => rows[i % rows.length]!) : rows;
        const a = Float64Array.from(all, (r) => r[0]), b = Float64Array.from(all, (r) => r[1]);
        const tie = (i: number, j: number): number => (j % 4) - (i % 4);
        expect(Array.from(sortedIndices([a, b], all.length, tie))).toEqual(reference([a, b], all.length, tie));
      }),
      { numRuns: 60 },
    );
  });

  test("keys that leave the grid or do not fit beside the others are ordered by the comparator within ties", () => {
    // Whole seconds ~1e9 grid points apart on each key: two fit with the
    // index in a double, the third decides their ties by comparison.
    const n = 5000;
    const sec = (i: number, salt: number): number => 1e12 + (((i * salt) % 999_983) * 997) * 1000;
    const keys = [0, 1, 2].map((k) => Float64Array.from({ length: n }, (_, i) => (i % 10 === k ? NaN : sec(i, [7_919, 104_729, 1_299_709][k]!))));
    keys[1]![3] = keys[1]![4]!; // a tie on the first two keys for the third to break
    keys[0]![3] = keys[0]![4]!;
    expect(Array.from(sortedIndices(keys, n))).toEqual(reference(keys, n));
    // A fraction takes its key, and every key after it, off the grid.
    const fractional = keys.map((k, j) => (j === 1 ? k.map((v, i) => (i === 7 ? v + 0.5 : v)) : k));
    expect(Array.from(sortedIndices(fractional, n))).toEqual(reference(fractional, n));
  });
});

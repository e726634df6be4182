import fc from "fast-check";
import { expect, test } from "vitest";
import type { Cluster } from "../../src/layout/labels.js";
import { clearNames } from "../../src/layout/visible.js";

/** A cluster of `count` events whose first mark (and pill) is at screen x, with members' marks up to x + 20. */
const pill = (lane: number, x: number, count = 3): Cluster => ({
  key: `${lane}:${x}`,
  lane,
  x,
  w: 38,
  x0: x,
  x1: x + 20,
  t0: x * 1000,
  t1: (x + 20) * 1000,
  count,
  first: x,
  last: x + 20,
  ids: [x, x + 20],
});
const left = (c: Cluster) => c.first;

test("pills under a lane's name become one pill right after it, counting all their events", () => {
  const names = [90, -Infinity];
  const out = clearNames([pill(0, 20, 4), pill(0, 70, 5), pill(0, 160), pill(1, 20)], left, (l) => names[l]!, 6, 6);
  expect(out.map((c) => [c.lane, c.count, c.at])).toEqual([
    [0, 9, 96],
    [0, 3, undefined],
    [1, 3, undefined],
  ]);
  // The merged pill spans both clusters' times (a click zooms into all of them) and has a key of its own.
  expect([out[0]!.t0, out[0]!.t1, out[0]!.last]).toEqual([20_000, 90_000, 90]);
  expect(out[0]!.key).not.toBe("0:20");
});

test("pills out of view stay out of the count beside the name", () => {
  const out = clearNames([pill(0, -80, 7), pill(0, 40, 2)], left, () => 90, 6, 6);
  expect(out.map((c) => [c.count, c.at])).toEqual([
    [7, undefined],
    [2, 96],
  ]);
});

test("a pill the moved one would overlap joins it; one just clear of it stays", () => {
  const out = clearNames([pill(0, 10), pill(0, 130), pill(0, 136)], left, () => 90, 6, 6);
  // The moved pill is [96, 134); a pill at 130 overlaps it and joins; then [96, 134) + 6 still reaches 136.
  expect(out.map((c) => c.count)).toEqual([9]);
  const apart = clearNames([pill(0, 10), pill(0, 141)], left, () => 90, 6, 6);
  expect(apart.map((c) => [c.count, c.at])).toEqual([
    [3, 96],
    [3, undefined],
  ]);
});

test("only moved pills change; none is lost; none starts under a name or overlaps another", () => {
  const lanes = fc.array(fc.array(fc.integer({ min: -100, max: 1200 }), { maxLength: 12 }), {
    minLength: 1,
    maxLength: 4,
  });
  fc.assert(
    fc.property(lanes, fc.array(fc.integer({ min: 16, max: 160 }), { minLength: 4, maxLength: 4 }), (xs, ends) => {
      // Each lane's pills in mark order, at least a pill and a gap apart, as the layout produces them.
      const clusters = xs.flatMap((lane, l) =>
        [...new Set(lane)]
          .sort((a, b) => a - b)
          .filter((x, k, a) => k === 0 || x - a[k - 1]! >= 44)
          .map((x) => pill(l, x)),
      );
      const out = clearNames(clusters, left, (l) => ends[l]!, 6, 6);
      expect(out.reduce((n, c) => n + c.count, 0)).toBe(clusters.reduce((n, c) => n + c.count, 0));
      // Out of view (ending before the clip at 6) a pill is left alone; in view none starts under the name.
      for (const c of out)
        if ((c.at ?? left(c)) + c.w > 6) expect(c.at ?? left(c)).toBeGreaterThanOrEqual(ends[c.lane]! + 6);
      for (const c of out) if (c.at === undefined) expect(clusters).toContain(c);
      // Drawn pills of a lane still keep a pill and a gap apart.
      const drawn = out.map((c) => [c.lane, c.at ?? left(c)] as const);
      for (let k = 1; k < drawn.length; k++)
        if (drawn[k]![0] === drawn[k - 1]![0]) expect(drawn[k]![1] - drawn[k - 1]![1]).toBeGreaterThanOrEqual(44);
    }),
  );
});

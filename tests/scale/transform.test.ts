// The zoom transform's math: anchors stay put, limits hold, and the scale it
// produces matches d3's (d3-scale and d3-zoom are devDependencies of the
// benchmark, so the reference is the real thing).
import { scaleUtc } from "d3-scale";
import { zoomIdentity as d3Identity } from "d3-zoom";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { constrain, rescaleX, transformFor, zoomAt, zoomIdentity } from "../../src/scale/transform.js";
import { timeScale } from "../../src/scale/time.js";

const limits = { range: [40, 1160] as const, maxK: 1000 };
const x0 = timeScale([Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1)], [40, 1160]);

describe("zoomAt", () => {
  test("what is under the pointer stays under it", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 40, max: 1160, noNaN: true }),
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        (px, factor) => {
          const t = zoomAt(zoomAt(zoomIdentity, 4, 600, limits), factor, px, limits);
          const before = +rescaleX(x0, zoomAt(zoomIdentity, 4, 600, limits)).invert(px);
          // Unless a limit moved the view, the instant under px is the same.
          if (t.k > 1 && t.k < limits.maxK && t.x < 40 - t.k * 40 && t.x > 1160 - t.k * 1160) {
            expect(Math.abs(+rescaleX(x0, t).invert(px) - before)).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });

  test("the factor is held to [1, maxK] and the view to the data's range", () => {
    expect(zoomAt(zoomIdentity, 0.5, 300, limits)).toEqual({ k: 1, x: 0 });
    expect(zoomAt(zoomIdentity, 1e9, 300, limits).k).toBe(1000);
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1200, noNaN: true }),
        (f, x, px) => {
          const t = zoomAt({ k: 3, x }, f, px, limits);
          const [a, b] = rescaleX(x0, t).domain().map(Number);
          expect(t.k).toBeGreaterThanOrEqual(1);
          expect(t.k).toBeLessThanOrEqual(1000);
          expect(a).toBeGreaterThanOrEqual(+x0.domain()[0] - 1);
          expect(b).toBeLessThanOrEqual(+x0.domain()[1] + 1);
        },
      ),
    );
  });
});

describe("constrain", () => {
  test("a pan past either end stops at it", () => {
    expect(constrain({ k: 2, x: 500 }, limits)).toEqual({ k: 2, x: -40 });
    expect(constrain({ k: 2, x: -5000 }, limits)).toEqual({ k: 2, x: -1160 });
    expect(constrain({ k: 2, x: -600 }, limits)).toEqual({ k: 2, x: -600 });
  });

  test("non-finite input becomes the full view, never NaN", () => {
    expect(constrain({ k: NaN, x: NaN }, limits)).toEqual({ k: 1, x: 0 });
    expect(constrain({ k: Infinity, x: 0 }, limits).k).toBe(1);
  });
});

describe("rescaleX", () => {
  test("agrees with d3-zoom's rescaleX on d3's own UTC scale", () => {
    const d3x = scaleUtc().domain(x0.domain()).range(x0.range());
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.double({ min: -5e5, max: 0, noNaN: true }),
        (k, x) => {
          const ours = rescaleX(x0, { k, x }).domain().map(Number);
          const theirs = d3Identity.translate(x, 0).scale(k).rescaleX(d3x).domain().map(Number);
          expect(Math.abs(ours[0]! - theirs[0]!)).toBeLessThan(2);
          expect(Math.abs(ours[1]! - theirs[1]!)).toBeLessThan(2);
        },
      ),
    );
  });

  test("transformFor shows the requested span, centred", () => {
    const t = transformFor(x0, Date.UTC(2025, 2, 1), Date.UTC(2025, 3, 1), 1000);
    const [a, b] = rescaleX(x0, t).domain().map(Number);
    expect(Math.abs(a! - Date.UTC(2025, 2, 1))).toBeLessThan(60_000);
    expect(Math.abs(b! - Date.UTC(2025, 3, 1))).toBeLessThan(60_000);
  });
});

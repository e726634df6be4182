import fc from "fast-check";
import { expect, test } from "vitest";
import { bandsInView, chartHeight, laneBands } from "../../src/layout/lanes.js";
import { buildModel, whenSpan } from "../../src/layout/model.js";
import { density, laneIndexes, layoutWindow, levelOf, lowerBound, windowRange } from "../../src/layout/viewport.js";
import { visibleSet } from "../../src/layout/visible.js";
import { groups, mixed, ranges, synthetic } from "../render/fixtures.js";

test("whenSpan narrows by part of day and early/mid/late", () => {
  const d = Date.UTC(2025, 11, 2);
  expect(
    whenSpan({ iso: "2025-12-02", precision: "day", earliest: d, latest: d + 864e5, partOfDay: "evening" }),
  ).toEqual([d + 18 * 36e5, d + 22 * 36e5]);
  const [a, b] = whenSpan({
    iso: "2019",
    precision: "year",
    earliest: Date.UTC(2019, 0),
    latest: Date.UTC(2020, 0),
    qualifier: "late",
  });
  expect(a).toBeGreaterThan(Date.UTC(2019, 7));
  expect(b).toBe(Date.UTC(2020, 0));
});

test("buildModel: ranges, fades, lanes in declared order, finest precision", () => {
  const m = buildModel(
    ranges.events,
    () => "",
    (k) => k,
  );
  const meeting = ranges.events.findIndex((e) => e.id === "meeting");
  expect(m.range[meeting]).toBe(1);
  expect(m.b[meeting]! - m.a[meeting]!).toBe(5 * 36e5);
  expect(m.finest).toBeLessThan(864e5);
  const mx = buildModel(
    mixed.events,
    () => "",
    (k) => k,
  );
  expect(mx.fade[mixed.events.findIndex((e) => e.id === "before")]).toBe(-1);
  expect(mx.fade[mixed.events.findIndex((e) => e.id === "after")]).toBe(1);
  const g = buildModel(
    groups.events,
    (e) => e.group ?? "",
    (k) => k,
    groups.groups.map((x) => x.id),
  );
  expect(g.lanes.map((l) => l.key)).toEqual(["ru", "us", "ua"]);
});

test("buildModel: a part of day makes `finest` (the zoom limit's unit) finer than the precision; ticks keep its unit", () => {
  const d = Date.UTC(2025, 11, 2);
  const day = { iso: "2025-12-02", precision: "day" as const, earliest: d, latest: d + 864e5 };
  const event = (id: string, start: typeof day & { partOfDay?: "evening" }) => ({
    id,
    title: id,
    start,
    citations: [],
    tags: [],
    people: [],
    flags: [],
  });
  const plainDay = buildModel(
    [event("a", day)],
    () => "",
    (k) => k,
  );
  expect(plainDay.finest).toBe(864e5);
  const evening = buildModel(
    [event("a", day), event("b", { ...day, partOfDay: "evening" })],
    () => "",
    (k) => k,
  );
  expect(evening.finest).toBe(4 * 36e5);
  expect(Array.from(evening.unit)).toEqual([864e5, 864e5]);
  expect(
    buildModel(
      [],
      () => "",
      (k) => k,
    ).finest,
  ).toBe(0);
});

test("buildModel: every event in its own lane, declared groups first, then by first appearance; minUnit is the finest unit", () => {
  const precisions = ["year", "month", "day", "hour", "minute"] as const;
  fc.assert(
    fc.property(
      fc.array(fc.record({ key: fc.constantFrom("a", "b", "c", "", "d"), p: fc.constantFrom(...precisions) }), {
        maxLength: 40,
      }),
      fc.array(fc.constantFrom("c", "x", "a", "c"), { maxLength: 4 }),
      (rows, declared) => {
        const events = rows.map((r, i) => ({
          id: `e${i}`,
          title: "t",
          start: { iso: "2025", precision: r.p, earliest: i * 1000, latest: i * 1000 + 500 },
          tags: [],
          people: [],
          citations: [],
          group: r.key,
        }));
        const m = buildModel(
          events,
          (e) => e.group ?? "",
          (k) => k.toUpperCase(),
          declared,
        );
        const appear: string[] = [...new Set(rows.map((r) => r.key))];
        const order = [...new Set([...declared.filter((k) => appear.includes(k)), ...appear])];
        expect(m.lanes).toEqual(order.map((key) => ({ key, label: key.toUpperCase() })));
        rows.forEach((r, i) => expect(m.lanes[m.lane[i]!]!.key).toBe(r.key));
        expect(m.minUnit).toBe(rows.length ? Math.min(...Array.from(m.unit)) : 0);
      },
    ),
  );
});

test("culling math", () => {
  expect(lowerBound([1, 2, 2, 5], 2)).toBe(1);
  expect(lowerBound([1, 2, 2, 5], 6)).toBe(4);
  expect(levelOf(1)).toEqual({ level: 0, k: 1 });
  expect(levelOf(2.1).k).toBe(2);
  expect(levelOf(1.9).k).toBeLessThanOrEqual(1.9);
  const data = synthetic(5000);
  const m = buildModel(
    data.events,
    (e) => e.group ?? "",
    (k) => k,
  );
  const lanes = laneIndexes(m, null);
  expect(lanes.reduce((n, l) => n + l.ids.length, 0)).toBe(5000);
  const lane = lanes[0]!;
  const t0 = Date.UTC(2024, 5, 1),
    t1 = Date.UTC(2024, 5, 8);
  const [from, to] = windowRange(lane, t0, t1);
  // Everything outside [from, to) cannot touch the window.
  for (let k = 0; k < lane.ids.length; k++) {
    const touches = lane.b[k]! >= t0 && lane.xs[k]! <= t1;
    if (touches) expect(k >= from && k < to).toBe(true);
  }
  const counts = density(lane, t0, t1, 100);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(lowerBound(lane.xs, t1) - lowerBound(lane.xs, t0));
});

test("laneBands gives lanes their rows and shrinks the greediest first", () => {
  const o = { top: 10, rowHeight: 18, below: 30 };
  expect(laneBands([3, 1], 1000, o).map((b) => b.rows)).toEqual([3, 1]);
  expect(laneBands([5, 1], 150, o).map((b) => b.rows)).toEqual([1, 1]);
  const bands = laneBands([2, 2, 2], 600, o);
  for (let k = 1; k < bands.length; k++) expect(bands[k]!.top).toBeGreaterThan(bands[k - 1]!.baseline);
});

test("bandsInView is exactly the run of bands that meet the rows asked for", () => {
  const o = { top: 34, rowHeight: 18, below: 24 };
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 60 }),
      fc.integer({ min: -500, max: 6000 }),
      fc.integer({ min: 0, max: 3000 }),
      (wanted, y0, h) => {
        const bands = laneBands(wanted, 10, o); // as little height as possible: one row each, stacked
        const [from, to] = bandsInView(bands, y0, y0 + h, o.below);
        const meets = bands.map((b) => b.top < y0 + h && b.baseline + o.below > y0);
        expect(meets.map((m, k) => m === (k >= from && k < to))).not.toContain(false);
      },
    ),
  );
  const bands = laneBands(Array(5000).fill(1), 10, o);
  expect(bandsInView(bands, -Infinity, Infinity, o.below)).toEqual([0, 5000]);
  // A window's height of rows meets about a window's height of 66 px bands.
  const [from, to] = bandsInView(bands, 100_000, 100_600, o.below);
  expect(to - from).toBeLessThanOrEqual(11);
  expect(bands[from]!.top).toBeLessThan(100_600);
});

test("visibleSet keeps only the lanes it is told are shown", () => {
  const data = synthetic(2000);
  const m = buildModel(
    data.events,
    (e) => e.group ?? "",
    (k) => k,
  );
  const lanes = laneIndexes(m, null);
  expect(lanes.length).toBeGreaterThan(2);
  const origin = m.extent![0],
    pxPerMs = 1200 / (m.extent![1] - origin);
  const layouts = lanes.map((lane, l) =>
    layoutWindow(l, lane, -Infinity, Infinity, origin, pxPerMs, () => 80, { rows: 2, gap: 8, pillWidth: 38 }),
  );
  const sx = (t: number) => (t - origin) * pxPerMs;
  const all = visibleSet(layouts, m, sx, 0, 1200);
  const one = visibleSet(layouts, m, sx, 0, 1200, (l) => l === 1);
  const lane = (i: number) => m.lane[i];
  expect(one.labels.length + one.clusters.length).toBeGreaterThan(0);
  expect(
    [...one.labels.map((x) => lane(x.i)), ...one.stacks.map((x) => x.lane), ...one.clusters.map((c) => c.lane)].every(
      (l) => l === 1,
    ),
  ).toBe(true);
  expect(one.labels).toEqual(all.labels.filter((x) => lane(x.i) === 1));
  expect(one.clusters).toEqual(all.clusters.filter((c) => c.lane === 1));
});

test("chartHeight: what the lanes need within bounds, or the fixed height, never too short for one row a lane", () => {
  const o = { top: 34, rowHeight: 18, below: 24 };
  expect(chartHeight([3, 1], o, 8)).toBe(210);
  expect(chartHeight([1], o, 8)).toBe(160);
  expect(chartHeight([4, 4, 4, 4, 4, 4, 4, 4], o, 8)).toBe(640);
  expect(chartHeight([3, 1], o, 8, 640, 420)).toBe(420);
  // Twelve lanes in a fixed 420 px: raised to a row each, so laneBands fits all of them in.
  const h = chartHeight(Array(12).fill(3), o, 8, 640, 420);
  expect(h).toBe(34 + 12 * 66 + 8);
  const bands = laneBands(Array(12).fill(3), h - 8, o);
  expect(bands.at(-1)!.baseline + o.below).toBeLessThanOrEqual(h - 8);
});

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { boxesOverlap, layoutLane, type LaneLayout, type PlacedLabel } from "../../src/layout/labels.js";
import { fitText, widthTable } from "../../src/layout/text.js";
import { runs } from "../runs.js";

const options = { rows: 3, gap: 6, pillWidth: 30 };

/** Every visible box of a lane: labels in their rows, pills in the cluster row. */
function boxes(out: LaneLayout, rows: number) {
  return [
    ...out.labels.map((l) => ({ row: l.row, x: l.x, w: l.w })),
    ...out.clusters.map((c) => ({ row: rows, x: c.x, w: c.w })),
  ];
}

function overlaps(list: { row: number; x: number; w: number }[]): string | null {
  for (let a = 0; a < list.length; a++)
    for (let b = a + 1; b < list.length; b++)
      if (list[a]!.row === list[b]!.row && boxesOverlap(list[a]!, list[b]!))
        return `${JSON.stringify(list[a])} × ${JSON.stringify(list[b])}`;
  return null;
}

/** A stem that crosses a label of a lower row: the stem of label a at its anchor, inside b's box. */
function crossings(out: LaneLayout): string | null {
  for (const a of out.labels)
    for (const b of out.labels) {
      const stem = a.side > 0 ? a.x : a.x + a.w;
      if (b.row < a.row && stem > b.x && stem < b.x + b.w) return `${JSON.stringify(a)} crosses ${JSON.stringify(b)}`;
    }
  return null;
}

const lane = fc.array(
  fc.record({ x: fc.double({ min: 0, max: 2000, noNaN: true }), w: fc.double({ min: 20, max: 260, noNaN: true }) }),
  { maxLength: 150 },
);

describe("layoutLane", () => {
  test("no two visible boxes intersect, at the layout's level and at any deeper zoom", () => {
    fc.assert(
      fc.property(
        lane,
        fc.integer({ min: 1, max: 5 }),
        fc.double({ min: 1, max: 50, noNaN: true }),
        (items, rows, zoom) => {
          const sorted = [...items].sort((a, b) => a.x - b.x);
          const ids = sorted.map((_, i) => i),
            xs = sorted.map((d) => d.x);
          const out = layoutLane(0, ids, xs, xs, xs, (i) => sorted[i]!.w, {
            ...options,
            rows,
            minWidth: 60,
            edge: 2100,
            start: 0,
          });
          expect(overlaps(boxes(out, rows))).toBeNull();
          // No stem crosses a label of a lower row; labels stay within the edge and are never wider than asked.
          expect(crossings(out)).toBeNull();
          for (const l of out.labels) {
            expect(l.x + l.w).toBeLessThanOrEqual(2100);
            expect(l.x).toBeGreaterThanOrEqual(0);
            expect(l.w).toBeLessThanOrEqual(sorted[l.i]!.w);
            expect(l.w).toBeGreaterThanOrEqual(Math.min(60, sorted[l.i]!.w));
          }
          // Every event is either labelled or counted in a cluster.
          expect(out.labels.length + out.clusters.reduce((n, c) => n + c.count, 0)).toBe(items.length);
          // Zooming in by `zoom` moves anchors apart; boxes keep their widths and their side of the mark.
          const zoomed = boxes(out, rows).map((b, k) => {
            const l = out.labels[k];
            if (!l) return { ...b, x: b.x * zoom };
            const anchor = l.side > 0 ? l.x : l.x + l.w;
            return { ...b, x: l.side > 0 ? anchor * zoom : anchor * zoom - l.w };
          });
          expect(overlaps(zoomed)).toBeNull();
          const scaled = { ...out, labels: out.labels.map((l) => ({ ...l, x: l.x * zoom })) };
          expect(crossings(scaled)).toBeNull();
        },
      ),
      { seed: 20251202, numRuns: 300 },
    );
  });

  test("sparse events are all labelled; identical times stack earliest on top and cluster beyond the rows", () => {
    const sparse = layoutLane(0, [0, 1, 2], [0, 300, 600], [0, 0, 0], [0, 0, 0], () => 100, options);
    expect(sparse.labels.map((l) => l.row)).toEqual([0, 0, 0]);
    const same = layoutLane(
      0,
      [0, 1, 2, 3, 4],
      [10, 10, 10, 10, 10],
      [0, 0, 0, 0, 0],
      [1, 1, 1, 1, 1],
      () => 100,
      options,
    );
    expect(same.labels.map((l) => [l.i, l.row])).toEqual([
      [2, 2],
      [3, 1],
      [4, 0],
    ]);
    expect(same.clusters).toHaveLength(1);
    expect(same.clusters[0]!.count).toBe(2);
  });

  test("a label takes the lowest row where it fits whole, else the lowest where it fits truncated", () => {
    // 0 cannot fit whole in row 0 (50 is 50 px on) and its stem must clear row 0's labels: it goes up.
    const out = layoutLane(0, [0, 1, 2], [0, 50, 400], [0, 0, 0], [0, 0, 0], () => 300, { ...options, start: 0 });
    expect(out.labels.map((l) => [l.row, l.w])).toEqual([
      [1, 300],
      [0, 300],
      [0, 300],
    ]);
    // With one row, 0 is truncated to the room before 50 rather than clustered.
    const one = layoutLane(0, [0, 1], [0, 150], [0, 0], [0, 0], () => 300, {
      ...options,
      rows: 1,
      minWidth: 100,
      start: 0,
    });
    expect(one.labels.map((l) => [l.row, l.w])).toEqual([
      [0, 144],
      [0, 300],
    ]);
  });

  test("a label ends at its mark when the right is short of room and the left spans no other mark", () => {
    const out = layoutLane(0, [0], [950], [0], [0], () => 300, { ...options, minWidth: 80, edge: 1000, start: 0 });
    expect(out.labels.map((l) => [l.side, l.x, l.w])).toEqual([[-1, 650, 300]]);
    // A mark at 700 would be under 900's left box: 900 is truncated on the right, and 700, with no mark to its left, ends at its mark.
    const crowded = layoutLane(0, [0, 1], [700, 900], [0, 0], [0, 0], () => 300, {
      ...options,
      rows: 1,
      minWidth: 80,
      edge: 1000,
      start: 0,
    });
    expect(crowded.labels.map((l) => [l.i, l.side, l.x, l.w])).toEqual([
      [0, -1, 400, 300],
      [1, 1, 900, 100],
    ]);
  });

  test("counting rows stops at the first label in the top row, and says the same as the whole layout", () => {
    fc.assert(
      fc.property(lane, fc.integer({ min: 1, max: 5 }), (items, rows) => {
        const sorted = [...items].sort((a, b) => a.x - b.x);
        const ids = sorted.map((_, i) => i),
          xs = sorted.map((d) => d.x);
        let whole = 0,
          counting = 0;
        const all = layoutLane(0, ids, xs, xs, xs, (i) => (whole++, sorted[i]!.w), { ...options, rows, minWidth: 60 });
        const count = layoutLane(0, ids, xs, xs, xs, (i) => (counting++, sorted[i]!.w), {
          ...options,
          rows,
          minWidth: 60,
          until: rows - 1,
        });
        const top = (out: LaneLayout) => out.labels.reduce((r, l) => Math.max(r, l.row + 1), 0);
        expect(top(count)).toBe(top(all));
        if (top(all) < rows) {
          // Never reached the top row: the whole layout, as is.
          expect(count).toEqual(all);
        } else {
          expect(count.clusters).toEqual([]);
          expect(counting).toBeLessThanOrEqual(whole);
          // What it placed before stopping is what the whole layout placed first (right to left).
          expect(count.labels).toEqual(all.labels.slice(-count.labels.length).reverse());
        }
      }),
      { seed: 20251202, numRuns: 300 },
    );
  });

  test("places and measures exactly as the rules applied one mark at a time", () => {
    // Small integer positions and widths hit the rules' boundaries (a mark
    // exactly `gap` from a box, room exactly minWidth or exactly at the
    // edge); long dense lanes make the runs of shut-out marks that
    // layoutLane settles in one loop.
    const small = fc.array(fc.record({ x: fc.integer({ min: 0, max: 60 }), w: fc.integer({ min: 20, max: 40 }) }), {
      maxLength: 12,
    });
    const dense = fc.array(
      fc.record({
        x: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.double({ min: 0, max: 400, noNaN: true })),
        w: fc.integer({ min: 20, max: 260 }),
      }),
      { maxLength: 200 },
    );
    const shape = fc.record({
      rows: fc.integer({ min: 0, max: 4 }),
      gap: fc.constantFrom(6, 8),
      minWidth: fc.constantFrom(Infinity, 20, 24, 60, 120),
      edge: fc.constantFrom(Infinity, 40, 250, 1000),
      start: fc.constantFrom(-Infinity, 0),
    });
    fc.assert(
      fc.property(fc.oneof(small, dense), shape, (items, o) => {
        const sorted = [...items].sort((a, b) => a.x - b.x);
        const xs = sorted.map((d) => d.x),
          widths = sorted.map((d) => d.w);
        const measured: number[] = [];
        const out = layoutLane(
          0,
          xs.map((_, i) => i),
          xs,
          xs,
          xs,
          (i) => (measured.push(i), widths[i]!),
          { ...o, pillWidth: 38 },
        );
        const plain = layoutPlain(xs, widths, o);
        expect(out.labels).toEqual(plain.labels);
        expect(measured).toEqual(plain.measured);
      }),
      { seed: 20251203, ...runs(300) },
    );
  });

  test("only events that find room are measured", () => {
    let measured = 0;
    const n = 10_000,
      xs = Array.from({ length: n }, (_, i) => i * 0.01);
    layoutLane(
      0,
      xs.map((_, i) => i),
      xs,
      xs,
      xs,
      () => (measured++, 80),
      options,
    );
    expect(measured).toBeLessThan(10);
  });

  test("at the full view, marks too near the left edge for a whole label are not measured", () => {
    // Four labels fill every row rightward from x = 157; left of them, 300
    // marks between 100 and 149 px. None has 170 px on its left for a whole
    // label ending at it (a label is cut only on its right), so none is
    // worth measuring, though those past 120 px have more than minWidth.
    let measured = 0;
    const xs = [...Array.from({ length: 300 }, (_, i) => 100 + i / 6), 157, 157, 157, 157];
    const full = { rows: 4, gap: 8, pillWidth: 38, minWidth: 120, edge: 1_000, start: 0 };
    const out = layoutLane(
      0,
      xs.map((_, i) => i),
      xs,
      xs,
      xs,
      () => (measured++, 170),
      full,
    );
    expect(out.labels.map((l) => [l.x, l.row])).toEqual([
      [157, 3],
      [157, 2],
      [157, 1],
      [157, 0],
    ]);
    expect(measured).toBe(4);
  });
});

describe("stacks", () => {
  const near = 15;
  test("marks closer than `stack` px that hold a labelled one share one stack; no other mark is that close to a labelled one", () => {
    fc.assert(
      fc.property(lane, fc.integer({ min: 1, max: 4 }), (items, rows) => {
        const sorted = [...items].sort((a, b) => a.x - b.x);
        const ids = sorted.map((_, i) => i),
          xs = sorted.map((d) => d.x);
        const out = layoutLane(0, ids, xs, xs, xs, (i) => sorted[i]!.w, { ...options, rows, stack: near });
        const stackOf = new Map<number, number>();
        out.stacks.forEach((st, s) => {
          expect(st.ids.length).toBeGreaterThan(1);
          // Members are a run of consecutive marks, each less than `near` from the one before.
          for (let q = 1; q < st.ids.length; q++) {
            expect(st.ids[q]).toBe(st.ids[q - 1]! + 1);
            expect(xs[st.ids[q]!]! - xs[st.ids[q - 1]!]!).toBeLessThan(near);
          }
          expect([st.x0, st.x1]).toEqual([xs[st.ids[0]!], xs[st.ids[st.ids.length - 1]!]]);
          for (const i of st.ids) stackOf.set(i, s);
        });
        // Every labelled mark with a neighbour nearer than `near` is in a stack with it.
        for (const l of out.labels) {
          for (const k of [l.i - 1, l.i + 1]) {
            if (k < 0 || k >= xs.length || Math.abs(xs[k]! - xs[l.i]!) >= near) continue;
            expect(stackOf.get(l.i)).toBeDefined();
            expect(stackOf.get(k)).toBe(stackOf.get(l.i));
          }
        }
        // A stack holds a labelled mark, and its ends are `near` or more from the marks outside it.
        const labelled = new Set(out.labels.map((l) => l.i));
        for (const st of out.stacks) {
          expect([...st.ids].some((i) => labelled.has(i))).toBe(true);
          const a = st.ids[0]!,
            b = st.ids[st.ids.length - 1]!;
          if (a > 0) expect(xs[a]! - xs[a - 1]!).toBeGreaterThanOrEqual(near);
          if (b < xs.length - 1) expect(xs[b + 1]! - xs[b]!).toBeGreaterThanOrEqual(near);
        }
      }),
      runs(200),
    );
  });

  test("events at one instant form one stack, named by all of them; unlabelled ones are also in a pill", () => {
    const xs = [100, 100, 100, 400];
    const out = layoutLane(0, [0, 1, 2, 3], xs, xs, xs, () => 80, { rows: 2, gap: 6, pillWidth: 30, stack: near });
    expect(out.stacks.map((st) => [...st.ids])).toEqual([[0, 1, 2]]);
    // The latest two at 100 take the rows (the earliest on top); the first finds none.
    expect(out.labels.map((l) => l.i)).toEqual([1, 2, 3]);
    // Alone, it is still a pill (of one) that names it, and the stack names it too.
    expect(out.clusters.map((c) => c.ids)).toEqual([[0]]);
  });

  test("without the option there are no stacks; a pill names each event it counts", () => {
    const xs = [100, 100, 100];
    const out = layoutLane(0, [0, 1, 2], xs, xs, xs, () => 80, { rows: 1, gap: 6, pillWidth: 30 });
    expect(out.stacks).toEqual([]);
    expect(out.clusters.map((c) => [c.count, c.ids])).toEqual([[2, [0, 1]]]);
  });
});

/**
 * layoutLane's labels and measurements found the plain way, one mark at a
 * time from the right, as its doc states the rules: the top-row test for
 * whether a mark is worth measuring (against the narrowest label measured
 * so far, or 24 px), then the four placements in order. Stems of boxes that
 * end at their mark bar the rows above them, as in layoutLane.
 */
function layoutPlain(
  xs: number[],
  widths: number[],
  o: { rows: number; gap: number; minWidth: number; edge: number; start: number },
) {
  const limit: number[] = Array(Math.max(0, o.rows)).fill(Infinity);
  let open: { b0: number; anchor: number; row: number }[] = [];
  const labels: PlacedLabel[] = [],
    measured: number[] = [];
  let narrowest = Infinity;
  const rowList = Array.from({ length: Math.max(0, o.rows) }, (_, r) => r);
  for (let k = xs.length - 1; k >= 0; k--) {
    const x = xs[k]!;
    open = open.filter((b) => b.b0 < x);
    const stemRows = Math.min(Infinity, ...open.filter((b) => x < b.anchor).map((b) => b.row));
    const right = (r: number) => (r <= stemRows ? Math.min(limit[r]!, o.edge + o.gap) - o.gap - x : -1);
    const left = (r: number) => (r <= stemRows && x + o.gap <= limit[r]! && x <= o.edge ? x - o.start : -1);
    const least = Number.isFinite(narrowest) ? narrowest : 24;
    if (o.rows <= 0 || (right(o.rows - 1) < Math.min(o.minWidth, least) && left(o.rows - 1) < least)) continue;
    const w = widths[k]!;
    measured.push(k);
    narrowest = Math.min(narrowest, w);
    const free = Math.max(-Infinity, ...xs.slice(0, k).filter((v) => v < x)) + o.gap;
    let row: number | undefined,
      box = w,
      side: 1 | -1 = 1;
    if ((row = rowList.find((r) => right(r) >= w)) === undefined) {
      side = -1;
      if ((row = rowList.find((r) => left(r) >= w && x - w >= free)) === undefined) {
        side = 1;
        row = rowList.find((r) => right(r) >= Math.min(w, o.minWidth));
        if (row !== undefined) box = right(row);
        else if ((row = rowList.find((r) => left(r) >= w)) !== undefined) side = -1;
      }
    }
    if (row === undefined) continue;
    const b0 = side > 0 ? x : x - box;
    labels.unshift({ i: k, row, x: b0, w: box, side });
    limit[row] = Math.min(limit[row]!, b0);
    for (let r = 0; r < row; r++) limit[r] = Math.min(limit[r]!, x);
    if (side < 0) open.push({ b0, anchor: x, row });
  }
  return { labels, measured };
}

/**
 * fitText's result found the plain way: grow the prefix one character at a
 * time while it still fits with its ellipsis (a prefix's width never
 * shrinks as it grows, so the last one that fits is the longest).
 */
function fitTextPlain(text: string, max: number, measure: (t: string) => number): string {
  if (measure(text) <= max) return text;
  const chars = [...text];
  let fits = 0;
  while (
    fits < chars.length &&
    measure(
      chars
        .slice(0, fits + 1)
        .join("")
        .trimEnd() + "…",
    ) <= max
  )
    fits++;
  let cut = chars.slice(0, fits).join("");
  const space = cut.lastIndexOf(" ");
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return cut.trimEnd() + "…";
}

test("fitText cuts a title of any length where searching all of it would, measuring far less of a long one", () => {
  const m = widthTable(12.5);
  const words = fc.constantFrom(
    "Putin",
    "Witkoff",
    "and",
    "Kushner",
    "—",
    "Ушаков",
    "😀",
    "ﷺ",
    "iii",
    "WWW",
    "",
    " ",
    "e\u0301",
  );
  const title = fc.array(words, { maxLength: 300 }).map((w) => w.join(" "));
  fc.assert(
    fc.property(title, fc.integer({ min: 20, max: 420 }), (text, max) => {
      expect(fitText(text, max, m)).toBe(fitTextPlain(text, max, m));
    }),
    { seed: 11, ...runs(300) },
  );
  // A paragraph pasted as a title: the characters measured, summed over every call.
  let measured = 0;
  const counting = (t: string) => ((measured += t.length), m(t));
  const long = "Putin meets Witkoff and Kushner in the Kremlin. ".repeat(20);
  expect(fitText(long, 300, counting)).toBe(fitTextPlain(long, 300, m));
  expect(measured).toBeLessThan(long.length * 3);
});

test("fitText keeps the text when it fits and ellipsizes otherwise", () => {
  const m = widthTable(12.5);
  expect(fitText("Talks", 100, m)).toBe("Talks");
  const cut = fitText("Putin meets Witkoff and Kushner in the Kremlin", 120, m);
  expect(cut.endsWith("…")).toBe(true);
  expect(m(cut)).toBeLessThanOrEqual(120);
});

/**
 * The layout step of the horizontal chart, redone on data, filter and width
 * changes only: the base x scale and its domain, the zoom bound, and the
 * lane bands (each as tall as its labels need). It writes the scene and
 * seeds the renderer's level cache; it draws nothing.
 */
import { chartHeight, laneBands } from "../layout/lanes.js";
import type { LabelLayoutOptions, LaneLayout, PlacedLabel } from "../layout/labels.js";
import { layoutWindow } from "../layout/viewport.js";
import { HIT } from "../render/clusters.js";
import { ERA_STRIP } from "../render/eras.js";
import { HOUR, narrowestSpan, timeScale, type TimeScale } from "../scale/time.js";
import { boxWidth, MARGIN, MAX_ROWS, MIN_LABEL, NARROW, resetLabels, ROW, type Chart } from "./state.js";

/** Vertical geometry of lanes: label rows of ROW px, and room below a baseline for bars and badges. */
export const GEOMETRY = { top: MARGIN.top, rowHeight: ROW, below: 24 };

/** Options of one lane's label layout at the current width (`edge` only at the unzoomed level, `until` only to count rows). */
function labelOptions(c: Chart, rows: number, edge?: number, until?: number): LabelLayoutOptions {
  return {
    rows,
    gap: 8,
    pillWidth: 38,
    // Marks closer than two hit radii share one target (see render/clusters).
    stack: 2 * HIT + 1,
    minWidth: Math.min(MIN_LABEL, c.scene.maxLabel),
    until,
    ...(edge === undefined ? {} : { edge, start: 0 }),
  };
}

/**
 * Lane l's labels in `rows` rows over the window [w0, w1] (ms) at zoom
 * factor k, a level's own. Unzoomed, labels also stop at the chart's right
 * edge; zoomed in, the edge moves with every pan.
 */
export function layLane(
  c: Chart,
  l: number,
  k: number,
  w0: number,
  w1: number,
  rows: number,
  until?: number,
): LaneLayout {
  const s = c.scene,
    origin = s.x0.domain()[0],
    plot = s.width - MARGIN.left - MARGIN.right;
  return layoutWindow(
    l,
    s.lanes[l]!,
    w0,
    w1,
    origin,
    (plot / (s.x0.domain()[1] - origin)) * k,
    (i) => boxWidth(c, i),
    labelOptions(c, rows, k === 1 ? plot : undefined, until),
  );
}

/**
 * The width (px) to draw label l with, at the current zoom, its mark at
 * `at` and the plot ending at `end`: a label the level's layout cut reads
 * on into the room that zooming in has opened since, up to the next label
 * of its row or the next stem of a higher row (`others`, the level's labels
 * in view), with the layout's gap. Zooming in only widens the gaps between
 * marks, so this stays clear of every box the layout placed; it does not
 * grow toward a neighbour the frame moves for the plot's edge, whose new
 * place it cannot know.
 *
 * @example
 * ```ts
 * const w = widen(c, label, visible.labels, x(m.x[label.i]), width - MARGIN.right);
 * ```
 */
export function widen(c: Chart, l: PlacedLabel, others: readonly PlacedLabel[], at: number, end: number): number {
  const full = boxWidth(c, l.i);
  if (l.side < 0 || l.w >= full) return l.w;
  const m = c.scene.model,
    x = c.memo.x;
  let to = end;
  for (const o of others) {
    if (o.i === l.i || m.lane[o.i] !== m.lane[l.i] || o.row < l.row) continue;
    const ox = x(m.x[o.i]!);
    if (ox <= at) continue;
    const o0 = o.side > 0 ? ox : ox - o.w;
    if (o.row > l.row) to = Math.min(to, ox - 8);
    else if (o0 + o.w > end) return l.w;
    else to = Math.min(to, o0 - 8);
  }
  return Math.max(l.w, Math.min(full, to - at));
}

/**
 * Room (px) the last marks' labels want right of them: the widest label of
 * each lane's last event. Lanes past the first 64 are not measured.
 */
function lastLabelRoom(c: Chart): number {
  let room = 0;
  const lanes = c.scene.lanes;
  for (let l = 0; l < lanes.length && l < 64; l++) {
    const ids = lanes[l]!.ids;
    if (ids.length) room = Math.max(room, boxWidth(c, ids[ids.length - 1]!));
  }
  return room + 8;
}

/**
 * The base x scale: the first view, which no zoom leaves. The marks fill
 * the plot but for room on the right for the last labels, which read
 * rightward from their marks (issue 24: fitted to the fading spans instead,
 * 14 marks sat in a quarter of the plot). One event or one day gets a
 * deliberate window: a few units of its finest precision around it (five
 * days around a day), never a 24-hour axis. Marks further apart span at
 * least three units, the zoom limit of such data, with that label room
 * counted in: the first view is never narrower than the narrowest, and its
 * axis has three ticks of the data's own unit (days, not hours), but the
 * widening does not add a second margin beside the labels' own (the
 * showcase at 1200 px left its right sixth empty). (The model keeps the
 * finest unit: a loop over 100,000 of them here, run once and so
 * uncompiled, takes 6-25 ms in Chromium.)
 */
function baseScale(c: Chart, W: number): TimeScale {
  const m = c.scene.model;
  let [lo, hi] = m.marks ?? [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)];
  // The author's first view (`initialRange`) must lie within the base scale, which no zoom leaves.
  const asked = c.o.initialRange;
  if (asked) [lo, hi] = [Math.min(lo, asked[0]), Math.max(hi, asked[1])];
  const least = Math.min(Math.max(m.minUnit, HOUR), 365 * 86_400_000);
  if (hi - lo <= least) [lo, hi] = [(lo + hi) / 2 - 2.5 * least, (lo + hi) / 2 + 2.5 * least];
  // The room is kept within half the chart (a longer label is cut or reads leftward) ...
  const want = lastLabelRoom(c),
    room = Math.min(want, W * 0.5);
  const left = MARGIN.left + 12,
    right = W - MARGIN.right - room;
  const inner = timeScale([lo, hi], [left, Math.max(left + 1, right)]);
  let a = +inner.invert(MARGIN.left),
    b = +inner.invert(W - MARGIN.right);
  const short = narrowestSpan(least) - (b - a);
  if (short > 0) {
    // ... unless the view widens anyway: then the widening goes first to
    // the right, where those labels read, and what is left about the middle.
    const toRight = Math.min(short, ((want - room) * (b - a)) / (W - MARGIN.left - MARGIN.right));
    [a, b] = [a - (short - toRight) / 2, b + toRight + (short - toRight) / 2];
  }
  return timeScale([a, b], [MARGIN.left, W - MARGIN.right]);
}

/**
 * Sizes, the base scale and the lane bands. Returns each shown lane's
 * layout at the full view as counted for its rows (see `seedFullView`).
 */
export function layoutChart(c: Chart): LaneLayout[] {
  const s = c.scene,
    m = s.model,
    W = s.width;
  // A label may take any free room of its row, up to the plot's width: the
  // layout cuts it where another label, a stem or the edge takes the room
  // (issue 24: a fixed 40% of the width cut 7 of 9 labels at 768 px while
  // their rows stood empty on the right).
  const maxLabel = Math.round(Math.max(160, W - MARGIN.left - MARGIN.right - 16));
  if (maxLabel !== s.maxLabel) {
    s.maxLabel = maxLabel;
    resetLabels(c);
  }
  s.vertical = c.o.layout === "vertical" || (c.o.layout === "auto" && W < NARROW);
  s.x0 = baseScale(c, W);
  s.maxK = Math.max(1, (s.x0.domain()[1] - s.x0.domain()[0]) / narrowestSpan(m.finest));
  // Each lane asks for the rows its labels need at the full view (level 0),
  // up to MAX_ROWS: a lane that reaches the top row stops there (see `until`).
  const wanted: number[] = [];
  const full0: LaneLayout[] = [];
  s.lanes.forEach((_, l) => {
    if (s.slot[l]! < 0) return;
    const out = (full0[l] = layLane(c, l, 1, -Infinity, Infinity, MAX_ROWS, MAX_ROWS - 1));
    wanted.push(out.labels.reduce((r, x) => Math.max(r, x.row + 1), 1));
  });
  if (!wanted.length) wanted.push(1);
  // Eras name themselves in a strip under the lanes.
  const bottom = MARGIN.bottom + (s.data.eras?.length ? ERA_STRIP : 0);
  s.height = chartHeight(wanted, GEOMETRY, bottom, Math.max(480, W * 0.4), c.o.height ?? undefined);
  s.bands = laneBands(wanted, s.height - bottom, GEOMETRY);
  c.memo.cache.clear();
  return full0;
}

/**
 * Caches the full view's layout (level 0) from the layouts that counted
 * rows, wherever a lane got every row it asked for and stopped short of
 * the top row (a layout that reached it may have stopped there).
 */
export function seedFullView(c: Chart, full0: LaneLayout[]): void {
  const s = c.scene;
  const layouts = s.lanes.map((_, l) => {
    const band = s.bands[s.slot[l]!];
    if (!band) return { labels: [], clusters: [], stacks: [] };
    const out = full0[l]!;
    return out.labels.every((x) => x.row < Math.min(band.rows, MAX_ROWS - 1))
      ? out
      : layLane(c, l, 1, -Infinity, Infinity, band.rows);
  });
  c.memo.cache.set(0, { t0: -Infinity, t1: Infinity, layouts });
}

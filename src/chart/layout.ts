/**
 * The layout step of the horizontal chart, redone on data, filter and width
 * changes only: the base x scale and its domain, the zoom bound, and the
 * lane bands (each as tall as its labels need). It writes the scene and
 * seeds the renderer's level cache; it draws nothing.
 */
import { chartHeight, laneBands } from "../layout/lanes.js";
import type { LabelLayoutOptions, LaneLayout } from "../layout/labels.js";
import { layoutWindow } from "../layout/viewport.js";
import { HIT } from "../render/clusters.js";
import { ERA_STRIP } from "../render/eras.js";
import { HOUR, narrowestSpan, timeScale } from "../scale/time.js";
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
 * Room (px) the first view leaves right of the last marks: the widest label
 * of each lane's last event, within a third of the chart (a longer one is
 * cut or reads leftward). Lanes past the first 64 are not measured.
 */
function lastLabelRoom(c: Chart, W: number): number {
  let room = 0;
  const lanes = c.scene.lanes;
  for (let l = 0; l < lanes.length && l < 64; l++) {
    const ids = lanes[l]!.ids;
    if (ids.length) room = Math.max(room, boxWidth(c, ids[ids.length - 1]!));
  }
  return Math.min(room + 8, W * 0.3);
}

/**
 * Sizes, the base scale and the lane bands. Returns each shown lane's
 * layout at the full view as counted for its rows (see `seedFullView`).
 */
export function layoutChart(c: Chart): LaneLayout[] {
  const s = c.scene,
    m = s.model,
    W = s.width;
  const maxLabel = Math.round(Math.min(480, Math.max(160, W * 0.4)));
  if (maxLabel !== s.maxLabel) {
    s.maxLabel = maxLabel;
    resetLabels(c);
  }
  s.vertical = c.o.layout === "vertical" || (c.o.layout === "auto" && W < NARROW);
  let [lo, hi] = m.marks ?? [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)];
  // The author's first view (`initialRange`) must lie within the base scale, which no zoom leaves.
  const asked = c.o.initialRange;
  if (asked) [lo, hi] = [Math.min(lo, asked[0]), Math.max(hi, asked[1])];
  // One event or one day gets a deliberate window: a few units of its finest
  // precision around it (five days around a day), never a 24-hour axis.
  // Marks further apart fill the plot themselves, but at least three units,
  // the zoom limit of such data: the first view is never narrower than the
  // narrowest, and its axis has three ticks of the data's own unit (days,
  // not hours). (The model keeps the finest unit: a loop over 100,000 of
  // them here, run once and so uncompiled, takes 6-25 ms in Chromium.)
  const least = Math.min(Math.max(m.minUnit, HOUR), 365 * 86_400_000);
  const span = hi - lo > least ? Math.max(hi - lo, narrowestSpan(least)) : 5 * least;
  const mid = (lo + hi) / 2;
  const a = Math.min(lo, mid - span / 2),
    b = Math.max(hi, mid + span / 2);
  // The marks fill the plot but for room on the right for the last labels,
  // which read rightward from their marks (issue 24: fitted to the fading
  // spans instead, 14 marks sat in a quarter of the plot).
  const left = MARGIN.left + 12,
    right = W - MARGIN.right - lastLabelRoom(c, W);
  const inner = timeScale([a, b], [left, Math.max(left + 1, right)]);
  s.x0 = timeScale([+inner.invert(MARGIN.left), +inner.invert(W - MARGIN.right)], [MARGIN.left, W - MARGIN.right]);
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
  s.height = chartHeight(wanted, GEOMETRY, bottom, Math.max(300, W * 0.4), c.o.height ?? undefined);
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

/**
 * The static frame of the horizontal layout, rebuilt on data, filter and
 * width changes only: the base x scale and its domain, the zoom bounds, the
 * lane bands (each as tall as its labels need) with their baselines and
 * lane labels, and the clip of the plot.
 */
import type { DateInput } from "../data/types.js";
import { transformFor, zoomIdentity } from "../scale/transform.js";
import { bandsInView, chartHeight, laneBands } from "../layout/lanes.js";
import type { LabelLayoutOptions, LaneLayout } from "../layout/labels.js";
import { layoutWindow, levelOf } from "../layout/viewport.js";
import { px, setPlot, svg } from "../render/dom.js";
import { toSpan } from "../scale/instant.js";
import { HOUR, timeScale } from "../scale/time.js";
import { boxWidth, MARGIN, MAX_ROWS, MIN_LABEL, NARROW, resetLabels, ROW, type Chart } from "./state.js";

/** Vertical geometry of lanes: label rows of ROW px, and room below a baseline for bars and badges. */
const GEOMETRY = { top: MARGIN.top, rowHeight: ROW, below: 24 };

/** Options of one lane's label layout at the current width (`edge` only at the unzoomed level, `until` only to count rows). */
function labelOptions(c: Chart, rows: number, edge?: number, until?: number): LabelLayoutOptions {
  return { rows, gap: 8, pillWidth: 38, minWidth: Math.min(MIN_LABEL, c.maxLabel), until, ...(edge === undefined ? {} : { edge, start: 0 }) };
}

/**
 * Lane l's labels in `rows` rows over the window [w0, w1] (ms) at zoom
 * factor k, a level's own. Unzoomed, labels also stop at the chart's right
 * edge; zoomed in, the edge moves with every pan.
 */
export function layLane(c: Chart, l: number, k: number, w0: number, w1: number, rows: number, until?: number): LaneLayout {
  const origin = +c.x0.domain()[0]!, plot = c.width - MARGIN.left - MARGIN.right;
  return layoutWindow(l, c.lanes[l]!, w0, w1, origin, (plot / (+c.x0.domain()[1]! - origin)) * k, (i) => boxWidth(c, i), labelOptions(c, rows, k === 1 ? plot : undefined, until));
}

/** [start, end) of a loose date range, or null. */
export function spanOf(r: [DateInput, DateInput]): [number, number] | null {
  const a = toSpan(r[0]), b = toSpan(r[1]);
  return a && b ? [a[0], Math.max(b[1], a[0] + 1)] : null;
}

/** Sizes, scales, lanes and static chart parts; keeps the visible domain `keep` when given. */
export function layoutChart(c: Chart, keep: [number, number] | null): void {
  const m = c.model, W = c.width, nodes = c.nodes;
  const maxLabel = Math.round(Math.min(480, Math.max(160, W * 0.4)));
  if (maxLabel !== c.maxLabel) {
    c.maxLabel = maxLabel;
    resetLabels(c);
  }
  const vertical = c.o.layout === "vertical" || (c.o.layout === "auto" && W < NARROW);
  // Both layouts key an event's node by its id but build it of different
  // parts: a resize across the breakpoint starts the layer afresh, or the
  // wide layout would move the narrow layout's rows around.
  if (vertical !== c.vertical) nodes.events.replaceChildren();
  c.vertical = vertical;
  nodes.figure.className = `citeline citeline--${c.o.theme} citeline--${c.vertical ? "vertical" : "horizontal"}`;
  const [lo, hi] = m.extent ?? [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)];
  // One event or one day gets a deliberate window: a few units of its finest
  // precision around it (five days around a day), never a 24-hour axis.
  // (The model keeps the finest unit: a loop over 100,000 of them here, run
  // once and so uncompiled, takes 6-25 ms in Chromium.)
  const span = Math.max(hi - lo, Math.min(Math.max(5 * m.minUnit, HOUR), 5 * 365 * 86_400_000));
  const mid = (lo + hi) / 2;
  const a = Math.min(lo, mid - span / 2), b = Math.max(hi, mid + span / 2);
  // Room on the right for the last labels, which extend to the right of their marks.
  const left = MARGIN.left + 8, right = W - MARGIN.right - Math.min(180, W * 0.16);
  const inner = timeScale([a, b], [left, Math.max(left + 1, right)]);
  c.x0 = timeScale([+inner.invert(MARGIN.left), +inner.invert(W - MARGIN.right)], [MARGIN.left, W - MARGIN.right]);
  c.maxK = Math.max(1, (+c.x0.domain()[1]! - +c.x0.domain()[0]!) / m.finest);
  // Each lane asks for the rows its labels need at the full view (level 0),
  // up to MAX_ROWS: a lane that reaches the top row stops there (see `until`).
  const wanted: number[] = [];
  const full0: LaneLayout[] = [];
  c.lanes.forEach((_, l) => {
    if (c.slot[l]! < 0) return;
    const out = (full0[l] = layLane(c, l, 1, -Infinity, Infinity, MAX_ROWS, MAX_ROWS - 1));
    wanted.push(out.labels.reduce((r, x) => Math.max(r, x.row + 1), 1));
  });
  if (!wanted.length) wanted.push(1);
  c.height = chartHeight(wanted, GEOMETRY, MARGIN.bottom, Math.max(300, W * 0.4), c.o.height ?? undefined);
  c.bands = laneBands(wanted, c.height - MARGIN.bottom, GEOMETRY);
  c.cache.clear();
  const range = keep ?? (c.o.initialRange ? spanOf(c.o.initialRange) : null);
  c.transform = range ? transformFor(c.x0, range[0], range[1], c.maxK) : zoomIdentity;
  if (levelOf(c.transform.k).level === 0) {
    // The full view's layout is the one that counted rows, wherever its lane
    // got every row it asked for and it stopped short of the top row (a
    // layout that reached it may have stopped there).
    const layouts = c.lanes.map((_, l) => {
      const band = c.bands[c.slot[l]!];
      if (!band) return { labels: [], clusters: [] };
      const out = full0[l]!;
      return out.labels.every((x) => x.row < Math.min(band.rows, MAX_ROWS - 1)) ? out : layLane(c, l, 1, -Infinity, Infinity, band.rows);
    });
    c.cache.set(0, { t0: -Infinity, t1: Infinity, layouts });
  }
  drawLanes(c);
}

/** The chart's size, the axis position and the plot's clip; the lanes' guides wait for the frame (see drawGuides). */
function drawLanes(c: Chart): void {
  const { lanes, laneLabels, svg: chart, axis, frame, plot } = c.nodes;
  lanes.replaceChildren();
  laneLabels.replaceChildren();
  axis.replaceChildren();
  c.guides = "";
  c.nameEnd = [];
  if (c.vertical) return;
  chart.setAttribute("viewBox", `0 0 ${c.width} ${c.height}`);
  chart.setAttribute("width", String(c.width));
  chart.setAttribute("height", String(c.height));
  frame.setAttribute("width", String(c.width - 1));
  frame.setAttribute("height", String(c.height - 1));
  // The axis sits on top, where a reader looks first (a chart taller than the window scrolls it away).
  axis.setAttribute("transform", `translate(0,${MARGIN.top - 8})`);
  // Marks and labels stop at the plot's edges instead of running over the figure's.
  setPlot(plot, MARGIN.left - 10, MARGIN.top - 8, c.width - MARGIN.left - MARGIN.right + 20, c.height - MARGIN.top);
}

/**
 * Baselines, rules and lane labels (top left of their own band) of the
 * bands [from, to); redrawn only when that run changes.
 */
export function drawGuides(c: Chart, from: number, to: number): void {
  const key = `${from}:${to}`;
  if (c.guides === key) return;
  c.guides = key;
  const { lanes, laneLabels } = c.nodes, doc = c.o.document;
  lanes.replaceChildren();
  laneLabels.replaceChildren();
  const multi = c.model.lanes.length > 1;
  c.model.lanes.forEach((lane, k) => {
    const s = c.slot[k]!, band = c.bands[s];
    if (!band || s < from || s >= to) return;
    if (multi) {
      // The label heads its band, in the cluster row, so it reads as the title of the rows below it.
      if (k > 0) lanes.appendChild(svg(doc, "line", { class: "citeline-lane-rule", x1: MARGIN.left, x2: c.width - MARGIN.right, y1: px(band.top - 2), y2: px(band.top - 2) }));
      const t = svg(doc, "text", { class: "citeline-lane-label", x: MARGIN.left, y: px(band.top + 11) });
      t.textContent = lane.label || c.o.labels.other;
      laneLabels.appendChild(t);
      c.nameEnd[k] = MARGIN.left + nameWidth(c, t.textContent);
    }
    lanes.appendChild(svg(doc, "line", { class: "citeline-baseline", x1: MARGIN.left, x2: c.width - MARGIN.right, y1: px(band.baseline), y2: px(band.baseline) }));
  });
}

/**
 * The bands [from, to) near the screen: those within a window's height
 * above or below it. All of them for a chart no taller than the window,
 * a static one, or one the page has not laid out (jsdom, or not in a page).
 */
export function lanesInView(c: Chart): [number, number] {
  const view = c.o.document.defaultView;
  if (!c.o.interactive || c.vertical || !view || c.height <= view.innerHeight) return [0, c.bands.length];
  const r = c.nodes.svg.getBoundingClientRect();
  if (!(r.height > 0)) return [0, c.bands.length];
  // Chart px per CSS px, should a stylesheet scale the chart.
  const s = c.height / r.height, h = view.innerHeight;
  return bandsInView(c.bands, (-r.top - h) * s, (2 * h - r.top) * s, GEOMETRY.below);
}

/**
 * Width of a lane name as the stylesheet draws it (10.5 px, semibold,
 * uppercase, letter-spaced .07em), from the label measurer (12.5 px,
 * regular): scaled, 6% for the weight, plus the spacing. A few px over is
 * harmless; it only keeps "+N" pills clear of the name.
 */
function nameWidth(c: Chart, name: string): number {
  const upper = name.toUpperCase();
  return c.measure(upper) * (10.5 / 12.5) * 1.06 + upper.length * 0.07 * 10.5;
}

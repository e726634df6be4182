/**
 * What a layout draws once, before any frame: the chart's size, the axis
 * position and the plot's clip; and, at each frame that needs them, the
 * guides (baselines, rules, lane names) of the bands near the screen.
 */
import { bandsInView } from "../layout/lanes.js";
import { px, setPlot, svg } from "../render/dom.js";
import { GEOMETRY } from "./layout.js";
import { MARGIN, type Chart } from "./state.js";

/** The chart's size, the axis position and the plot's clip; the lanes' guides wait for the frame (see drawGuides). */
export function drawStage(c: Chart): void {
  const s = c.scene,
    { figure, events, lanes, laneLabels, svg: chart, axis, frame, plot } = c.nodes;
  const layout = s.vertical ? "vertical" : "horizontal";
  // Both layouts key an event's node by its id but build it of different
  // parts: a resize across the breakpoint starts the layer afresh, or the
  // wide layout would move the narrow layout's rows around.
  if (figure.classList.length && !figure.classList.contains(`citeline--${layout}`)) events.replaceChildren();
  figure.className = `citeline citeline--${c.o.theme} citeline--${layout}`;
  lanes.replaceChildren();
  laneLabels.replaceChildren();
  axis.replaceChildren();
  c.memo.guides = "";
  c.memo.nameEnd = [];
  if (s.vertical) return;
  chart.setAttribute("viewBox", `0 0 ${s.width} ${s.height}`);
  chart.setAttribute("width", String(s.width));
  chart.setAttribute("height", String(s.height));
  frame.setAttribute("width", String(s.width - 1));
  frame.setAttribute("height", String(s.height - 1));
  // The axis sits on top, where a reader looks first (a chart taller than the window scrolls it away).
  axis.setAttribute("transform", `translate(0,${MARGIN.top - 8})`);
  // Marks and labels stop at the plot's edges instead of running over the figure's.
  setPlot(plot, MARGIN.left - 10, MARGIN.top - 8, s.width - MARGIN.left - MARGIN.right + 20, s.height - MARGIN.top);
}

/**
 * Baselines, rules and lane labels (top left of their own band) of the
 * bands [from, to); redrawn only when that run changes.
 */
export function drawGuides(c: Chart, from: number, to: number): void {
  const key = `${from}:${to}`;
  if (c.memo.guides === key) return;
  c.memo.guides = key;
  const s = c.scene,
    { lanes, laneLabels } = c.nodes,
    doc = c.o.document;
  lanes.replaceChildren();
  laneLabels.replaceChildren();
  const multi = s.model.lanes.length > 1;
  s.model.lanes.forEach((lane, k) => {
    const band = s.bands[s.slot[k]!];
    if (!band || s.slot[k]! < from || s.slot[k]! >= to) return;
    const line = (cls: string, y: number) =>
      svg(doc, "line", { class: cls, x1: MARGIN.left, x2: s.width - MARGIN.right, y1: px(y), y2: px(y) });
    if (multi) {
      // The label heads its band, in the cluster row, so it reads as the title of the rows below it.
      if (k > 0) lanes.appendChild(line("citeline-lane-rule", band.top - 2));
      const t = svg(doc, "text", { class: "citeline-lane-label", x: MARGIN.left, y: px(band.top + 11) });
      t.textContent = lane.label || c.o.labels.other;
      laneLabels.appendChild(t);
      c.memo.nameEnd[k] = MARGIN.left + nameWidth(c, t.textContent);
    }
    lanes.appendChild(line("citeline-baseline", band.baseline));
  });
}

/**
 * The bands [from, to) near the screen: those within a window's height
 * above or below it. All of them for a chart no taller than the window,
 * a static one, or one the page has not laid out (jsdom, or not in a page).
 */
export function lanesInView(c: Chart): [number, number] {
  const s = c.scene,
    view = c.o.document.defaultView;
  if (!c.o.interactive || s.vertical || !view || s.height <= view.innerHeight) return [0, s.bands.length];
  const r = c.nodes.svg.getBoundingClientRect();
  if (!(r.height > 0)) return [0, s.bands.length];
  // Chart px per CSS px, should a stylesheet scale the chart.
  const k = s.height / r.height,
    h = view.innerHeight;
  return bandsInView(s.bands, (-r.top - h) * k, (2 * h - r.top) * k, GEOMETRY.below);
}

/**
 * Width of a lane name as the stylesheet draws it (11 px, semibold,
 * uppercase, letter-spaced .07em), from the label measurer (12.5 px,
 * regular): scaled, 6% for the weight, plus the spacing. A few px over is
 * harmless; it only keeps "+N" pills clear of the name.
 */
function nameWidth(c: Chart, name: string): number {
  const upper = name.toUpperCase();
  return c.scene.measure(upper) * (11 / 12.5) * 1.06 + upper.length * 0.07 * 11;
}

/**
 * The time axis: d3-axis with tick values and labels chosen by the scale
 * module (zone-aware ticks, step-adaptive locale formats, round years from
 * 13.8 billion years ago on), and tick lines extended upward as a light
 * grid across the lanes. Ticks are epoch ms numbers, never Dates: deep
 * time lies outside what a Date holds.
 */
import { axisBottom, axisLeft, axisTop } from "d3-axis";
import type { Selection } from "d3-selection";
import { formatTicks } from "../scale/format.js";
import { axisTicks, DAY, type AxisTick, type TimeScale } from "../scale/time.js";
import type { EraWords } from "../scale/years.js";

export interface AxisOptions {
  locale: string;
  timeZone: string;
  /** Length of the grid lines (px): the plot's height (or width when vertical). */
  grid: number;
  /** About how many pixels between ticks. */
  spacing: number;
  /** The finest step the events in view warrant (ms): the unit of the finest precision in view. */
  minStep?: number;
  /** The finest step the data warrants anywhere (ms), when `minStep` leaves under three ticks. */
  floor?: number;
  /** Width of a label's text in px at the axis's 11px; default an estimate that errs wide. */
  measure?: (text: string) => number;
  orient: "top" | "bottom" | "left";
  /** Era words for year labels ("3500 BC", "66 million years ago"): the chart's labels. Default English. */
  words?: EraWords;
}

/**
 * Draws (or redraws in place; d3-axis joins ticks by value) the axis into `g`.
 *
 * @example
 * ```ts
 * drawAxis(select(g), x, { locale: "en-US", timeZone: "UTC", grid: 300, spacing: 110, orient: "bottom" });
 * ```
 */
export function drawAxis(g: Selection<SVGGElement, unknown, null, undefined>, scale: TimeScale, o: AxisOptions): void {
  const [ticks, labels] = chooseTicks(scale, o);
  const byTime = new Map(ticks.map((t, i) => [t.t, labels[i] ?? ""]));
  const axis = (o.orient === "top" ? axisTop(scale) : o.orient === "bottom" ? axisBottom(scale) : axisLeft(scale))
    .tickValues(ticks.map((t) => t.t))
    .tickFormat((d) => byTime.get(+d) ?? "")
    .tickSizeInner(-o.grid)
    .tickSizeOuter(0)
    .tickPadding(8);
  g.call(axis);
  // A label centred on a tick near either end would run off the figure: it reads inward from its tick instead.
  if (o.orient !== "left") {
    const [r0, r1] = scale.range();
    g.selectAll<SVGGElement, number>(".tick").each(function (d) {
      const x = scale(d),
        text = this.querySelector("text");
      const anchor = anchorAt(x, r0, r1);
      if (!text) return;
      if (anchor) text.setAttribute("text-anchor", anchor);
      else text.removeAttribute("text-anchor");
      text.setAttribute("x", anchor === "start" ? "-2" : anchor === "end" ? "2" : "0");
    });
  }
  // d3-axis sets font attributes on the group; the stylesheet owns them instead.
  g.attr("font-family", null).attr("font-size", null).attr("fill", null);
}

/** Where a label reads from its tick: inward near either end (see drawAxis), else centred. */
const anchorAt = (x: number, r0: number, r1: number): "start" | "end" | null =>
  x - r0 < 44 ? "start" : r1 - x < 44 ? "end" : null;

/** Axis text is 11px; 6.5px a character over-estimates digits and lower case a little, which is the safe side. */
const estimate = (text: string): number => text.length * 6.5;

/** The spacings tried, as factors of the asked one: coarser while labels collide, finer while under three ticks. */
const COARSER = [1, 1.3, 1.7, 2.2, 2.9, 3.7],
  FINER = [0.7, 0.5, 0.35, 0.25];

/**
 * Ticks and their labels: the ones nearest the asked spacing whose labels
 * all fit, with finer steps tried while fewer than three fit (a view
 * zoomed to its limit, a 320px plot). Whatever is left over is thinned so
 * that no two labels ever touch.
 */
function chooseTicks(scale: TimeScale, o: AxisOptions): [AxisTick[], string[]] {
  const width = o.measure ?? estimate;
  const label = (ticks: readonly AxisTick[], brief = false, step?: number) =>
    formatTicks(ticks, o.locale, o.words, step === undefined ? { brief } : { brief, step });
  const at = (factor: number): AxisTick[] =>
    axisTicks(scale, {
      spacing: o.spacing * factor,
      minStep: o.minStep ?? 0,
      floor: o.floor ?? o.minStep ?? 0,
      timeZone: o.timeZone,
    });
  if (o.orient === "left") return [at(1), label(at(1), false)];
  let best: [AxisTick[], string[]] = [[], []];
  for (const factor of COARSER) {
    const fitted = fitting(scale, at(factor), label, width);
    if (fitted) {
      best = fitted;
      break;
    }
  }
  for (const factor of FINER) {
    if (best[0].length >= 3) break;
    const fitted = fitting(scale, at(factor), label, width);
    if (fitted && fitted[0].length > best[0].length) best = fitted;
  }
  if (best[0].length) return best;
  const coarsest = at(COARSER[COARSER.length - 1]!);
  return thin(scale, coarsest, label(coarsest, false), width);
}

/**
 * `ticks` with their labels if they fit; else, in this order: without the
 * last (a label that collides because it reads inward from the end),
 * without the second (when the first is long with its day and year; never
 * a midnight that names its day, nor a year among years, which carry no
 * context), without the first; then all of these with a brief first label
 * (no year). Labels are written for the ticks kept, so the first one kept
 * carries the context a dropped first tick would have. Three ticks are
 * worth any of these; two are tried only when three do not fit.
 */
function fitting(
  scale: TimeScale,
  ticks: AxisTick[],
  label: (ticks: readonly AxisTick[], brief: boolean, step?: number) => string[],
  width: (text: string) => number,
): [AxisTick[], string[]] | null {
  const n = ticks.length;
  // Labels of a thinned set are written at the whole set's step: 12-hour ticks less one still read as times.
  const first = ticks[0],
    second = ticks[1];
  const calendar = first && second && "wall" in first && "wall" in second;
  const step = calendar ? +second.wall - +first.wall : undefined;
  const secondNamesDay = calendar && +second.wall % DAY === 0;
  const drops: number[][] = [[], [n - 1], ...(calendar && !secondNamesDay ? [[1], [1, n - 1]] : []), [0], [0, n - 1]];
  // The year on the first label is worth a tick; brief labels come last.
  const variants = [false, true].flatMap((brief) => drops.map((d): [number[], boolean] => [d, brief]));
  for (const need of [Math.min(n, 3), Math.min(n, 2)])
    for (const [drop, brief] of variants) {
      if (n - new Set(drop).size < need) continue;
      const kept = ticks.filter((_, i) => !drop.includes(i)),
        labels = label(kept, brief, step);
      if (
        overlapAt(
          kept.map((t) => scale(t.t)),
          labels,
          scale.range(),
          width,
        ) < 0
      )
        return [kept, labels];
    }
  return null;
}

/** Drops, left to right, each label that would come within 8px of the last one kept. */
function thin(
  scale: TimeScale,
  ticks: AxisTick[],
  labels: string[],
  width: (text: string) => number,
): [AxisTick[], string[]] {
  const keep: number[] = [];
  for (let i = 0; i < ticks.length; i++) {
    const pick = [...keep, i];
    const xs = pick.map((k) => scale(ticks[k]!.t));
    if (
      overlapAt(
        xs,
        pick.map((k) => labels[k] ?? ""),
        scale.range(),
        width,
      ) < 0
    )
      keep.push(i);
  }
  return [keep.map((k) => ticks[k]!), keep.map((k) => labels[k] ?? "")];
}

/**
 * The index of the first label, placed as drawAxis places it, that comes
 * within 8px of its left neighbour; -1 when none does.
 */
function overlapAt(
  xs: readonly number[],
  labels: readonly string[],
  [r0, r1]: [number, number],
  width: (text: string) => number,
): number {
  let right = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!,
      w = width(labels[i] ?? ""),
      anchor = anchorAt(x, r0, r1);
    const left = anchor === "start" ? x - 2 : anchor === "end" ? x + 2 - w : x - w / 2;
    if (left < right + 8) return i;
    right = left + w;
  }
  return -1;
}

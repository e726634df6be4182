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
import { axisTicks, type AxisTick, type TimeScale } from "../scale/time.js";
import type { EraWords } from "../scale/years.js";

export interface AxisOptions {
  locale: string;
  timeZone: string;
  /** Length of the grid lines (px): the plot's height (or width when vertical). */
  grid: number;
  /** About how many pixels between ticks. */
  spacing: number;
  /** The finest step the data warrants (ms): the unit of the finest precision in view. */
  minStep?: number;
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
  // Wide labels ("66 million years ago") ask for fewer ticks until neighbours no longer collide;
  // a label that only collides because it reads inward from an end is left out instead.
  let spacing = o.spacing,
    ticks: AxisTick[] = [],
    labels: string[] = [];
  search: for (let tries = 0; tries < 6; tries++, spacing *= 1.3) {
    ticks = axisTicks(scale, { spacing, minStep: o.minStep ?? 0, timeZone: o.timeZone });
    labels = formatTicks(ticks, o.locale, o.words);
    if (o.orient === "left") break;
    const n = ticks.length;
    for (const [a, b] of [
      [0, n],
      [0, n - 1],
      [1, n],
      [1, n - 1],
    ] as const) {
      if ((a > 0 || b < n) && b - a < 2) continue;
      if (
        fits(
          ticks.slice(a, b).map((t) => scale(t.t)),
          labels.slice(a, b),
          scale.range(),
        )
      ) {
        [ticks, labels] = [ticks.slice(a, b), labels.slice(a, b)];
        break search;
      }
    }
  }
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
const CHAR = 6.5;

/** True when no two neighbouring labels, placed as drawAxis places them, come within 8px of each other. */
function fits(xs: readonly number[], labels: readonly string[], [r0, r1]: [number, number]): boolean {
  let right = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!,
      w = (labels[i] ?? "").length * CHAR,
      anchor = anchorAt(x, r0, r1);
    const left = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
    if (left < right + 8) return false;
    right = left + w;
  }
  return true;
}

/**
 * The narrow layout: a vertical spine that reads like a news timeline on a
 * phone, one row per event: its date (with the part of the day) and its
 * lane's name, then its title wrapped over up to three lines and its
 * source count, all to the right of the spine.
 * Only the first rows of the current range are drawn (the list view below
 * holds everything), which bounds the DOM like culling does horizontally.
 */
import type { Selection } from "d3-selection";
import type { TimelineEvent, When } from "../data/types.js";
import { fitText } from "../layout/text.js";
import { formatShort } from "../scale/format.js";
import { dayPeriod, partOfDay, type DateWords } from "../scale/words.js";
import { px, svg } from "./dom.js";
import { badge, isConflict, mark } from "./events.js";

/** Height of the date line above each title (px). */
const DATE_LINE = 18;

/** Most rows the vertical chart draws. */
export const VERTICAL_ROWS = 60;

export interface VerticalRow {
  i: number;
  y: number;
  /** The date line. */
  date: string;
  lines: string[];
  /** Width of the last line, for the badge. */
  lastWidth: number;
  /** An era that begins with this row, drawn as a section heading above it. */
  heading?: string;
  /** The event's lane name, and whether it takes a line of its own under the date. */
  lane?: string;
  laneBelow?: boolean;
}

/** Room an era heading takes above its row (px), and a lane name on its own line. */
const HEADING = 26,
  LANE_LINE = 15;

/**
 * Wraps `text` into at most `maxLines` lines of `width` px, the last one
 * ellipsized when the text does not fit.
 *
 * @example
 * ```ts
 * wrapText("Putin meets Witkoff and Kushner in the Kremlin", 120, 2, widthTable(12.5));
 * ```
 */
export function wrapText(text: string, width: number, maxLines: number, measure: (t: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (let k = 0; k < words.length; k++) {
    const next = line ? `${line} ${words[k]}` : words[k]!;
    if (measure(next) <= width || !line) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(fitText(`${line} ${words.slice(k).join(" ")}`, width, measure));
      return lines;
    }
    lines.push(line);
    line = words[k]!;
  }
  if (line) lines.push(measure(line) <= width ? line : fitText(line, width, measure));
  return lines;
}

/** What a row says about event i: its title, its date line, its lane and an era that begins with it. */
export interface RowText {
  title: (i: number) => string;
  /** The date as the row's first line: "Dec 2, 2025 (evening)". */
  date: (i: number) => string;
  /** The event's lane (group) name, when the chart has lanes to tell apart. */
  lane?: (i: number) => string | null;
  /** An era that begins with event i (called in row order). */
  heading?: (i: number) => string | null;
}

// The date line is bold 11.5 px and a lane name 11 px uppercase with
// letter-spacing (the horizontal layout's lane labels): both measured with
// the 12.5 px label font, so scaled, with room to spare for the estimate.
const dateWidth = (t: string, measure: (t: string) => number): number => measure(t) * 0.97;
const laneWidth = (t: string, measure: (t: string) => number): number =>
  measure(t.toUpperCase()) * 0.93 + 0.8 * t.length;

/**
 * Stacks rows for events `ids` (in time order): a gap grows a little with
 * the time between neighbours, so bursts read as bursts. A lane name sits
 * at the right end of the date line, or on a line of its own under the
 * date when both do not fit (`width` + 30 px: the title's room and the badge's).
 */
export function verticalRows(
  ids: readonly number[],
  xs: ArrayLike<number>,
  text: RowText,
  width: number,
  measure: (t: string) => number,
  top: number,
): { rows: VerticalRow[]; height: number } {
  const rows: VerticalRow[] = [];
  let y = top,
    prev = NaN;
  for (const i of ids) {
    const gap = Number.isNaN(prev)
      ? 0
      : Math.min(18, Math.max(0, Math.log10(Math.max(1, (xs[i]! - prev) / 3_600_000)) * 6));
    y += gap;
    const head = text.heading?.(i) ?? null;
    if (head) y += HEADING;
    const lines = wrapText(text.title(i), width, 3, measure);
    const date = text.date(i),
      lane = text.lane?.(i) || "";
    const below = !!lane && dateWidth(date, measure) + 14 + laneWidth(lane, measure) > width + 30;
    rows.push({
      i,
      y,
      date,
      lines,
      lastWidth: measure(lines[lines.length - 1] ?? ""),
      ...(head ? { heading: fitText(head, width + 14, measure) } : {}),
      ...(lane ? { lane: below ? fitText(lane, width, (t) => laneWidth(t, measure)) : lane, laneBelow: below } : {}),
    });
    y += DATE_LINE + (below ? LANE_LINE : 0) + 14 + lines.length * 17;
    prev = xs[i]!;
  }
  return { rows, height: y + 8 };
}

/**
 * An event's date as its row's first line: the short date with its part of
 * the day, which the short form leaves out ("Dec 2, 2025 (evening)").
 *
 * @example
 * ```ts
 * rowDate(event.start, "en-US", labels); // "Dec 2, 2025 (evening)"
 * ```
 */
export function rowDate(when: When, locale: string, words?: DateWords): string {
  const text = formatShort(when, locale, words);
  const part = when.partOfDay;
  return part ? (words?.partOfDay ?? partOfDay)(text, part, dayPeriod(part, locale)) : text;
}

export interface VerticalContext {
  doc: Document;
  events: readonly TimelineEvent[];
  spine: number;
  /** Width of the chart, for each row's tap target. */
  width: number;
  domId: (i: number) => string;
  name: (i: number) => string;
}

/** Joins vertical rows into the events layer, keyed by event id like the horizontal layout. */
export function joinVertical(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  rows: VerticalRow[],
  ctx: VerticalContext,
): void {
  layer
    .selectAll<SVGGElement, VerticalRow>("g.citeline-event")
    .data(rows, function (this: Element, d: VerticalRow) {
      // A row already drawn keys by its own id (its old datum's index may name another event after an update).
      return this.getAttribute("data-event-id") ?? (ctx.events[d.i] as TimelineEvent).id;
    } as never)
    .join("g")
    .each((row, i, groups) => {
      const e = ctx.events[row.i] as TimelineEvent;
      const g = groups[i]!;
      g.replaceChildren();
      g.setAttribute("class", `citeline-event${isConflict(e) ? " is-conflict" : ""}`);
      g.setAttribute("data-event-id", e.id);
      g.setAttribute("id", ctx.domId(row.i));
      g.setAttribute("role", "img");
      g.setAttribute("aria-label", ctx.name(row.i));
      g.setAttribute("transform", `translate(0,${px(row.y)})`);
      if (row.heading) {
        // An era begins: its name heads the rows that follow, across the spine.
        const h = svg(ctx.doc, "text", { class: "citeline-era-heading", x: 4, y: -HEADING + 6 });
        h.textContent = row.heading;
        g.appendChild(h);
      }
      const date = svg(ctx.doc, "text", { class: "citeline-vdate", x: ctx.spine + 14, y: 4.5 });
      date.textContent = row.date;
      g.appendChild(date);
      // The lane name ends the date line, or has a line of its own under the date.
      const below = row.laneBelow ? LANE_LINE : 0;
      if (row.lane) {
        const lane = svg(ctx.doc, "text", {
          class: "citeline-lane-label",
          x: row.laneBelow ? ctx.spine + 14 : ctx.width - 6,
          y: 4.5 + below,
          ...(row.laneBelow ? {} : { "text-anchor": "end" }),
        });
        lane.textContent = row.lane;
        g.appendChild(lane);
      }
      // A transparent hit area: the whole row is the tap target, not just its mark and text.
      g.appendChild(
        svg(ctx.doc, "rect", {
          class: "citeline-hit",
          x: 0,
          y: -10,
          width: ctx.width,
          height: DATE_LINE + below + 6 + row.lines.length * 17,
        }),
      );
      g.appendChild(svg(ctx.doc, "circle", { class: "citeline-focus", cx: ctx.spine, r: 8.5 }));
      g.appendChild(mark(ctx.doc, isConflict(e), 4.5, ctx.spine));
      row.lines.forEach((line, k) => {
        const t = svg(ctx.doc, "text", {
          class: "citeline-label",
          x: ctx.spine + 14,
          y: 4.5 + DATE_LINE + below + k * 17,
        });
        t.textContent = line;
        g.appendChild(t);
      });
      const b = badge(
        ctx.doc,
        e.citations.length,
        `translate(${px(ctx.spine + 20 + row.lastWidth)},${DATE_LINE + below + (row.lines.length - 1) * 17})`,
      );
      if (b) g.appendChild(b);
    });
}

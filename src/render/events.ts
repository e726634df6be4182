/**
 * Event nodes of the horizontal layout: a keyed join on event ids (enter
 * builds a node once, update moves it), and a positioning pass that zoom
 * frames call alone: it writes only transforms and span widths.
 */
import type { Selection } from "d3-selection";
import type { TimelineEvent } from "../data/types.js";
import type { Model } from "../layout/model.js";
import { px, setAttr, svg } from "./dom.js";
import { thumbnailUrl } from "./media.js";

/** One event to draw: its index, its label row (-1: a bare mark, no label) and fitted label text. */
export interface EventItem {
  i: number;
  row: number;
  /** 1: label to the right of the mark; -1: label ending at the mark. */
  side: 1 | -1;
  text: string;
  /** Width of the fitted text (px), for placing the badge after it. */
  textWidth: number;
}

export interface EventsContext {
  doc: Document;
  model: Model;
  /** Screen x of an instant (ms). */
  x: (t: number) => number;
  /** Baseline y of each lane. */
  baseline: (lane: number) => number;
  rowHeight: number;
  /** DOM id for event i (aria-activedescendant target). */
  domId: (i: number) => string;
  /** Accessible name of event i. */
  name: (i: number) => string;
  /** Draw a small image of the event's first image before its label (option `thumbnails`). */
  thumbnails?: boolean;
}

/** Room a thumbnail takes in a label box (px): the image and a gap. */
export const THUMB = 18;

/** Width a thumbnail adds to event e's label box: THUMB when thumbnails are on and it has an image. */
export function thumbWidth(e: TimelineEvent, on: boolean): number {
  return on && thumbnailUrl(e.media) ? THUMB : 0;
}

/** Width of the source-count badge for n sources (px); 0 for an uncited event, which has none. */
export function badgeWidth(n: number): number {
  return n > 0 ? 10 + String(n).length * 7 : 0;
}

/** True when sources disagree on the event's date: drawn with the conflict mark. */
export const isConflict = (e: TimelineEvent): boolean => !!e.flags?.includes("date-conflict");

/**
 * The source-count badge, or null for an uncited event: a "0" would read as
 * a count of something (its details say "No source cited" instead).
 */
export function badge(doc: Document, n: number, transform?: string): SVGGElement | null {
  if (n <= 0) return null;
  const g = svg(doc, "g", { class: "citeline-badge", "aria-hidden": "true", ...(transform ? { transform } : {}) });
  g.appendChild(svg(doc, "rect", { y: -8, height: 16, width: badgeWidth(n), rx: 8 }));
  const count = svg(doc, "text", { x: badgeWidth(n) / 2, y: 4 });
  count.textContent = String(n);
  g.appendChild(count);
  return g;
}

/**
 * An event's mark: a circle, or for a date the sources disagree on a
 * warning triangle (a shape, not only a colour, and the legend's key shows
 * the same one).
 */
export function mark(doc: Document, conflict: boolean, r: number, cx = 0): SVGElement {
  if (!conflict) return svg(doc, "circle", { class: "citeline-mark", ...(cx ? { cx } : {}), r });
  const h = r + 2;
  return svg(doc, "path", {
    class: "citeline-mark is-conflict-mark",
    d: `M${cx},${-h}L${px(cx + h * 1.1)},${px(h * 0.8)}L${px(cx - h * 1.1)},${px(h * 0.8)}Z`,
  });
}

/** y of the text baseline of label row r, relative to the lane baseline. */
export function rowY(row: number, rowHeight: number): number {
  return -11 - row * rowHeight;
}

type EventSelection = Selection<SVGGElement, EventItem, SVGGElement, unknown>;

function classes(e: TimelineEvent, m: Model, i: number): string {
  let c = "citeline-event";
  if (m.range[i]) c += " is-range";
  if (m.fade[i] === -1) c += " is-before";
  if (m.fade[i] === 1) c += " is-after";
  if (e.start.qualifier === "about") c += " is-about";
  if (isConflict(e)) c += " is-conflict";
  if (e.end && !m.range[i]) c += " is-point-range";
  return c;
}

function build(g: SVGGElement, item: EventItem, ctx: EventsContext): void {
  const { doc, model } = ctx;
  const i = item.i;
  const e = model.events[i] as TimelineEvent;
  g.setAttribute("class", classes(e, model, i));
  g.setAttribute("data-event-id", e.id);
  g.setAttribute("role", "img");
  if (model.range[i]) g.appendChild(svg(doc, "rect", { class: "citeline-bar", y: -4, height: 8, rx: 2 }));
  else if (model.fade[i]) {
    // "Before"/"after": the span of possible dates fades out toward its open side.
    g.appendChild(
      svg(doc, "rect", {
        class: "citeline-span citeline-fade",
        y: -3,
        height: 6,
        fill: `url(#citeline-fade-${model.fade[i] < 0 ? "before" : "after"})`,
      }),
    );
  } else g.appendChild(svg(doc, "rect", { class: "citeline-span", y: -3, height: 6, rx: 2 }));
  g.appendChild(svg(doc, "line", { class: "citeline-stem", x1: 0, x2: 0, y1: -5 }));
  g.appendChild(svg(doc, "circle", { class: "citeline-focus", r: 8.5 }));
  g.appendChild(mark(doc, isConflict(e), model.range[i] ? 3.5 : 4.5));
  g.appendChild(svg(doc, "rect", { class: "citeline-label-bg", height: 15, rx: 2 }));
  const text = svg(doc, "text", { class: "citeline-label", x: 6 });
  g.appendChild(text);
  const thumb = ctx.thumbnails ? thumbnailUrl(e.media) : null;
  if (thumb) {
    // Decorative: the panel shows the image with its alt text and credit.
    const img = svg(doc, "image", {
      class: "citeline-thumb",
      width: 0,
      height: 16,
      preserveAspectRatio: "xMidYMid slice",
      "aria-hidden": "true",
    });
    img.setAttribute("href", thumb);
    g.appendChild(img);
  }
  const b = badge(doc, e.citations.length);
  if (b) g.appendChild(b);
}

/** Sets what depends on the item (row, text) without touching what zoom moves. */
function label(g: SVGGElement, item: EventItem, ctx: EventsContext): void {
  // Compared field by field: a key string per label per frame was a good part of what a zoom allocates.
  const node = g as SVGGElement & { __item?: EventItem },
    was = node.__item;
  if (was && was.row === item.row && was.side === item.side && was.text === item.text) return;
  node.__item = item;
  g.setAttribute("id", ctx.domId(item.i));
  g.setAttribute("aria-label", ctx.name(item.i));
  const [stem, bg, text, badge, thumb] = [
    ".citeline-stem",
    ".citeline-label-bg",
    ".citeline-label",
    ".citeline-badge",
    ".citeline-thumb",
  ].map((c) => g.querySelector(c));
  const y = rowY(Math.max(0, item.row), ctx.rowHeight);
  const hidden = item.row < 0;
  const bw = badgeWidth(ctx.model.events[item.i]!.citations.length);
  const tw = thumb ? THUMB : 0;
  // Right: "mark | [thumb] text (n)"; left: "[thumb] text (n) | mark". The box is what layout reserved.
  const textX = item.side > 0 ? 6 + tw : -(6 + bw + 5);
  if (thumb) {
    thumb.setAttribute("x", String(px(item.side > 0 ? 5 : textX - item.textWidth - tw)));
    thumb.setAttribute("y", String(y - 12));
    thumb.setAttribute("width", hidden ? "0" : "16");
  }
  stem?.setAttribute("y2", String(hidden ? -5 : y + 3));
  if (text) {
    text.setAttribute("x", String(textX));
    text.setAttribute("y", String(y));
    text.setAttribute("text-anchor", item.side > 0 ? "start" : "end");
    text.textContent = hidden ? "" : item.text;
  }
  if (bg) {
    bg.setAttribute("x", String(px(item.side > 0 ? 3 : textX - item.textWidth - tw - 3)));
    bg.setAttribute("y", String(y - 11));
    bg.setAttribute("width", String(hidden ? 0 : px(item.textWidth + tw + 6)));
  }
  if (badge) {
    // A bare mark keeps its badge, under the mark, so every event shows its source count.
    badge.setAttribute(
      "transform",
      hidden
        ? `translate(${px(-bw / 2)},15)`
        : `translate(${px(item.side > 0 ? 10 + tw + item.textWidth : -(6 + bw))},${y - 4})`,
    );
  }
}

/**
 * Joins `items` into the events layer, keyed by event id.
 *
 * @example
 * ```ts
 * joinEvents(layer, items, ctx); positionEvents(layer, ctx);
 * ```
 */
export function joinEvents(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  items: EventItem[],
  ctx: EventsContext,
): EventSelection {
  return layer
    .selectAll<SVGGElement, EventItem>("g.citeline-event")
    .data(items, function (this: Element, d: EventItem) {
      // A node already drawn keys by its own id: after an update its old
      // datum's index may name another event, or none. (For the new data,
      // `this` is the layer, which has no id.)
      return this.getAttribute("data-event-id") ?? (ctx.model.events[d.i] as TimelineEvent).id;
    } as never)
    .join((enter) =>
      enter.append((d) => {
        const g = svg(ctx.doc, "g");
        build(g, d, ctx);
        return g;
      }),
    )
    .each(function (d) {
      label(this, d, ctx);
    })
    .order();
}

/** Moves event nodes to the current scale: transforms, bar and span widths only. */
export function positionEvents(sel: EventSelection, ctx: EventsContext): void {
  const { model, x } = ctx;
  sel.each(function (d) {
    const i = d.i;
    const cx = x(model.x[i]!);
    this.setAttribute("transform", `translate(${px(cx)},${px(ctx.baseline(model.lane[i]!))})`);
    const span = this.firstElementChild;
    const left = x(model.a[i]!) - cx,
      right = x(model.b[i]!) - cx;
    if (span) {
      // Under two pixels the span says nothing; a zero-width rect keeps the node count fixed.
      const w = right - left;
      setAttr(span, "x", String(px(left)));
      setAttr(span, "width", String(model.range[i] || w >= 2 ? px(Math.max(w, 1)) : 0));
    }
  });
}

/**
 * Eras: named spans drawn as labelled bands behind the lanes of the
 * horizontal chart, and as section headings where the reading is a
 * sequence (the vertical layout and the list view). The band geometry is
 * pure; drawing is a keyed join on era ids, so zoom moves existing bands.
 */
import type { Era, TimelineEvent } from "../data/types.js";
import { fitText } from "../layout/text.js";
import { px, setAttr, svg } from "./dom.js";

/** Height of the strip under the lanes that holds era names (px). */
export const ERA_STRIP = 20;

/** An era on screen: its x extent (clamped to the plot) and the name that fits it. */
export interface EraBand {
  id: string;
  /** Position of the era in the timeline's list, for alternating shades. */
  k: number;
  x0: number;
  x1: number;
  /** The title fitted to the band, "" when not even an ellipsis fits. */
  label: string;
  title: string;
}

/**
 * The eras visible between plot edges `left` and `right`, as bands in
 * screen px; names fitted to their band (or the part of it on screen).
 *
 * @example
 * ```ts
 * eraBands(timeline.eras ?? [], (t) => x(t), 16, 944, widthTable(11));
 * ```
 */
export function eraBands(
  eras: readonly Era[],
  x: (t: number) => number,
  left: number,
  right: number,
  measure: (t: string) => number,
): EraBand[] {
  const out: EraBand[] = [];
  eras.forEach((era, k) => {
    const a = x(era.start.earliest),
      b = x(Math.max(era.end.latest, era.start.latest));
    if (!(b > left && a < right)) return;
    const x0 = Math.max(left, a),
      x1 = Math.min(right, b);
    const room = x1 - x0 - 8;
    const fitted = room >= 14 ? fitText(era.title, room, measure) : "";
    // "Th…" names nothing; the band's tooltip and the list view still do.
    const label = fitted.endsWith("…") && fitted.length < 5 ? "" : fitted;
    out.push({ id: era.id, k, x0, x1, title: era.title, label });
  });
  return out;
}

export interface ErasContext {
  doc: Document;
  /** Top and bottom of the bands (px): the lanes' extent. */
  top: number;
  bottom: number;
  /** Baseline of the era names, in the strip under the lanes. */
  labelY: number;
}

/**
 * Joins `bands` into the eras layer by id: a shaded rect over the lanes and
 * the era's name in the strip below them, its full title as a tooltip.
 *
 * @example
 * ```ts
 * drawEras(nodes.eras, eraBands(eras, x, 16, 944, measure), { doc, top: 34, bottom: 300, labelY: 314 });
 * ```
 */
export function drawEras(layer: SVGGElement, bands: readonly EraBand[], ctx: ErasContext): void {
  const byId = new Map<string, SVGGElement>();
  for (const g of [...layer.children] as SVGGElement[]) byId.set(g.getAttribute("data-era-id") ?? "", g);
  const keep = new Set<Element>();
  for (const band of bands) {
    let g = byId.get(band.id);
    if (!g) {
      g = svg(ctx.doc, "g", { class: "citeline-era", "data-era-id": band.id });
      g.append(
        svg(ctx.doc, "rect", { class: "citeline-era-band" }),
        svg(ctx.doc, "line", { class: "citeline-era-edge" }),
        svg(ctx.doc, "text", { class: "citeline-era-label" }),
      );
      const tip = svg(ctx.doc, "title");
      tip.textContent = band.title;
      g.appendChild(tip);
    }
    keep.add(g);
    layer.appendChild(g);
    setAttr(g, "class", `citeline-era${band.k % 2 ? " is-odd" : ""}`);
    const [rect, edge, text] = [...g.children] as [SVGRectElement, SVGLineElement, SVGTextElement];
    setAttr(rect, "x", String(px(band.x0)));
    setAttr(rect, "y", String(px(ctx.top)));
    setAttr(rect, "width", String(px(Math.max(0, band.x1 - band.x0))));
    setAttr(rect, "height", String(px(Math.max(0, ctx.labelY + 6 - ctx.top))));
    // A rule at the era's start, so two adjacent eras read as two.
    for (const [k, v] of Object.entries({ x1: px(band.x0), x2: px(band.x0), y1: px(ctx.top), y2: px(ctx.labelY + 6) }))
      setAttr(edge, k, String(v));
    setAttr(text, "x", String(px(band.x0 + 4)));
    setAttr(text, "y", String(px(ctx.labelY)));
    if (text.textContent !== band.label) text.textContent = band.label;
  }
  for (const g of [...layer.children]) if (!keep.has(g)) g.remove();
}

export interface EraLayerContext {
  doc: Document;
  /** Plot edges (px): bands are clamped to them. */
  left: number;
  right: number;
  /** Top of the bands, and the bottom of the lanes, under which the strip of names lies (px). */
  top: number;
  bottom: number;
  /** The label measurer (12.5 px text); era names are 11 px semibold. */
  measure: (text: string) => number;
}

/**
 * Draws `eras` into their layer at the scale `x`: the bands over the lanes
 * and the names in the ERA_STRIP under them. What a frame calls.
 *
 * @example
 * ```ts
 * drawEraLayer(nodes.eras, timeline.eras ?? [], x, { doc, left: 16, right: 944, top: 26, bottom: 300, measure });
 * ```
 */
export function drawEraLayer(
  layer: SVGGElement,
  eras: readonly Era[],
  x: (t: number) => number,
  ctx: EraLayerContext,
): void {
  if (!eras.length && !layer.firstChild) return;
  const measure = (t: string) => ctx.measure(t) * (11 / 12.5) * 1.06;
  drawEras(layer, eraBands(eras, x, ctx.left, ctx.right, measure), {
    doc: ctx.doc,
    top: ctx.top,
    bottom: ctx.bottom,
    labelY: ctx.bottom + ERA_STRIP - 6,
  });
}

/**
 * The era each event falls in (the first era, in the given order, whose
 * span holds the event's start), or -1: what the list view and the
 * vertical layout head sections with.
 *
 * @example
 * ```ts
 * eraOf(timeline.eras ?? [], event); // 0
 * ```
 */
export function eraOf(eras: readonly Era[], e: TimelineEvent): number {
  const t = e.start.earliest;
  for (let k = 0; k < eras.length; k++) {
    const era = eras[k]!;
    if (t >= era.start.earliest && t < Math.max(era.end.latest, era.start.latest)) return k;
  }
  return -1;
}

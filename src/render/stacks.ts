/**
 * Stacks: marks of one lane too close for a pointer to tell apart, one of
 * them labelled. One capsule covers their marks and names every member, so
 * a click at any of those marks reaches a target that lists the event
 * there, never a neighbour alone. The labels keep their own stems and stay
 * clickable; clicking the capsule zooms in until the marks part (or, where
 * they never part, lists them).
 */
import type { Selection } from "d3-selection";
import type { Stack } from "../layout/labels.js";
import type { Model } from "../layout/model.js";
import { HIT, name } from "./clusters.js";
import { px, setAttr, svg } from "./dom.js";

export interface StacksContext {
  doc: Document;
  model: Model;
  x: (t: number) => number;
  baseline: (lane: number) => number;
  /** "2 events here: …" for the tooltip and the accessible name. */
  title: (s: Stack) => string;
  /** The event id of member i, for `data-events`. */
  id: (i: number) => string;
}

type StackSelection = Selection<SVGGElement, Stack, SVGGElement, unknown>;

/**
 * Joins stacks into their layer, keyed by stack key, and moves them to the
 * current scale (the capsule grows as zooming parts the marks).
 *
 * @example
 * ```ts
 * drawStacks(select(nodes.stacks), vis.stacks, ctx);
 * ```
 */
export function drawStacks(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  stacks: readonly Stack[],
  ctx: StacksContext,
): StackSelection {
  const sel = layer
    .selectAll<SVGGElement, Stack>("g.citeline-stack")
    .data(stacks, function (this: SVGGElement | Stack, d?: Stack) {
      return d ? d.key : ((this as SVGGElement).getAttribute("data-key") ?? "");
    } as never)
    .join((enter) =>
      enter.append((st) => {
        const g = svg(ctx.doc, "g", { class: "citeline-stack", "data-key": st.key, role: "img" });
        g.appendChild(svg(ctx.doc, "title"));
        g.appendChild(svg(ctx.doc, "rect", { x: -HIT, y: -HIT, height: 2 * HIT, rx: HIT }));
        g.appendChild(svg(ctx.doc, "text", { y: 4 }));
        return g;
      }),
    );
  sel.each(function (st) {
    name(this, st.ids, ctx.id, () => ctx.title(st));
    const count = String(st.ids.length);
    if (this.children[2]!.textContent !== count) this.children[2]!.textContent = count;
    const x0 = ctx.x(ctx.model.x[st.ids[0]!]!),
      x1 = ctx.x(ctx.model.x[st.ids[st.ids.length - 1]!]!);
    this.setAttribute("transform", `translate(${px(x0)},${px(ctx.baseline(st.lane))})`);
    const rect = this.children[1],
      text = this.children[2];
    if (rect) setAttr(rect, "width", String(px(x1 - x0 + 2 * HIT)));
    if (text) setAttr(text, "x", String(px((x1 - x0) / 2)));
  });
  return sel;
}

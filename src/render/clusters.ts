/**
 * "+N" cluster pills: the events whose labels found no room at this zoom
 * level, counted in the lane's top row, with a hairline under the lane over
 * the time they cover. The pill names its events, and it owns the strip
 * of the baseline over their marks, which draw no mark of their own: a
 * click there never lands on a neighbour. Clicking one zooms into it, where
 * it splits (or, at the zoom limit, lists its events).
 */
import type { Selection } from "d3-selection";
import type { Cluster } from "../layout/labels.js";
import type { DrawnCluster } from "../layout/visible.js";
import type { Model } from "../layout/model.js";
import { px, setAttr, svg } from "./dom.js";
import { rowY } from "./events.js";

export interface ClustersContext {
  doc: Document;
  model: Model;
  x: (t: number) => number;
  baseline: (lane: number) => number;
  /** The cluster row of each lane. */
  clusterRow: (lane: number) => number;
  rowHeight: number;
  /** "12 more events, 3 March to 9 April: …" for the tooltip and accessible name, naming the members. */
  title: (c: Cluster) => string;
  /** The event ids of members, for `data-events`. */
  id: (i: number) => string;
}

/** Half the width (px) of the target each unlabelled or stacked mark gets on the baseline. */
export const HIT = 7;

/** Members named in `data-events` (a pill of a dense lane holds thousands). */
const LISTED = 200;

type ClusterSelection = Selection<SVGGElement, DrawnCluster, SVGGElement, unknown>;

/**
 * Joins clusters into their layer, keyed by cluster key.
 *
 * @example
 * ```ts
 * positionClusters(joinClusters(layer, clusters, ctx), ctx);
 * ```
 */
export function joinClusters(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  clusters: DrawnCluster[],
  ctx: ClustersContext,
): ClusterSelection {
  return layer
    .selectAll<SVGGElement, DrawnCluster>("g.citeline-cluster")
    .data(clusters, function (this: SVGGElement | Cluster, d?: Cluster) {
      return d ? d.key : ((this as SVGGElement).getAttribute("data-key") ?? "");
    } as never)
    .join((enter) =>
      enter.append((c) => {
        const g = svg(ctx.doc, "g", { class: "citeline-cluster", "data-key": c.key, role: "img" });
        g.appendChild(svg(ctx.doc, "title"));
        g.appendChild(svg(ctx.doc, "rect", { x: 0, height: 15, width: c.w, rx: 7.5 }));
        g.appendChild(svg(ctx.doc, "text", { x: c.w / 2 }));
        g.appendChild(svg(ctx.doc, "rect", { class: "citeline-hit", y: -HIT, height: 2 * HIT, rx: 3 }));
        return g;
      }),
    )
    .each(function (c) {
      name(this, c.ids, ctx.id, () => ctx.title(c));
      setText(this.children[2]!, `+${c.count}`);
      // The lane's rows change with the width, and a key outlives the change.
      const y = rowY(ctx.clusterRow(c.lane), ctx.rowHeight);
      setAttr(this.children[1]!, "y", String(y - 11));
      setAttr(this.children[2]!, "y", String(y));
    });
}

const named = new WeakMap<Element, string>();

/**
 * Names a pill's or stack's node after its members: tooltip, accessible
 * name and `data-events`. A key (lane and first member) outlives a zoom
 * level, where the same first member may head other members, so this is
 * checked on every join and written only when the members change.
 */
export function name(g: Element, ids: ArrayLike<number>, id: (i: number) => string, title: () => string): void {
  const n = ids.length,
    sig = `${n}:${ids[0]}:${ids[n - 1]}`;
  if (named.get(g) === sig) return;
  named.set(g, sig);
  const text = title();
  g.setAttribute("aria-label", text);
  setText(g.firstElementChild!, text);
  const listed: string[] = [];
  for (let k = 0; k < n && k < LISTED; k++) listed.push(id(ids[k]!));
  g.setAttribute("data-events", listed.join(" "));
}

function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/**
 * Moves clusters to the current scale. Only the transform changes on every
 * frame; the few pills moved off their first mark (`at`, beside a lane
 * name) are rewritten only when they change.
 */
export function positionClusters(sel: ClusterSelection, ctx: ClustersContext): void {
  const all = sel.data();
  sel.each(function (c, k) {
    const x0 = ctx.x(ctx.model.x[c.first]!),
      dx = c.at === undefined ? 0 : px(c.at - x0);
    this.setAttribute("transform", `translate(${px(x0)},${px(ctx.baseline(c.lane))})`);
    // In the order joinClusters builds them (after the title): no queries per pill per frame.
    const rect = this.children[1],
      text = this.children[2],
      hit = this.children[3];
    if (rect) setAttr(rect, "x", String(dx));
    if (text) setAttr(text, "x", String(px(dx + c.w / 2)));
    if (hit) {
      // The baseline strip over the members' marks, stopping halfway to the
      // nearest mark of a neighbouring pill of the lane: it changes with the
      // zoom only where members lie apart or a neighbour is that close.
      const prev = all[k - 1]?.lane === c.lane ? ctx.x(ctx.model.x[all[k - 1]!.last]!) : -Infinity,
        next = all[k + 1]?.lane === c.lane ? ctx.x(ctx.model.x[all[k + 1]!.first]!) : Infinity,
        x1 = ctx.x(ctx.model.x[c.last]!);
      const a = Math.min(HIT, (x0 - prev) / 2),
        b = Math.min(HIT, (next - x1) / 2);
      setAttr(hit, "x", String(px(-a)));
      setAttr(hit, "width", String(px(x1 - x0 + a + b)));
    }
  });
}

/**
 * Draws every pill's hairline, over the marks it counts, as one path
 * behind the pills: a zoom frame rewrites one attribute rather than one
 * line per pill, and the browser lays out and paints one object again
 * rather than a hundred.
 */
export function drawExtents(layer: Element, clusters: readonly DrawnCluster[], ctx: ClustersContext): void {
  let path = layer.firstElementChild;
  if (path?.tagName !== "path") layer.prepend((path = svg(ctx.doc, "path", { class: "citeline-cluster-extent" })));
  let d = "";
  for (const c of clusters) {
    const x0 = px(ctx.x(ctx.model.x[c.first]!)),
      x1 = px(ctx.x(ctx.model.x[c.last]!));
    if (x1 > x0) d += `M${x0},${px(ctx.baseline(c.lane) + 12)}H${x1}`;
  }
  setAttr(path, "d", d);
}

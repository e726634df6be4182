/**
 * "+N" cluster pills: the events whose labels found no room at this zoom
 * level, counted in the lane's top row, with a hairline under the lane over
 * the time they cover. Clicking one zooms into it, where it splits.
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
  /** "12 more events, 3 March to 9 April" for the tooltip. */
  title: (c: Cluster) => string;
}

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
        const g = svg(ctx.doc, "g", { class: "citeline-cluster", "data-key": c.key, "aria-hidden": "true" });
        const y = rowY(ctx.clusterRow(c.lane), ctx.rowHeight);
        const title = svg(ctx.doc, "title");
        title.textContent = ctx.title(c);
        g.appendChild(title);
        g.appendChild(svg(ctx.doc, "rect", { x: 0, y: y - 11, height: 15, width: c.w, rx: 7.5 }));
        const text = svg(ctx.doc, "text", { x: c.w / 2, y: y });
        text.textContent = `+${c.count}`;
        g.appendChild(text);
        return g;
      }),
    );
}

/**
 * Moves clusters to the current scale. Only the transform changes on every
 * frame; the few pills moved off their first mark (`at`, beside a lane
 * name) are rewritten only when they change.
 */
export function positionClusters(sel: ClusterSelection, ctx: ClustersContext): void {
  sel.each(function (c) {
    const x0 = ctx.x(ctx.model.x[c.first]!),
      dx = c.at === undefined ? 0 : px(c.at - x0);
    this.setAttribute("transform", `translate(${px(x0)},${px(ctx.baseline(c.lane))})`);
    // In the order joinClusters builds them (after the title): no queries per pill per frame.
    const rect = this.children[1],
      text = this.children[2];
    if (rect) setAttr(rect, "x", String(dx));
    if (text) setAttr(text, "x", String(px(dx + c.w / 2)));
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

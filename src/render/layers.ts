/**
 * Node counts per chart layer, for tests and benchmarks that guard the
 * culling bounds (counts, not times).
 */

export interface LayerCounts {
  events: number;
  clusters: number;
  axisTicks: number;
  list: number;
  /** Every element in the figure. */
  total: number;
}

/**
 * Counts the nodes of a timeline figure by layer.
 *
 * @example
 * ```ts
 * layerCounts(timeline(data, { width: 1200 })).events; // ≤ 600 at any N
 * ```
 */
export function layerCounts(figure: Element): LayerCounts {
  return {
    events: figure.querySelectorAll("[data-layer=events] > .citeline-event").length,
    clusters: figure.querySelectorAll("[data-layer=clusters] > .citeline-cluster").length,
    axisTicks: figure.querySelectorAll("[data-layer=axis] .tick").length,
    list: figure.querySelectorAll("ol.citeline-list > li").length,
    total: figure.getElementsByTagName("*").length,
  };
}

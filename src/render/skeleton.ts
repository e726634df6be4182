/**
 * The figure's fixed structure, built once per timeline: caption, legend,
 * chart layers, details panel, live region and list view. Data fills it
 * later; zoom only ever touches the chart layers.
 */
import type { TimelineLabels } from "./labels.js";
import { html, svg } from "./dom.js";

export interface Nodes {
  figure: HTMLElement;
  caption: HTMLElement;
  title: HTMLElement;
  description: HTMLElement;
  diagnostics: HTMLElement;
  legend: HTMLElement;
  stage: HTMLElement;
  svg: SVGSVGElement;
  lanes: SVGGElement;
  /** Era bands, behind the lanes. */
  eras: SVGGElement;
  axis: SVGGElement;
  density: SVGGElement;
  clusters: SVGGElement;
  events: SVGGElement;
  stacks: SVGGElement;
  laneLabels: SVGGElement;
  frame: SVGRectElement;
  /** The nested viewport around the density, clusters and events layers that clips them to the plot. */
  plot: SVGSVGElement;
  empty: SVGTextElement;
  /** The usage hint read with the chart's name (screen readers only). */
  hint: HTMLElement;
  details: HTMLElement;
  live: HTMLElement;
  listview: HTMLDetailsElement;
  list: HTMLOListElement;
  listSummary: HTMLElement;
  pager: HTMLElement;
}

function layer(doc: Document, name: string, className = `citeline-${name}`): SVGGElement {
  return svg(doc, "g", { class: className, "data-layer": name });
}

function gradient(doc: Document, id: string, fromOpaque: boolean): SVGLinearGradientElement {
  const g = svg(doc, "linearGradient", { id });
  g.appendChild(svg(doc, "stop", { class: "citeline-fade-stop", offset: 0, "stop-opacity": fromOpaque ? 0.22 : 0 }));
  g.appendChild(svg(doc, "stop", { class: "citeline-fade-stop", offset: 1, "stop-opacity": fromOpaque ? 0 : 0.22 }));
  return g;
}

/**
 * Builds the empty figure. `prefix` makes DOM ids unique per figure.
 *
 * @example
 * ```ts
 * const nodes = skeleton(document, "citeline-1", defaultLabels);
 * ```
 */
export function skeleton(doc: Document, prefix: string, labels: TimelineLabels): Nodes {
  const figure = html(doc, "figure", "citeline");
  const caption = html(doc, "figcaption", "citeline-caption");
  const title = html(doc, "span", "citeline-title");
  const description = html(doc, "span", "citeline-description");
  caption.append(title, description);
  const diagnostics = html(doc, "div", "citeline-diagnostics-slot");
  const legend = html(doc, "div", "citeline-legend");
  const stage = html(doc, "div", "citeline-stage");
  const chart = svg(doc, "svg", {
    class: "citeline-chart",
    role: "group",
    tabindex: 0,
    "aria-roledescription": "timeline",
  });
  chart.setAttribute("aria-describedby", `${prefix}-hint`);
  const defs = svg(doc, "defs");
  // The gradients only use classes and objectBoundingBox units, so figures can share their ids.
  defs.append(gradient(doc, "citeline-fade-before", false), gradient(doc, "citeline-fade-after", true));
  const frame = svg(doc, "rect", { class: "citeline-frame", x: 0.5, y: 0.5, rx: 4 });
  const eras = layer(doc, "eras");
  const lanes = layer(doc, "lanes");
  const axis = layer(doc, "axis");
  const density = layer(doc, "density", "citeline-densities");
  const clusters = layer(doc, "clusters");
  const events = layer(doc, "events");
  // Stacks of marks too close to tell apart cover those marks (see render/stacks).
  const stacks = layer(doc, "stacks");
  // Lane names paint last, over any "+N" pill that shares their line.
  const laneLabels = layer(doc, "lane-labels");
  const empty = svg(doc, "text", { class: "citeline-empty" });
  // Marks, labels and pills stop at the plot's edges: a nested viewport
  // (see setPlot in dom.ts) clips them. A clipPath referenced as url(#id)
  // clipped as well, but Chromium's style cache kept that reference, and
  // through it whole removed charts, alive after they were gone.
  const plot = svg(doc, "svg", { class: "citeline-plot", overflow: "hidden" });
  plot.append(density, clusters, events, stacks);
  chart.append(defs, frame, eras, lanes, axis, plot, laneLabels, empty);
  const details = html(doc, "section", "citeline-details");
  details.hidden = true;
  // Named by its event and its chart: two charts of a page may show one event (axe's landmark-unique).
  title.id = `${prefix}-title`;
  details.setAttribute("aria-labelledby", `${prefix}-details-title ${prefix}-title`);
  stage.append(chart, details);
  const hint = html(doc, "span", "citeline-sr", labels.hint);
  hint.id = `${prefix}-hint`;
  const live = html(doc, "div", "citeline-live");
  live.setAttribute("aria-live", "polite");
  live.setAttribute("role", "status");
  // A disclosure: closed under a live chart (the chart is the reading), open
  // in a static rendering and in print, where the list is the reading.
  const listview = html(doc, "details", "citeline-listview");
  const listSummary = html(doc, "summary", "citeline-listview-summary", labels.list);
  listSummary.id = `${prefix}-list`;
  const list = html(doc, "ol", "citeline-list");
  list.setAttribute("aria-labelledby", listSummary.id);
  const pager = html(doc, "div", "citeline-pager");
  listview.append(listSummary, list, pager);
  figure.append(caption, diagnostics, stage, legend, hint, live, listview);
  return {
    figure,
    caption,
    title,
    description,
    diagnostics,
    legend,
    stage,
    svg: chart,
    lanes,
    eras,
    axis,
    density,
    clusters,
    events,
    stacks,
    laneLabels,
    frame,
    plot,
    empty,
    hint,
    details,
    live,
    listview,
    list,
    listSummary,
    pager,
  };
}

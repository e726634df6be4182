/**
 * Zoom and pan through d3-zoom: horizontal only (the transform's k and x
 * rescale the time axis; y never moves), bounded to the data's extent and to
 * a minimum visible span. Touch leaves vertical page scrolling alone.
 */
import { select } from "d3-selection";
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import type { TimeScale } from "../scale/time.js";

export type Zoom = ZoomBehavior<SVGSVGElement, unknown>;

export interface ZoomSetup {
  width: number;
  height: number;
  /** Largest zoom factor: the full domain over the minimum span. */
  maxK: number;
  onZoom: (t: ZoomTransform, source: Event | null) => void;
}

/**
 * Attaches a d3-zoom behavior to `svg`.
 *
 * @example
 * ```ts
 * const z = attachZoom(svgEl, { width: 960, height: 400, maxK: 5000, onZoom: (t) => render(t) });
 * ```
 */
export function attachZoom(svg: SVGSVGElement, o: ZoomSetup): Zoom {
  const z = zoom<SVGSVGElement, unknown>()
    .extent([[0, 0], [o.width, o.height]])
    .scaleExtent([1, Math.max(1, o.maxK)])
    .translateExtent([[0, 0], [o.width, o.height]])
    // Clicks on clusters and events stay clicks; d3-zoom ignores secondary buttons itself.
    .filter((event: Event & { button?: number; ctrlKey?: boolean }) => (!event.ctrlKey || event.type === "wheel") && !event.button)
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => o.onZoom(event.transform, event.sourceEvent as Event | null));
  select(svg).call(z);
  // Let the browser scroll the page vertically on touch; horizontal drags and pinches are the chart's.
  svg.style.touchAction = "pan-y";
  return z;
}

/** Updates bounds after a resize or data change, without touching listeners. */
export function configureZoom(z: Zoom, o: Omit<ZoomSetup, "onZoom">): void {
  z.extent([[0, 0], [o.width, o.height]])
    .scaleExtent([1, Math.max(1, o.maxK)])
    .translateExtent([[0, 0], [o.width, o.height]]);
}

/** Removes every zoom listener d3-zoom added to `svg`. */
export function detachZoom(svg: SVGSVGElement): void {
  select(svg).on(".zoom", null);
}

/**
 * The transform that shows [start, end] (ms) with base scale `x0`, clamped
 * to zoom factors [1, maxK].
 *
 * @example
 * ```ts
 * transformFor(x0, Date.UTC(2025, 11, 1), Date.UTC(2025, 11, 8), 1e6);
 * ```
 */
export function transformFor(x0: TimeScale, start: number, end: number, maxK: number): ZoomTransform {
  const [r0, r1] = x0.range() as [number, number];
  const a = x0(start), b = x0(Math.max(end, start + 1));
  const k = Math.min(Math.max(1, (r1 - r0) / Math.max(1e-9, b - a)), Math.max(1, maxK));
  const mid = (a + b) / 2;
  // Center the requested range, then clamp so the view stays inside the base domain.
  let tx = (r0 + r1) / 2 - k * mid;
  tx = Math.min(r0 - k * r0, Math.max(r1 - k * r1, tx));
  return zoomIdentity.translate(tx, 0).scale(k);
}

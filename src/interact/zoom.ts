/**
 * Zoom and pan gestures on the chart: the wheel (and trackpad pinch, which
 * browsers send as a ctrl+wheel), mouse and touch drags, two-finger pinch,
 * and double-click. Horizontal only: the transform's k and x rescale the
 * time axis; lanes never move. Touch leaves vertical page scrolling to the
 * browser (`touch-action: pan-y` in the stylesheet).
 *
 * Gestures are cooperative by default, as embedded maps' are: a reader
 * scrolling a story past the chart must not be caught by it. A plain wheel
 * scrolls the page (and shows a hint); ctrl/⌘ + wheel and pinches zoom, and
 * so does any wheel once the reader has clicked or focused the chart, until
 * the pointer leaves it. "greedy" makes every wheel zoom.
 *
 * The behaviour keeps no transform of its own: it reads the chart's and
 * proposes the next one, so the chart's state lives in one place. It
 * replaces d3-zoom, which would bring d3-transition, d3-interpolate and
 * d3-color into the script-tag bundle to cancel transitions citeline never
 * starts (about a sixth of the bundle).
 */
import { constrain, zoomAt, type ZoomLimits, type ZoomTransform } from "../scale/transform.js";

export interface ZoomSetup {
  /** The chart's transform now. */
  transform: () => ZoomTransform;
  /** Read at each input, so resizes and new data need no reconfiguring. */
  limits: () => ZoomLimits;
  /** Gestures are ignored while this is false (the vertical layout does not zoom). */
  enabled: () => boolean;
  /** Applies a transform the gesture asks for (already within the limits). */
  apply: (t: ZoomTransform, source: Event) => void;
  /** Removes every listener when aborted. */
  signal: AbortSignal;
  /** "cooperative" (the default) or "greedy"; read at each wheel. */
  gestures?: () => "cooperative" | "greedy";
  /** Shows or hides the hint that ctrl/⌘ + wheel zooms, after a plain wheel left to the page. */
  hint?: (show: boolean) => void;
}

/** How long the zoom hint stays after the last plain wheel (ms). */
const HINT_TIME = 1600;

/** Pixels a pointer may move before a press becomes a drag (and its click is swallowed). */
const CLICK_DISTANCE = 3;

/**
 * Listens for zoom and pan gestures on `svg`.
 *
 * @example
 * ```ts
 * const abort = new AbortController();
 * attachZoom(svgEl, { transform: () => t, limits: () => ({ range: [40, 940], maxK: 5000 }),
 *   enabled: () => true, apply: (next) => render((t = next)), signal: abort.signal });
 * ```
 */
export function attachZoom(svg: SVGSVGElement, o: ZoomSetup): void {
  const gesture: Gesture = {
    listen: (target, type, fn, passive = true) =>
      target.addEventListener(type, fn as EventListener, { signal: o.signal, passive }),
    // A proposal that changes nothing is not applied, and leaves the event to the page.
    propose: (t, e) => {
      const now = o.transform();
      if (t.k === now.k && t.x === now.x) return false;
      o.apply(t, e);
      return true;
    },
  };
  attachWheel(svg, o, gesture);
  attachPointers(svg, o, gesture);
}

/** What the gesture handlers share: listening until the chart goes, and proposing a transform. */
interface Gesture {
  listen: <E extends Event>(target: EventTarget, type: string, fn: (e: E) => void, passive?: boolean) => void;
  /** Applies `t` unless it changes nothing; true when applied. */
  propose: (t: ZoomTransform, e: Event) => boolean;
}

/** The wheel (cooperative or greedy) and double-click. */
function attachWheel(svg: SVGSVGElement, o: ZoomSetup, { listen, propose }: Gesture): void {
  // The reader has taken the chart (a press or focus in it): wheels zoom until the pointer leaves.
  let engaged = false,
    hintTimer = 0;
  const view = svg.ownerDocument.defaultView;
  const hint = (show: boolean) => {
    if (!o.hint) return;
    view?.clearTimeout(hintTimer);
    o.hint(show);
    if (show && view) hintTimer = view.setTimeout(() => o.hint?.(false), HINT_TIME);
  };
  const engage = () => {
    engaged = true;
    hint(false);
  };
  listen(svg, "pointerdown", engage);
  listen(svg, "focus", engage);
  listen(svg, "pointerleave", () => (engaged = false));
  listen(svg, "blur", () => (engaged = false));
  o.signal.addEventListener("abort", () => view?.clearTimeout(hintTimer));

  listen<WheelEvent>(
    svg,
    "wheel",
    (e) => {
      if (!o.enabled()) return;
      const sideways = Math.abs(e.deltaX) > Math.abs(e.deltaY);
      const modified = e.ctrlKey || e.metaKey;
      // A plain vertical wheel is the page's, unless the reader took the chart; a sideways swipe still pans.
      if (!modified && !sideways && !engaged && (o.gestures?.() ?? "cooperative") === "cooperative") {
        hint(true);
        return;
      }
      hint(false);
      const lines = e.deltaMode === 1,
        pages = e.deltaMode === 2;
      const limits = o.limits(),
        t = o.transform();
      // Trackpad pinches arrive as ctrl+wheel with small pixel deltas and are sped up as d3-zoom does;
      // a mouse notch (about 100 px) held with ctrl or ⌘ is 1.15x, like a plain notch in greedy mode.
      const pinch = e.ctrlKey && e.deltaMode === 0 && Math.abs(e.deltaY) < 50;
      const next =
        !modified && sideways
          ? constrain(
              { k: t.k, x: t.x - e.deltaX * (lines ? 16 : pages ? limits.range[1] - limits.range[0] : 1) },
              limits,
            )
          : zoomAt(t, 2 ** (-e.deltaY * (lines ? 0.05 : pages ? 1 : 0.002) * (pinch ? 10 : 1)), localX(svg, e), limits);
      // ctrl/⌘ + wheel is always the chart's, even at a limit: left alone it would zoom the whole page.
      // Otherwise, at a limit the wheel scrolls the page instead of being swallowed.
      if (propose(next, e) || modified) e.preventDefault();
    },
    false,
  );

  listen<MouseEvent>(
    svg,
    "dblclick",
    (e) => {
      if (!o.enabled()) return;
      e.preventDefault();
      propose(zoomAt(o.transform(), e.shiftKey ? 0.5 : 2, localX(svg, e), o.limits()), e);
    },
    false,
  );
}

/** Mouse and touch drags, and two-finger pinches. */
function attachPointers(svg: SVGSVGElement, o: ZoomSetup, { listen, propose }: Gesture): void {
  // Active pointers: where each went down and where it is, in chart px. A
  // change in the set of pointers starts the gesture afresh from the
  // current transform, so lifting one finger of a pinch continues as a pan.
  const down = new Map<number, number>(),
    at = new Map<number, number>();
  let base = o.transform(),
    moved = false;
  const rebase = () => {
    base = o.transform();
    for (const [id, x] of at) down.set(id, x);
  };
  const end = (e: PointerEvent) => {
    if (!at.delete(e.pointerId)) return;
    down.delete(e.pointerId);
    rebase();
    if (at.size || !moved) return;
    moved = false;
    // The click that ends a drag is not a click on what lies under it.
    const swallow = (c: Event) => (c.stopImmediatePropagation(), c.preventDefault());
    svg.addEventListener("click", swallow, { capture: true, once: true });
    // The document's own timer: a chart drawn into a caller's JSDOM must not hold Node's event loop.
    (svg.ownerDocument.defaultView ?? globalThis).setTimeout(
      () => svg.removeEventListener("click", swallow, { capture: true }),
      0,
    );
  };
  listen<PointerEvent>(svg, "pointerdown", (e) => {
    if (!o.enabled() || e.button !== 0 || (e.ctrlKey && e.pointerType === "mouse")) return;
    // A primary pointer goes down only when no other is down: forget any whose release was never heard.
    if (e.isPrimary) {
      at.clear();
      down.clear();
      moved = false;
    }
    if (at.size >= 2) return;
    const x = localX(svg, e);
    at.set(e.pointerId, x);
    down.set(e.pointerId, x);
    rebase();
  });
  listen<PointerEvent>(svg, "pointermove", (e) => {
    if (!at.has(e.pointerId)) return;
    const x = localX(svg, e);
    at.set(e.pointerId, x);
    if (!moved) {
      if (Math.abs(x - down.get(e.pointerId)!) <= CLICK_DISTANCE) return;
      // Capture only once it is a drag: a captured press would retarget its click to the svg.
      moved = true;
      for (const id of at.keys()) if (svg.hasPointerCapture?.(id) === false) svg.setPointerCapture(id);
    }
    const limits = o.limits();
    const [a, b] = [...at.keys()];
    if (b === undefined) {
      propose(constrain({ k: base.k, x: base.x + x - down.get(a!)! }, limits), e);
      return;
    }
    // Two fingers: the time under their midpoint follows the midpoint, scaled by their spread.
    const a0 = down.get(a!)!,
      b0 = down.get(b)!,
      a1 = at.get(a!)!,
      b1 = at.get(b)!;
    const spread = Math.abs(a1 - b1) / Math.max(1, Math.abs(a0 - b0));
    const pinched = zoomAt(base, spread, (a0 + b0) / 2, limits);
    propose(constrain({ k: pinched.k, x: pinched.x + (a1 + b1 - a0 - b0) / 2 }, limits), e);
  });
  // Releases are heard anywhere: a press that left the chart before it became a drag still ends.
  listen<PointerEvent>(svg.ownerDocument, "pointerup", end);
  listen<PointerEvent>(svg.ownerDocument, "pointercancel", end);
}

/** A pointer's x in the svg's own coordinates (its viewBox), wherever CSS has scaled it. */
function localX(svg: SVGSVGElement, e: MouseEvent): number {
  const m = svg.getScreenCTM?.();
  if (m) {
    const p = svg.createSVGPoint();
    p.x = e.clientX;
    p.y = e.clientY;
    return p.matrixTransform(m.inverse()).x;
  }
  return e.clientX - svg.getBoundingClientRect().left;
}

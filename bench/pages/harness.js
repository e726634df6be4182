// The page side of the browser benchmark, shared by every library's page.
// A page calls install() with three small adapters; bench/browser.mjs then
// drives window.bench. Everything a library does before the timed call
// (generating and converting data) happens at load, outside the clock.
import { syntheticEvents } from "./events.js";

const errors = [];
addEventListener("error", (e) => errors.push(String(e.message || e.error)));
addEventListener("unhandledrejection", (e) => errors.push(String(e.reason)));

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * @param {object} lib
 * @param {(events: object[]) => unknown} lib.prepare  data in the library's own input format (untimed)
 * @param {(input: unknown, container: HTMLElement) => unknown} lib.render  the timed call; returns a handle,
 *   or `{ handle, drawn }` when the library draws later and says when (`drawn` a promise)
 * @param {(handle: unknown) => string} [lib.view]  the visible range, to prove an interaction moved it
 * @param {string} [lib.target]  selector of the element wheel and drag go to (none: no zoom or pan)
 */
export function install(lib) {
  const params = new URLSearchParams(location.search);
  const n = Number(params.get("n") ?? 1000);
  const seed = Number(params.get("seed") ?? 20251202);
  const container = document.getElementById("chart");
  const input = lib.prepare(syntheticEvents(n, seed));
  let handle = null;
  let frames = null;

  window.bench = {
    n,
    target: lib.target ?? null,
    errors,
    /**
     * Milliseconds from the library call to the second animation frame after
     * it returns (or after it reports its first draw, for libraries that
     * draw asynchronously).
     */
    async render() {
      const t0 = performance.now();
      const out = lib.render(input, container);
      if (out && typeof out === "object" && "drawn" in out) {
        handle = out.handle;
        await out.drawn;
      } else handle = out;
      await nextFrame();
      await nextFrame();
      return performance.now() - t0;
    },
    /** Every element the library put into the page (its container's subtree). */
    nodes: () => container.querySelectorAll("*").length,
    view: () => (lib.view ? lib.view(handle) : ""),
    frame: nextFrame,
    /** Starts recording requestAnimationFrame timestamps. */
    startFrames() {
      const stamps = [];
      frames = stamps;
      const loop = (t) => {
        if (frames !== stamps) return;
        stamps.push(t);
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    /** Stops recording; returns the intervals between consecutive frames (ms). */
    async stopFrames() {
      await nextFrame();
      const stamps = frames ?? [];
      frames = null;
      const out = [];
      for (let i = 1; i < stamps.length; i++) out.push(stamps[i] - stamps[i - 1]);
      return out;
    },
  };
  window.benchReady = true;
}

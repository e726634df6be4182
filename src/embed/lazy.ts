/**
 * When `<cite-line>` elements draw: each once it comes near the viewport
 * (a live blog of fifty timelines draws the few a reader sees, not fifty
 * at load), one element per animation frame (several coming near at once
 * would otherwise make one long task), and all of them before printing.
 * One IntersectionObserver, one frame queue and one print listener serve
 * every element of a document.
 */

/**
 * How far outside the viewport an element counts as near: one and a half
 * screens above and below, so that a reader scrolling at a normal pace
 * finds charts drawn, while most of a long page waits.
 */
const NEAR = "150% 0px 150% 0px";

interface Watcher {
  observer: IntersectionObserver | null;
  /** What to run when each watched element comes near. */
  near: Map<Element, () => void>;
  /** Draws waiting for a frame, first come first served. */
  turns: (() => void)[];
  raf: number;
  /** What to run before the document prints. */
  print: Set<() => void>;
}

const watchers = new WeakMap<Document, Watcher>();

function watcher(doc: Document): Watcher {
  let w = watchers.get(doc);
  if (w) return w;
  const view = doc.defaultView;
  const IO = view?.IntersectionObserver;
  const made: Watcher = { observer: null, near: new Map(), turns: [], raf: 0, print: new Set() };
  if (IO) {
    made.observer = new IO(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const run = made.near.get(entry.target);
          made.near.delete(entry.target);
          made.observer!.unobserve(entry.target);
          run?.();
        }
      },
      { rootMargin: NEAR },
    );
  }
  // Print lays the page out right after this event, with no frame between:
  // whatever is to be on paper must be drawn inside the listener.
  view?.addEventListener("beforeprint", () => {
    for (const run of [...made.print]) run();
  });
  watchers.set(doc, (w = made));
  return w;
}

/**
 * Runs `run` once `element` comes near the viewport (at once where the
 * browser cannot tell, as in jsdom). Returns what stops waiting.
 *
 * @example
 * ```ts
 * const stop = whenNear(element, () => draw());
 * ```
 */
export function whenNear(element: Element, run: () => void): () => void {
  const w = watcher(element.ownerDocument);
  const observer = w.observer;
  if (!observer) {
    run();
    return () => {};
  }
  w.near.set(element, run);
  observer.observe(element);
  return () => {
    w.near.delete(element);
    observer.unobserve(element);
  };
}

/**
 * Runs `draw` in an animation frame of its own: the document's draws go
 * one per frame, in the order asked (at once without animation frames).
 *
 * @example
 * ```ts
 * inTurn(document, () => mount(chart));
 * ```
 */
export function inTurn(doc: Document, draw: () => void): void {
  const view = doc.defaultView;
  if (!view?.requestAnimationFrame) return draw();
  const w = watcher(doc);
  w.turns.push(draw);
  const step = (): void => {
    w.raf = 0;
    w.turns.shift()?.();
    if (w.turns.length) w.raf = view.requestAnimationFrame(step);
  };
  if (!w.raf) w.raf = view.requestAnimationFrame(step);
}

/**
 * Runs `run` before the document prints, until the returned function is called.
 *
 * @example
 * ```ts
 * const stop = beforePrint(document, () => drawNow());
 * ```
 */
export function beforePrint(doc: Document, run: () => void): () => void {
  const w = watcher(doc);
  w.print.add(run);
  return () => w.print.delete(run);
}

/**
 * When `<cite-line>` elements draw: each once it comes near the viewport
 * (a live blog of fifty timelines draws the few a reader sees, not fifty
 * at load), one element after the other, each in tasks of its own with the
 * page's turn between them (several coming near at once would otherwise
 * make one long task), and all of them before printing. One
 * IntersectionObserver, one queue and one print listener serve every
 * element of a document.
 */
import { nextTask } from "../data/tasks.js";

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
  /** Draws waiting for their turn, first come first served. */
  turns: (() => void | Promise<void>)[];
  /** A draw is under way; the others wait. */
  busy: boolean;
  /** What to run before the document prints. */
  print: Set<() => void>;
}

const watchers = new WeakMap<Document, Watcher>();

function watcher(doc: Document): Watcher {
  let w = watchers.get(doc);
  if (w) return w;
  const view = doc.defaultView;
  const IO = view?.IntersectionObserver;
  const made: Watcher = { observer: null, near: new Map(), turns: [], busy: false, print: new Set() };
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
 * Runs `draw` once the draws asked before it are done, after the page has
 * had a turn (at once where there is no page to give one, as in jsdom).
 * `draw` may itself take several tasks (a promise). One that throws is
 * reported and the next still runs.
 *
 * @example
 * ```ts
 * inTurn(document, async () => mount(await prepare(data)));
 * ```
 */
export function inTurn(doc: Document, draw: () => void | Promise<void>): void {
  const view = doc.defaultView;
  if (!view?.requestAnimationFrame) return void draw();
  const w = watcher(doc);
  w.turns.push(draw);
  if (w.busy) return;
  w.busy = true;
  void (async () => {
    for (let next; (next = w.turns.shift());) {
      await nextTask();
      try {
        await next();
      } catch (error) {
        view.reportError?.(error);
      }
    }
    w.busy = false;
  })();
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

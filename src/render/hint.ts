/**
 * The gesture hint over the chart ("Use ctrl + scroll to zoom"), shown
 * when a plain wheel scrolled the page past it. It is a visual cue for
 * pointer users only: hidden from assistive technology, which has the
 * chart's own keyboard hint, and it never takes pointer events.
 */
import { html } from "./dom.js";

/**
 * Shows or hides the hint in `stage` (created on first use).
 *
 * @example
 * ```ts
 * gestureHint(nodes.stage, labels.zoomHint(false), true);
 * ```
 */
export function gestureHint(stage: HTMLElement, text: string, show: boolean): void {
  let hint = stage.querySelector<HTMLElement>(":scope > .citeline-gesture-hint");
  if (!hint) {
    if (!show) return;
    hint = html(stage.ownerDocument, "div", "citeline-gesture-hint");
    hint.setAttribute("aria-hidden", "true");
    stage.appendChild(hint);
  }
  if (hint.textContent !== text) hint.textContent = text;
  hint.classList.toggle("is-shown", show);
}

/** True on Apple platforms, where the zoom key is ⌘ rather than ctrl. */
export function isMac(view: { navigator?: { platform?: string; userAgent?: string } } | null): boolean {
  const nav = view?.navigator;
  return /Mac|iPhone|iPad|iPod/.test(nav?.platform || nav?.userAgent || "");
}

/**
 * The live chart's listeners, all added with one AbortSignal so `destroy`
 * removes every one: zoom, clicks on events and clusters, keys, the details
 * panel, the list view and its pager, the legend, container resizes and
 * printing (which opens the list view).
 */
import { select } from "d3-selection";
import { frame, schedule } from "../chart/frame.js";
import { closeGroup, openGroup } from "../chart/members.js";
import { indexOf } from "../chart/model.js";
import { resize, setFilter, settle } from "../chart/rebuild.js";
import { lanesInView } from "../chart/stage.js";
import type { Chart } from "../chart/state.js";
import {
  applyTransform,
  highlightSource,
  pick,
  setActive,
  setSelected,
  show,
  showPage,
  zoomLimits,
} from "../chart/view.js";
import type { FilterKind } from "../render/legend.js";
import { keyAction, step } from "./keyboard.js";
import { zoomAt } from "../scale/transform.js";
import { gestureHint, isMac } from "../render/hint.js";
import { attachZoom } from "./zoom.js";

type On = (el: EventTarget, type: string, fn: (e: Event) => void) => void;

/**
 * Wires a chart to its reader.
 *
 * @example
 * ```ts
 * attach(chart); // later: chart.life.abort?.abort()
 * ```
 */
export function attach(c: Chart): void {
  const nodes = c.nodes,
    view = c.o.document.defaultView;
  // A document without a window (createHTMLDocument) has no reader to listen
  // to, and no realm to take an AbortController from: the handle still works.
  if (!view) return;
  // The signal comes from the document's own realm: a caller's JSDOM in plain
  // Node refuses Node's AbortSignal in addEventListener.
  const abort = (c.life.abort = new view.AbortController());
  const on: On = (el, type, fn) => el.addEventListener(type, fn, { signal: abort.signal });
  attachZoom(nodes.svg, {
    transform: () => c.view.transform,
    limits: () => zoomLimits(c),
    enabled: () => !c.scene.vertical,
    apply: (t) => {
      c.view.gestureAt = view.performance.now();
      applyTransform(c, t);
    },
    signal: abort.signal,
    gestures: () => c.o.gestures,
    hint: (show) => gestureHint(nodes.stage, c.o.labels.zoomHint(isMac(view)), show),
  });
  abort.signal.addEventListener("abort", () => {
    view.clearTimeout(c.memo.refine);
    view.clearTimeout(c.memo.announce);
  });
  on(nodes.svg, "click", (e) => {
    const target = e.target as Element;
    closeGroup(c);
    const ev = target.closest?.(".citeline-event");
    if (ev) {
      const i = indexOf(c, ev.getAttribute("data-event-id"));
      if (i >= 0) pick(c, i);
      return;
    }
    // A pill or a stack zooms in to part its events, or lists them where they never part.
    const group = target.closest?.(".citeline-cluster, .citeline-stack");
    if (group) {
      const d = select<Element, { t0: number; t1: number; ids: ArrayLike<number> }>(group).datum();
      const box = nodes.stage.getBoundingClientRect(),
        at = group.getBoundingClientRect();
      openGroup(c, Array.from(d.ids), d.t0, d.t1, at.left - box.left, at.bottom - box.top + 4);
    }
  });
  on(nodes.svg, "keydown", (e) => {
    const action = keyAction(e as KeyboardEvent);
    if (!action) return;
    e.preventDefault();
    const { order, vertical, model, width } = c.scene,
      active = c.view.active;
    const n = order.length,
      pos = active >= 0 ? order.indexOf(active) : -1;
    if (action.type === "move")
      setActive(c, order[step(pos < 0 && action.by > 0 ? firstVisible(c) - 1 : pos, action.by, n)] ?? -1);
    else if (action.type === "edge") setActive(c, order[action.to === "first" ? 0 : n - 1] ?? -1);
    else if (action.type === "open" && active >= 0) show(c, active);
    else if (action.type === "close") show(c, -1);
    else if (action.type === "zoom" && !vertical) {
      const cx = active >= 0 ? c.memo.x(model.x[active]!) : width / 2;
      applyTransform(c, zoomAt(c.view.transform, action.factor, cx, zoomLimits(c)));
    }
  });
  wirePanels(c, on);
  // A sheet lies over the page: one tap outside it closes it, but for a tap
  // on something of this chart's (an event, a pill, a stack), which picks
  // that instead. Heard first, in the capture phase, so anything else the
  // tap picks (a title in the list, a page's own button) opens it again.
  c.o.document.addEventListener(
    "click",
    (e) => {
      if (c.view.selected < 0 || !nodes.details.classList.contains("is-sheet")) return;
      for (const n of e.composedPath())
        if (n === nodes.details || ((n as Element).matches?.(PICKS) && nodes.figure.contains(n as Node))) return;
      show(c, -1);
      nodes.svg.focus();
    },
    { capture: true, signal: abort.signal },
  );
  wireWindow(c, view, on, abort.signal);
}

/** What a tap on the chart picks, rather than closing a sheet. */
const PICKS = ".citeline-event, .citeline-cluster, .citeline-stack";

/** The details panel, the list view and its pager, and the legend's chips. */
function wirePanels(c: Chart, on: On): void {
  const nodes = c.nodes;
  on(nodes.details, "click", (e) => {
    if (!(e.target as Element).closest?.(".citeline-close")) return;
    show(c, -1);
    nodes.svg.focus();
  });
  on(nodes.details, "keydown", (e) => {
    if ((e as KeyboardEvent).key !== "Escape") return;
    setSelected(c, -1);
    frame(c);
    nodes.svg.focus();
  });
  on(nodes.pager, "click", (e) => {
    const page = (e.target as HTMLElement).dataset?.page;
    if (page === undefined) return;
    showPage(c, Number(page));
  });
  on(nodes.list, "click", (e) => {
    const button = (e.target as Element).closest?.(".citeline-list-title");
    const i = indexOf(c, button?.closest("li")?.getAttribute("data-event-id"));
    if (i >= 0) pick(c, i);
  });
  on(nodes.legend, "click", (e) => {
    const chip = (e.target as Element).closest?.<HTMLElement>(".citeline-chip");
    if (!chip) return;
    const kind = chip.dataset.kind as FilterKind,
      value = chip.dataset.value ?? "";
    const f = c.view.filter;
    setFilter(c, f?.kind === kind && f.value === value ? null : { kind, value });
    for (const b of nodes.legend.querySelectorAll<HTMLElement>(".citeline-chip"))
      if (b.dataset.kind === kind && b.dataset.value === value) b.focus();
  });
  const hover = (e: Event) => {
    const chip = (e.target as Element).closest?.<HTMLElement>(".citeline-chip[data-kind=source]");
    const id = e.type === "mouseover" || e.type === "focusin" ? chip?.dataset.value : undefined;
    highlightSource(c, id ?? null);
  };
  for (const type of ["mouseover", "mouseout", "focusin", "focusout"]) on(nodes.legend, type, hover);
}

/** The window: printing, scrolling and resizes, and the first layout that waits for a width. */
function wireWindow(c: Chart, view: Window & typeof globalThis, on: On, signal: AbortSignal): void {
  const nodes = c.nodes;
  // Print is a reading of the list: open it for the printout, then restore what the reader had.
  let wasOpen = false;
  on(view, "beforeprint", () => {
    wasOpen = nodes.listview.open;
    nodes.listview.open = true;
  });
  on(view, "afterprint", () => {
    nodes.listview.open = wasOpen;
  });
  // A chart taller than the window draws only the lanes near the screen
  // (lanesInView); scrolling the page, or any box around the chart, brings others near.
  const near = () => {
    // A chart taken out of the page has no screen to be near: it waits to be put back.
    if (c.memo.pending || c.scene.vertical || !nodes.figure.isConnected) return;
    const [a, b] = lanesInView(c);
    if (`${a}:${b}` !== c.memo.guides) schedule(c);
  };
  view.addEventListener("scroll", near, { capture: true, passive: true, signal });
  on(view, "resize", near);
  const RO = view.ResizeObserver;
  if (c.o.width === null && RO) {
    const observer = (c.life.observer = new RO((entries) => {
      // An update may have fixed the width since.
      if (c.o.width !== null) return;
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (c.memo.pending) {
        if (w > 0) settle(c, w);
      } else if (w > 0 && Math.abs(w - c.scene.figureWidth) >= 1) resize(c, w);
    }));
    observer.observe(nodes.figure);
  }
  // A first layout that waits for the width (see `timeline`) happens in the
  // next frame if the figure is in the page by then; otherwise when it is
  // put in one (its first resize report) or at the first handle call.
  if (c.memo.pending) {
    c.memo.raf = view.requestAnimationFrame(() => {
      c.memo.raf = 0;
      if (nodes.figure.isConnected) settle(c);
    });
  }
}

/** Position in time order of the first event in view, where arrow keys start. */
function firstVisible(c: Chart): number {
  const { vertical, order, model } = c.scene;
  if (vertical) return 0;
  const t0 = c.memo.x.domain()[0];
  const k = order.findIndex((i) => model.x[i]! >= t0);
  return k < 0 ? 0 : k;
}

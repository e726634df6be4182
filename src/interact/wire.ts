/**
 * The live chart's listeners, all added with one AbortSignal so `destroy`
 * removes every one: zoom, clicks on events and clusters, keys, the details
 * panel, the list view and its pager, the legend, container resizes and
 * printing (which opens the list view).
 */
import { select } from "d3-selection";
import { frame, schedule } from "../chart/frame.js";
import { lanesInView } from "../chart/horizontal.js";
import { applyTransform, pick, rebuild, renderListPage, renderListView, setActive, setSelected, settle, zoomLimits } from "../chart/selection.js";
import { applyFilter, event, type Chart } from "../chart/state.js";
import type { FilterKind } from "../render/legend.js";
import { keyAction, step } from "./keyboard.js";
import { transformFor, zoomAt } from "../scale/transform.js";
import { gestureHint, isMac } from "../render/hint.js";
import { attachZoom } from "./zoom.js";

type On = (el: EventTarget, type: string, fn: (e: Event) => void) => void;

const indexOf = (c: Chart, id: string | null | undefined): number => (id == null ? -1 : c.model.events.findIndex((x) => x.id === id));

/**
 * Wires a chart to its reader.
 *
 * @example
 * ```ts
 * attach(chart); // later: chart.abort?.abort()
 * ```
 */
export function attach(c: Chart): void {
  const nodes = c.nodes, view = c.o.document.defaultView as (Window & typeof globalThis) | null;
  // A document without a window (createHTMLDocument) has no reader to listen
  // to, and no realm to take an AbortController from: the handle still works.
  if (!view) return;
  // The signal comes from the document's own realm: a caller's JSDOM in plain
  // Node refuses Node's AbortSignal in addEventListener.
  const abort = (c.abort = new view.AbortController());
  const on: On = (el, type, fn) => el.addEventListener(type, fn, { signal: abort.signal });
  attachZoom(nodes.svg, {
    transform: () => c.transform,
    limits: () => zoomLimits(c),
    enabled: () => !c.vertical,
    apply: (t) => {
      c.gestureAt = view.performance.now();
      applyTransform(c, t);
    },
    signal: abort.signal,
    gestures: () => c.o.gestures,
    hint: (show) => gestureHint(nodes.stage, c.o.labels.zoomHint(isMac(view)), show),
  });
  abort.signal.addEventListener("abort", () => view.clearTimeout(c.refine));
  on(nodes.svg, "click", (e) => {
    const target = e.target as Element;
    const ev = target.closest?.(".citeline-event");
    if (ev) {
      const i = indexOf(c, ev.getAttribute("data-event-id"));
      if (i >= 0) pick(c, i);
      return;
    }
    const cl = target.closest?.(".citeline-cluster");
    if (cl) {
      const d = select<Element, { t0: number; t1: number }>(cl).datum();
      const pad = Math.max((d.t1 - d.t0) * 0.15, 60_000);
      applyTransform(c, transformFor(c.x0, d.t0 - pad, d.t1 + pad, c.maxK));
    }
  });
  on(nodes.svg, "keydown", (e) => {
    const action = keyAction(e as KeyboardEvent);
    if (!action) return;
    e.preventDefault();
    const n = c.order.length, pos = c.active >= 0 ? c.order.indexOf(c.active) : -1;
    if (action.type === "move") setActive(c, c.order[step(pos < 0 && action.by > 0 ? firstVisible(c) - 1 : pos, action.by, n)] ?? -1);
    else if (action.type === "edge") setActive(c, c.order[action.to === "first" ? 0 : n - 1] ?? -1);
    else if (action.type === "open" && c.active >= 0) show(c, c.active);
    else if (action.type === "close") show(c, -1);
    else if (action.type === "zoom" && !c.vertical) {
      const cx = c.active >= 0 ? c.x(c.model.x[c.active]!) : c.width / 2;
      applyTransform(c, zoomAt(c.transform, action.factor, cx, zoomLimits(c)));
    }
  });
  wirePanels(c, on);
  wireWindow(c, view, on, abort.signal);
}

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
    c.page = Number(page);
    renderListPage(c);
  });
  on(nodes.list, "click", (e) => {
    const button = (e.target as Element).closest?.(".citeline-list-title");
    const i = indexOf(c, button?.closest("li")?.getAttribute("data-event-id"));
    if (i >= 0) pick(c, i);
  });
  on(nodes.legend, "click", (e) => {
    const chip = (e.target as Element).closest?.(".citeline-chip") as HTMLElement | null;
    if (!chip) return;
    const kind = chip.dataset.kind as FilterKind, value = chip.dataset.value ?? "";
    c.filter = c.filter?.kind === kind && c.filter.value === value ? null : { kind, value };
    applyFilter(c);
    rebuild(c, true);
    for (const b of nodes.legend.querySelectorAll<HTMLElement>(".citeline-chip")) if (b.dataset.kind === kind && b.dataset.value === value) b.focus();
  });
  const hover = (e: Event) => {
    const chip = (e.target as Element).closest?.(".citeline-chip[data-kind=source]") as HTMLElement | null;
    const id = e.type === "mouseover" || e.type === "focusin" ? chip?.dataset.value : undefined;
    c.highlight = id ? Uint8Array.from(c.model.events, (ev) => +ev.citations.some((x) => x.source === id)) : null;
    nodes.svg.classList.toggle("is-highlighting", !!c.highlight);
    frame(c);
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
    if (c.pending || c.vertical || !nodes.figure.isConnected) return;
    const [a, b] = lanesInView(c);
    if (`${a}:${b}` !== c.guides) schedule(c);
  };
  view.addEventListener("scroll", near, { capture: true, passive: true, signal });
  on(view, "resize", near);
  const RO = view.ResizeObserver;
  if (c.o.width === null && RO) {
    c.observer = new RO((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (c.pending) {
        if (w > 0) settle(c, w);
      } else if (w > 0 && Math.abs(w - c.width) >= 1) {
        c.width = w;
        rebuild(c, true);
      }
    });
    c.observer.observe(nodes.figure);
  }
  // A first layout that waits for the width (see `timeline`) happens in the
  // next frame if the figure is in the page by then; otherwise when it is
  // put in one (its first resize report) or at the first handle call.
  if (c.pending) {
    c.raf = view.requestAnimationFrame(() => {
      c.raf = 0;
      if (nodes.figure.isConnected) settle(c);
    });
  }
}

/** Opens (i ≥ 0) or closes (-1) the details panel from a key or the close button. */
function show(c: Chart, i: number): void {
  setSelected(c, i);
  renderListView(c);
  frame(c);
}

/** Position in time order of the first event in view, where arrow keys start. */
function firstVisible(c: Chart): number {
  if (c.vertical) return 0;
  const t0 = +c.x.domain()[0]!;
  const k = c.order.findIndex((i) => c.model.x[i]! >= t0);
  return k < 0 ? 0 : k;
}

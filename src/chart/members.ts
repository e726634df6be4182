/**
 * What a click on a "+N" pill or a stack does: zoom in until its events
 * part, or, where they never would (one instant, or the zoom limit), list
 * them by title so the reader picks one.
 */
import { membersList } from "../render/members.js";
import { transformFor } from "../scale/transform.js";
import { event, type Chart } from "./state.js";
import { applyTransform, pick } from "./view.js";

/** Marks closer than this (px) at the deepest zoom are not worth zooming for. */
const APART = 16;

/**
 * Opens the group of events `ids` (mark order; `t0`/`t1` their time
 * extent), clicked at stage point (left, top).
 *
 * @example
 * ```ts
 * openGroup(chart, [3, 4], t0, t1, 120, 40);
 * ```
 */
export function openGroup(c: Chart, ids: readonly number[], t0: number, t1: number, left: number, top: number): void {
  closeGroup(c);
  const s = c.scene,
    m = s.model;
  const first = m.x[ids[0]!]!,
    last = m.x[ids[ids.length - 1]!]!;
  const [r0, r1] = s.x0.range(),
    [d0, d1] = s.x0.domain();
  // The gap the marks would have at the deepest zoom.
  const deepest = ((last - first) * (r1 - r0) * s.maxK) / (+d1 - +d0);
  const k = c.view.transform.k;
  if (ids.length > 1 && deepest < APART) return listGroup(c, ids, left, top);
  if (ids.length > 1 && k >= s.maxK * 0.999) return listGroup(c, ids, left, top);
  const pad = Math.max((t1 - t0) * 0.15, 60_000);
  applyTransform(c, transformFor(s.x0, t0 - pad, t1 + pad, s.maxK));
}

function listGroup(c: Chart, ids: readonly number[], left: number, top: number): void {
  const box = membersList({
    doc: c.o.document,
    heading: c.o.labels.membersList(ids.length),
    events: ids.map((i) => ({ id: event(c, i).id, title: event(c, i).title })),
    left,
    top,
  });
  box.addEventListener("click", (e) => {
    const id = (e.target as Element).closest?.("button")?.getAttribute("data-event-id");
    const i = id == null ? -1 : c.scene.model.events.findIndex((ev) => ev.id === id);
    if (i < 0) return;
    closeGroup(c);
    pick(c, i);
    c.nodes.svg.focus();
  });
  box.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    closeGroup(c);
    c.nodes.svg.focus();
  });
  c.nodes.stage.appendChild(box);
  box.querySelector("button")?.focus();
}

/** Closes the list a pill or stack opened, if any. */
export function closeGroup(c: Chart): void {
  c.nodes.stage.querySelector(":scope > .citeline-members")?.remove();
}

/**
 * The data side of a chart: loading and normalizing input into the scene
 * (timeline, diagnostics, numeric model), and the lanes, order and slots
 * that the legend filter leaves. Writes the scene only; the view it reads
 * (the filter) and clears (a selection the filter hides) is the reader's.
 */
import { isTimeline, normalize } from "../data/normalize.js";
import type { Diagnostic, Timeline, TimelineEvent, TimelineInput } from "../data/types.js";
import { buildModel } from "../layout/model.js";
import { laneIndexes } from "../layout/viewport.js";
import type { ResolvedOptions } from "./resolved.js";
import { event, resetLabels, type Chart } from "./state.js";

/** The lane key of an event under `groupBy`. */
export function laneKey(e: TimelineEvent, groupBy: ResolvedOptions["groupBy"]): string {
  if (groupBy === null) return "";
  if (groupBy === "tags") return e.tags[0] ?? "";
  return e[groupBy] ?? "";
}

function loadData(data: TimelineInput | Timeline, o: ResolvedOptions): { data: Timeline; diagnostics: Diagnostic[] } {
  if (isTimeline(data)) return { data, diagnostics: [] };
  try {
    const r = normalize(data, o.reference !== undefined ? { reference: o.reference } : {});
    return { data: r.timeline, diagnostics: r.diagnostics };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      data: { groups: [], eras: [], sources: [], events: [] },
      diagnostics: [{ severity: "error", code: "invalid-input", path: "$", message }],
    };
  }
}

/**
 * Loads new data into the scene: timeline, diagnostics, sources and model.
 * The view is left to the caller (see `rebuild.ts`), which knows whether
 * the reader's selection and filter carry over.
 */
export function setData(c: Chart, input: TimelineInput | Timeline): void {
  const s = c.scene;
  const loaded = loadData(input, c.o);
  s.data = loaded.data;
  s.diagnostics = loaded.diagnostics;
  s.sources = new Map(s.data.sources.map((src) => [src.id, src]));
  const groupLabels = new Map(s.data.groups.map((g) => [g.id, g.label]));
  const groupBy = c.o.groupBy;
  s.model = buildModel(
    s.data.events,
    (e) => laneKey(e, groupBy),
    (k) => groupLabels.get(k) ?? k,
    s.data.groups.map((g) => g.id),
  );
  resetLabels(c);
}

/** The index of the event with this id, or -1. */
export const indexOf = (c: Chart, id: string | null | undefined): number =>
  id == null ? -1 : c.scene.model.events.findIndex((e) => e.id === id);

/**
 * Applies the view's legend filter to the scene: lanes, order and slots. A
 * selected or keyboard event the filter hides is let go (the next draw
 * closes its panel).
 */
export function applyFilter(c: Chart): void {
  const f = c.view.filter,
    s = c.scene,
    m = s.model;
  let active: Uint8Array | null = null;
  if (f) {
    active = new Uint8Array(m.n);
    for (let i = 0; i < m.n; i++) {
      const e = event(c, i);
      active[i] =
        f.kind === "source"
          ? +e.citations.some((x) => x.source === f.value)
          : f.kind === "tag"
            ? +e.tags.includes(f.value)
            : +(laneKey(e, c.o.groupBy) === f.value);
    }
  }
  s.lanes = laneIndexes(m, active);
  s.order = [];
  for (let r = 0; r < m.n; r++) if (!active || active[m.order[r]!]) s.order.push(m.order[r]!);
  s.slot = new Int32Array(m.lanes.length).fill(-1);
  let n = 0;
  s.lanes.forEach((l, k) => {
    if (!f || l.ids.length) s.slot[k] = n++;
  });
  c.memo.cache.clear();
  if (c.view.active >= 0 && active && !active[c.view.active]) c.view.active = -1;
  if (c.view.selected >= 0 && active && !active[c.view.selected]) c.view.selected = -1;
}

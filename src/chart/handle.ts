/**
 * The handle a timeline figure carries: `update`, `select`, `zoomTo`,
 * `value` and `destroy`, defined as properties of the figure element.
 */
import type { DateInput, Timeline, TimelineEvent, TimelineInput } from "../data/types.js";
import { transformFor } from "../scale/transform.js";
import { resolveOptions, type TimelineOptions } from "../options.js";
import { createMeasurer } from "../render/measure.js";
import { frame } from "./frame.js";
import { spanOf } from "./horizontal.js";
import { applyTransform, pick, rebuild, settle, takeWidth } from "./selection.js";
import { event, setData, type Chart } from "./state.js";

/** The methods and properties a timeline figure adds to its element. */
export interface TimelineHandle {
  /** Redraws with new data (and options merged over the current ones), keeping nodes keyed by event id. */
  update(data: TimelineInput | Timeline, options?: TimelineOptions): void;
  /** Selects an event by id (opens its details), or clears the selection. */
  select(id: string | null): void;
  /** Shows the span from `start` to `end`. */
  zoomTo(start: DateInput, end: DateInput): void;
  /** The selected event. */
  readonly value: TimelineEvent | null;
  /** Removes every listener, observer and animation frame the timeline added. */
  destroy(): void;
}

/** Defines the handle's members on the chart's figure and returns it. */
export function withHandle(c: Chart): HTMLElement & TimelineHandle {
  const view = () => c.o.document.defaultView;
  const handle: TimelineHandle = {
    update(next, options) {
      if (options) {
        c.raw = { ...c.raw, ...options };
        c.o = resolveOptions(c.raw);
        c.measure = createMeasurer(c.o.document, c.o.measureText);
      }
      // A chart still waiting for its first layout does it once, with the new data.
      const first = c.pending;
      if (first) takeWidth(c);
      const before = c.model.extent;
      setData(c, next);
      const same = !first && before && c.model.extent && before[0] === c.model.extent[0] && before[1] === c.model.extent[1];
      rebuild(c, !!same);
    },
    select(id) {
      const i = id === null ? -1 : c.model.events.findIndex((e) => e.id === id);
      if (id !== null && i < 0) throw new Error(`invalid event id: ${id}`);
      settle(c);
      // Selecting never needs the list view open: the chart and the details panel show it.
      pick(c, i);
    },
    zoomTo(start, end) {
      const r = spanOf([start, end]);
      if (!r) throw new Error(`invalid range: ${String(start)} – ${String(end)}`);
      settle(c);
      applyTransform(c, transformFor(c.x0, r[0], r[1], c.maxK));
      // The API is synchronous: the figure reflects the new range on return.
      if (c.raf) view()?.cancelAnimationFrame(c.raf);
      frame(c);
    },
    get value() {
      return c.selected >= 0 ? event(c, c.selected) : null;
    },
    destroy() {
      c.abort?.abort();
      c.abort = null;
      c.observer?.disconnect();
      c.observer = null;
      if (c.raf) view()?.cancelAnimationFrame(c.raf);
      c.raf = 0;
    },
  };
  const figure = c.nodes.figure as HTMLElement & TimelineHandle;
  for (const key of Object.keys(handle) as (keyof TimelineHandle)[]) {
    Object.defineProperty(figure, key, Object.getOwnPropertyDescriptor(handle, key)!);
  }
  return figure;
}

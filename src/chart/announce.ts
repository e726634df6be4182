/**
 * The live region (polite): one line when the reader reaches or picks an
 * event, and one summary of the span shown once a zoom settles. A zoom is
 * said once, half a second after its last frame: a line per frame would
 * queue dozens of announcements behind the gesture.
 */
import { eventAnnouncement, viewAnnouncement, type AnnounceContext, type EventPlace } from "../render/announce.js";
import { event, type Chart } from "./state.js";

/** How long a zoom must rest before its span is said (ms). */
export const SETTLE = 500;

/** The chart's wording and sources, as the announcements take them. */
const context = (c: Chart): AnnounceContext => ({
  locale: c.o.locale,
  timeZone: c.o.timeZone,
  labels: c.o.labels,
  sources: c.scene.sources,
});

/** Where event i sits for the live region: place in the filtered time order, lane (with more than one), end reached. */
function placeOf(c: Chart, i: number, edge: EventPlace["edge"]): EventPlace {
  const { order, model } = c.scene;
  const place: EventPlace = { index: order.indexOf(i) + 1, total: order.length };
  if (model.lanes.length > 1 && c.o.groupBy !== null)
    place.lane = model.lanes[model.lane[i]!]!.label || c.o.labels.other;
  if (edge) place.edge = edge;
  return place;
}

/**
 * Says event i (-1: says nothing). `edge` marks a key that reached, or
 * pushed against, the first or the last event.
 */
export function announceEvent(c: Chart, i: number, edge?: EventPlace["edge"]): void {
  cancelView(c);
  c.nodes.live.textContent = i >= 0 ? eventAnnouncement(event(c, i), placeOf(c, i, edge), context(c)) : "";
}

/** Says the span shown and its events once the view has rested for SETTLE ms; each call restarts the wait. */
export function announceViewLater(c: Chart): void {
  const view = c.o.document.defaultView;
  if (!c.o.interactive || !view) return;
  cancelView(c);
  c.memo.announce = view.setTimeout(() => {
    c.memo.announce = 0;
    if (!c.nodes.figure.isConnected || c.scene.vertical) return;
    const [t0, t1] = c.memo.x.domain().map(Number) as [number, number];
    const { order, model } = c.scene;
    let n = 0;
    for (const i of order) if (model.x[i]! >= t0 && model.x[i]! <= t1) n++;
    c.nodes.live.textContent = viewAnnouncement(t0, t1, n, context(c));
  }, SETTLE);
}

/** Drops a pending zoom summary (an event line supersedes it, and `destroy` ends it). */
export function cancelView(c: Chart): void {
  if (c.memo.announce) c.o.document.defaultView?.clearTimeout(c.memo.announce);
  c.memo.announce = 0;
}

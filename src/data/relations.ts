import { diagnostic, show } from "./diagnostics.js";
import { eventPath, flag, type Draft } from "./events.js";
import type { Diagnostic, Source, When } from "./types.js";

/**
 * Dates events known only relative to another ("after the meeting",
 * "ahead of the talks") and checks the relations of dated events.
 *
 * An undated `after: X` event spans from the start of X to the latest
 * publication date among its citing sources (it was reported by then); an
 * undated `before: X` event spans one unit of X's precision up to the end of
 * X. Both carry the qualifier, so the renderer shows the open side. Chains
 * resolve in order. Returns the undated events whose anchor is unknown or
 * itself undated (a cycle): they are reported as `missing-date`.
 */
export function resolveRelations(drafts: Draft[], byId: ReadonlyMap<string, Draft>, sources: ReadonlyMap<string, Source>, sink: Diagnostic[]): Set<Draft> {
  const pending = drafts.filter((d) => !d.event.start && (d.event.after || d.event.before));
  let progress = true;
  while (pending.length && progress) {
    progress = false;
    for (let i = pending.length - 1; i >= 0; i--) {
      const draft = pending[i]!;
      const anchor = anchorOf(draft, byId);
      if (!anchor?.event.start) continue;
      draft.event.start = relativeWhen(draft, anchor.event.start, anchor.event.end, sources);
      pending.splice(i, 1);
      progress = true;
    }
  }
  for (const draft of pending) {
    const which = draft.event.after ? "after" : "before";
    const id = draft.event.after ?? draft.event.before;
    const why = byId.has(id ?? "") ? `its anchor ${show(id)} has no date of its own (a cycle of relations?)` : `no event has the id ${show(id)}`;
    sink.push(diagnostic("missing-date", `${eventPath(draft)}.${which}`, `the event is dated only ${which} another, but ${why}; it is left out`));
    delete draft.event[which];
  }
  for (let i = 0; i < drafts.length; i++) if (drafts[i]!.event.after !== undefined || drafts[i]!.event.before !== undefined) checkRelation(drafts[i]!, byId, sink);
  return new Set(pending);
}

function anchorOf(draft: Draft, byId: ReadonlyMap<string, Draft>): Draft | undefined {
  const id = draft.event.after ?? draft.event.before;
  return id === undefined ? undefined : byId.get(id);
}

function relativeWhen(draft: Draft, start: When, end: When | undefined, sources: ReadonlyMap<string, Source>): When {
  const unit = start.latest - start.earliest;
  if (draft.event.after) {
    const reported = Math.max(
      -Infinity,
      ...draft.event.citations.map((c) => sources.get(c.source)?.published?.latest ?? -Infinity),
    );
    const from = start.earliest;
    const floor = (end ?? start).latest;
    const latest = reported > from ? Math.max(reported, floor) : floor + unit;
    return { iso: start.iso, precision: start.precision, earliest: from, latest, qualifier: "after", ...zoneOf(start) };
  }
  return { iso: start.iso, precision: start.precision, earliest: start.earliest - unit, latest: start.latest, qualifier: "before", ...zoneOf(start) };
}

const zoneOf = (w: When): { timeZone?: string } => (w.timeZone ? { timeZone: w.timeZone } : {});

function checkRelation(draft: Draft, byId: ReadonlyMap<string, Draft>, sink: Diagnostic[]): void {
  const e = draft.event, start = e.start;
  if (!start) return;
  for (const which of ["after", "before"] as const) {
    const id = e[which];
    if (id === undefined) continue;
    const anchor = byId.get(id);
    if (!anchor) {
      sink.push(diagnostic("unknown-anchor", `${eventPath(draft)}.${which}`, `no event has the id ${show(id)}; the relation is ignored`));
      delete e[which];
      continue;
    }
    const a = anchor.event;
    if (!a.start || anchor === draft) continue;
    const wrong = which === "after" ? start.latest <= a.start.earliest : start.earliest >= (a.end ?? a.start).latest;
    if (wrong) {
      flag(draft, "relation-conflict", `${eventPath(draft)}.${which}`, `dated ${start.iso}, which is not ${which} ${show(id)} (${a.start.iso})`, sink);
    }
  }
}

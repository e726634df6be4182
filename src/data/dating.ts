import { show } from "./diagnostics.js";
import { citationPath, flag, type Draft } from "./events.js";
import type { Diagnostic, When } from "./types.js";

/** Two spans that share at least one instant can denote the same time. */
export function overlaps(a: When, b: When): boolean {
  return a.earliest < b.latest && b.earliest < a.latest;
}

const span = (w: When): number => w.latest - w.earliest;

/**
 * Settles an event's start from its citations. A given `start` wins and each
 * citation is checked against it; otherwise the date that most citations
 * agree with (overlapping spans agree: "Tuesday" and "Tuesday evening") is
 * taken, the narrowest among equals, and every citation that disagrees
 * raises `date-conflict` naming both dates.
 */
export function settleDate(draft: Draft, sink: Diagnostic[]): void {
  const { citations } = draft.event;
  // Positions of the citations that resolved to a date (most events have none).
  let dated: number[] | undefined;
  for (let k = 0; k < citations.length; k++) if (citations[k]!.date) (dated ??= []).push(k);
  if (!dated) return;
  const when = (k: number): When => citations[k]!.date!;
  const text = (k: number): string => citations[k]!.dateText ?? when(k).iso;
  const at = (k: number): string => `${citationPath(draft, k)}.dateText`;
  if (draft.event.start) {
    const start = draft.event.start;
    for (const k of dated) {
      if (!overlaps(when(k), start)) {
        flag(draft, "date-conflict", at(k), `${show(text(k))} resolves to ${when(k).iso}, but the event's start is ${start.iso}`, sink);
      }
    }
    return;
  }
  let best = dated[0]!;
  let bestVotes = -1;
  for (const candidate of dated) {
    let votes = 0;
    for (const k of dated) if (overlaps(when(k), when(candidate))) votes++;
    if (votes > bestVotes || (votes === bestVotes && span(when(candidate)) < span(when(best)))) {
      best = candidate;
      bestVotes = votes;
    }
  }
  // Among the agreeing citations of the chosen span, prefer the first that
  // also knows the part of day, unless they disagree about it.
  let part: string | undefined;
  let parts = 0;
  let parted = best;
  for (const k of dated) {
    const w = when(k);
    if (!w.partOfDay || !overlaps(w, when(best)) || span(w) !== span(when(best))) continue;
    if (parts === 0) parted = k;
    if (w.partOfDay !== part) {
      part = w.partOfDay;
      parts++;
    }
  }
  if (parts === 1) best = parted;
  const chosen = when(best);
  draft.event.start = { ...chosen };
  for (const k of dated) {
    if (!overlaps(when(k), chosen)) {
      flag(draft, "date-conflict", at(k), `${show(text(k))} resolves to ${when(k).iso}, but ${show(text(best))} (${citationPath(draft, best)}) gives ${chosen.iso}`, sink);
    }
  }
}

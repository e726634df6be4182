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
  if (!draft.citations.some((c) => c.date)) return;
  const dated: { k: number; text: string; when: When }[] = [];
  draft.citations.forEach((c, k) => {
    if (c.date) dated.push({ k, text: c.dateText ?? c.date.iso, when: c.date });
  });
  const at = (d: { k: number }): string => `${citationPath(draft, d.k)}.dateText`;
  if (draft.start) {
    const start = draft.start;
    for (const d of dated) {
      if (!overlaps(d.when, start)) {
        flag(draft, "date-conflict", at(d), `${show(d.text)} resolves to ${d.when.iso}, but the event's start is ${start.iso}`, sink);
      }
    }
    return;
  }
  if (dated.length === 0) return;
  let best = dated[0]!;
  let bestVotes = -1;
  for (const candidate of dated) {
    const votes = dated.filter((d) => overlaps(d.when, candidate.when)).length;
    if (votes > bestVotes || (votes === bestVotes && span(candidate.when) < span(best.when))) {
      best = candidate;
      bestVotes = votes;
    }
  }
  // Among the agreeing citations of the chosen span, prefer one that also
  // knows the part of day, unless they disagree about it.
  const agreeing = dated.filter((d) => overlaps(d.when, best.when) && span(d.when) === span(best.when));
  const parts = new Set(agreeing.map((d) => d.when.partOfDay).filter(Boolean));
  if (parts.size === 1) best = agreeing.find((d) => d.when.partOfDay) ?? best;
  draft.start = { ...best.when };
  for (const d of dated) {
    if (!overlaps(d.when, best.when)) {
      flag(draft, "date-conflict", at(d), `${show(d.text)} resolves to ${d.when.iso}, but ${show(best.text)} (${citationPath(draft, best.k)}) gives ${best.when.iso}`, sink);
    }
  }
}

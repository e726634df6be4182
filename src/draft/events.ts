// From merged candidates to the events of a draft: the surest member titles
// the event, every article that tells it is cited, and the rule that made it
// is written in its draft mark for the editor to judge.
import type { CitationInput, EventInput } from "../data/types.js";
import type { Candidate, Merged } from "./merge.js";
import type { RelativeGroup } from "./relative.js";

/** A readable id that survives re-drafting the same articles: the date and the title's first words. */
export function uniqueId(prefix: string, title: string, taken: Set<string>): string {
  const plain = title
    .normalize("NFD")
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, "");
  const slug = plain
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, 5)
    .join("-");
  const base = `${prefix}-${slug || "event"}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A drafted event from candidates merged as one happening; an undated lead gives its hedged date ("about …"). */
export function toEvent({ merged, id }: { merged: Merged; id: string }): EventInput {
  const { members, shared } = merged;
  const lead = members.reduce((a, b) => (better(b, a) ? b : a));
  const confidence = Math.min(0.95, lead.confidence + 0.05 * (members.length - 1));
  const doubts = [...new Set(members.flatMap((m) => m.doubts ?? []))];
  const doubt = doubts.length ? `; check the date: ${doubts.join(", ")}` : "";
  const who = lead.actor
    ? `${lead.actor} acts`
    : lead.actorless
      ? `no actor (${lead.actorless.rule})`
      : "the article's lead";
  const how = lead.note ? `no date in the text, ${who}; dated ${lead.when.text}` : "date + verb";
  const same = members.every((m) => !m.note) ? "same day" : "dates agree";
  const rule =
    (members.length > 1
      ? `${how} in ${members.length} articles, ${same}, shared words: ${shared.slice(0, 6).join(", ")}; ` +
        `title from ${lead.source}`
      : `${how}; title from ${lead.source}`) + doubt;
  const event: EventInput = {
    id,
    title: lead.title,
    start: lead.when,
    people: [...new Set(members.flatMap((m) => m.people))],
    citations: members.map(citationOf),
    draft: { confidence: Math.round(confidence * 100) / 100, rule },
  };
  return event;
}

/** Which member titles the event: the surest; among equals, a whole clause over a cut one, then the shorter. */
function better(b: Candidate, a: Candidate): boolean {
  if (b.confidence !== a.confidence) return b.confidence > a.confidence;
  const cut = (c: Candidate): boolean => c.title.endsWith("…");
  if (cut(a) !== cut(b)) return cut(a);
  return b.title.length < a.title.length;
}

/** An event placed only against another ("After the talks"): no start; `after` or `before` the event it names. */
export function toRelativeEvent(group: RelativeGroup, ids: Set<string>): EventInput {
  const { members, anchor, relation } = group;
  const lead = members[0]!;
  const confidence = Math.min(0.9, 0.6 + 0.05 * (members.length - 1));
  const how = `"${lead.dateText}"`;
  const articles = `${members.length} article${members.length === 1 ? "" : "s"}`;
  const rule = `${relation} ${anchor} (${how}) in ${articles}; title from ${lead.source}`;
  return {
    id: uniqueId(`${relation}-${anchor}`.slice(0, 40), lead.title, ids),
    title: lead.title,
    [relation]: anchor,
    people: [...new Set(members.flatMap((m) => m.people))],
    citations: members.map(citationOf),
    draft: { confidence: Math.round(confidence * 100) / 100, rule },
  };
}

/**
 * A member's citation: the article, the date as written (or, when it wrote none, a note of how the draft dated it),
 * and the quotation with its speaker when there is one.
 */
function citationOf(m: {
  source: string;
  dateText: string;
  note?: string;
  quote?: string;
  speaker?: string;
}): CitationInput {
  const citation: Exclude<CitationInput, string> = { source: m.source };
  if (m.dateText) citation.dateText = m.dateText;
  if (m.note) citation.note = m.note;
  if (m.quote) citation.quote = m.quote;
  if (m.speaker) citation.speaker = m.speaker;
  return citation;
}

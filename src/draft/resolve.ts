// From the words that attribute a quotation to a named speaker: a name is
// completed from an earlier full mention ("Ushakov" → "Yuri Ushakov"); "he"
// and "the aide" refer back to the latest fitting person named before;
// "a spokesman" and "officials" name nobody, and stay nobody.
import { fullName, type Mention, type SpeakerPhrase } from "./speakers.js";

/** Who a speaker phrase stands for, how sure that is, and why when it is not said on the spot. */
export interface Resolved {
  speaker: string | null;
  confidence: number;
  reason?: string;
}

/** How many sentences back a pronoun or a role may reach for its person. */
const REACH = 4;

/** Resolves `phrase`, read in sentence `index`, against the people and organisations named up to there. */
export function resolve(phrase: SpeakerPhrase, mentions: readonly Mention[], index: number): Resolved {
  const before = mentions.filter((m) => m.start < phrase.start);
  switch (phrase.kind) {
    case "person":
      return { speaker: fullName(phrase.name!, before) ?? phrase.name!, confidence: 1 };
    case "org":
      return { speaker: phrase.name!, confidence: 1 };
    case "unnamed":
      return { speaker: null, confidence: 0, reason: `the speaker is not named ("${phrase.text}")` };
    case "role":
      return byRole(phrase, before, index);
    case "pronoun":
      return byPronoun(phrase, before, index);
  }
}

function byPronoun(phrase: SpeakerPhrase, before: readonly Mention[], index: number): Resolved {
  if (phrase.refers === "plural") {
    return { speaker: null, confidence: 0, reason: `"${phrase.text}" stands for several people` };
  }
  const kind = phrase.refers === "org" ? "org" : "person";
  // "she" never stands for someone the text calls "Mr": a title is the only sign of gender the rules read.
  const want = { he: "male", she: "female" }[phrase.text.toLowerCase()];
  const gendered = new Map(before.filter((m) => m.gender).map((m) => [m.name, m.gender]));
  const fits = (m: Mention): boolean => !want || !gendered.has(m.name) || gendered.get(m.name) === want;
  // The subject of the nearest sentence that names one: the first fitting name of that sentence.
  for (let s = index; s >= Math.max(0, index - REACH); s--) {
    const here = before.filter((m) => m.sentence === s && m.kind === kind && !m.possessive && fits(m));
    if (!here.length) continue;
    const distinct = new Set(here.map((m) => m.name)).size;
    const confidence = (s === index ? 0.85 : 0.85 - 0.1 * (index - s - 1)) - (distinct > 1 ? 0.15 : 0);
    const who = here[0]!.name;
    return { speaker: who, confidence: Math.max(0.3, confidence), reason: `"${phrase.text}" taken to refer to ${who}` };
  }
  return { speaker: null, confidence: 0, reason: `nobody named before "${phrase.text}"` };
}

function byRole(phrase: SpeakerPhrase, before: readonly Mention[], index: number): Resolved {
  const roles = new Set(phrase.roles);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k]!;
    if (index - m.sentence > REACH * 2) break;
    if (m.kind === "person" && m.roles.some((r) => roles.has(r))) {
      return { speaker: m.name, confidence: 0.75, reason: `"${phrase.text}" taken to refer to ${m.name}` };
    }
  }
  return { speaker: null, confidence: 0, reason: `nobody named before is described as "${phrase.text}"` };
}

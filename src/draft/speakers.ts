// Reading the noun phrase next to an attribution verb ("senior Kremlin aide
// Yuri Ushakov", "the aide", "he", "a Kremlin spokesman"), and the people
// and organisations a text names, for pronouns and roles to refer back to.
import {
  DETERMINERS,
  MODIFIERS,
  NATIONALITIES,
  NOT_NAMES,
  ORG_WORDS,
  PLURAL_ROLES,
  PRONOUNS,
  ROLE,
  TITLES,
  VERBS,
} from "./lexicon.js";
import type { Span, Word } from "./text.js";

/** What the words next to a verb say about who speaks. */
export interface SpeakerPhrase extends Span {
  /** The phrase as written: "senior Kremlin aide Yuri Ushakov". */
  text: string;
  /**
   * `person` and `org` are named ("Yuri Ushakov", "the Kremlin"); `pronoun`
   * ("he") and `role` ("the aide") refer back to someone named earlier;
   * `unnamed` ("a Kremlin spokesman", "officials") is nobody in particular.
   */
  kind: "person" | "org" | "pronoun" | "role" | "unnamed";
  /** The name alone, without titles: "Yuri Ushakov"; "the Kremlin" for an organisation. */
  name?: string;
  /** Role groups the phrase gives its speaker ("aide" for "adviser" too; see lexicon ROLE). */
  roles: string[];
  /** What a pronoun can stand for. */
  refers?: "person" | "org" | "plural";
}

const MAX_PHRASE = 9;

const isCapital = (w: string): boolean => /^\p{Lu}/u.test(w);
const isPossessive = (w: string): boolean => /['’]s$/.test(w) || /s['’]$/.test(w);
const lower = (w: Word): string => w.text.toLowerCase();

function allowed(w: Word): boolean {
  const l = lower(w);
  if (isCapital(w.text) || l === "of") return true;
  return ROLE.has(l) || PLURAL_ROLES.has(l) || MODIFIERS.has(l) || DETERMINERS.has(l);
}

/** Only spaces (or the apostrophe of "Putin’s") between two words of one phrase. */
const joined = (text: string, a: Word, b: Word): boolean => /^\s+$/.test(text.slice(a.end, b.start));

/** The speaker phrase ending with `words[words.length - 1]`, read backwards; null when those words are no speaker. */
export function phraseBefore(text: string, words: readonly Word[]): SpeakerPhrase | null {
  const last = words[words.length - 1];
  if (!last) return null;
  const pronoun = PRONOUNS.get(lower(last));
  if (pronoun) return pronounAt(last, pronoun);
  const taken: Word[] = [];
  for (let i = words.length - 1; i >= 0 && taken.length < MAX_PHRASE; i--) {
    const w = words[i]!;
    if (!allowed(w) || (taken.length && !joined(text, w, taken[0]!))) break;
    if (lower(w) === "of" && !(taken[0] && isCapital(taken[0].text))) break;
    taken.unshift(w);
    if (DETERMINERS.has(lower(w))) break;
  }
  while (taken.length && lower(taken[0]!) === "of") taken.shift();
  return classify(text, taken);
}

/** The speaker phrase starting at `words[0]` (after "said" or "according to"); null when none. */
export function phraseAfter(text: string, words: readonly Word[]): SpeakerPhrase | null {
  const first = words[0];
  if (!first) return null;
  const pronoun = PRONOUNS.get(lower(first));
  if (pronoun) return pronounAt(first, pronoun);
  const taken: Word[] = [];
  for (const w of words) {
    const last = taken[taken.length - 1];
    if (taken.length >= MAX_PHRASE || !allowed(w) || (last && !joined(text, last, w))) break;
    if (taken.length && DETERMINERS.has(lower(w))) break;
    taken.push(w);
    if (isPossessive(w.text) && taken.length > 1) break;
  }
  // "said Ushakov, who…" ends at the comma; "said the aide of Putin" keeps "of" only between capitals.
  while (taken.length && lower(taken[taken.length - 1]!) === "of") taken.pop();
  return classify(text, taken);
}

/** What a run of phrase words names. */
export function classify(text: string, words: readonly Word[]): SpeakerPhrase | null {
  // A sentence's first word is capitalised whatever it is ("But US Secretary…", "While Russian officials…").
  let from = 0;
  while (from < words.length && NOT_NAMES.has(lower(words[from]!)) && !DETERMINERS.has(lower(words[from]!))) from++;
  const taken = words.slice(from);
  if (!taken.length) return null;
  const start = taken[0]!.start;
  const end = taken[taken.length - 1]!.end;
  const base = { start, end, text: text.slice(start, end), roles: rolesOf(taken) };
  const det = DETERMINERS.has(lower(taken[0]!)) ? lower(taken[0]!) : undefined;
  const run = nameRun(taken);
  // "Officials said", capitalised only for opening the sentence, names nobody.
  const isRole = (w: Word): boolean => ROLE.has(lower(w)) || PLURAL_ROLES.has(lower(w));
  const roleWords = run.every((w) => isRole(w) || MODIFIERS.has(lower(w)));
  const roleOnly = run.some(isRole) && roleWords && !run.some((w) => ORG_WORDS.has(lower(w)));
  if (run.length && !roleOnly) {
    const bare = stripTitles(run);
    const org = run.some((w) => ORG_WORDS.has(lower(w)));
    // A name with "the" before it is no person's ("the Guardian", "the Kremlin").
    if (org || (det === "the" && taken[1] === run[0] && bare.length === run.length)) {
      return { ...base, kind: "org", name: orgName(text, taken, det) };
    }
    if (bare.length && !bare.every((w) => NOT_NAMES.has(lower(w)))) {
      return { ...base, kind: "person", name: text.slice(bare[0]!.start, bare[bare.length - 1]!.end) };
    }
    if (!bare.length && base.roles.length) return { ...base, kind: det === "a" || det === "an" ? "unnamed" : "role" };
    return null;
  }
  const head = lower(taken[taken.length - 1]!);
  if (!ROLE.has(head) && !PLURAL_ROLES.has(head)) return null;
  const indefinite = det === undefined || det === "a" || det === "an" || det === "one" || det === "another";
  if (PLURAL_ROLES.has(head) || (indefinite && det !== undefined)) return { ...base, kind: "unnamed" };
  return { ...base, kind: "role" };
}

/** The trailing capitalised words of a phrase ("of" allowed inside), without possessives before them. */
function nameRun(taken: readonly Word[]): Word[] {
  const run: Word[] = [];
  for (let i = taken.length - 1; i >= 0; i--) {
    const w = taken[i]!;
    if (isCapital(w.text) && !isPossessive(w.text)) run.unshift(w);
    else if (lower(w) === "of" && run.length && i > 0 && isCapital(taken[i - 1]!.text)) run.unshift(w);
    else break;
  }
  return run;
}

/** The name after the last title of a run ("Swiss Environment Minister Anna Keller" → "Anna Keller"). */
function stripTitles(run: readonly Word[]): Word[] {
  const isTitle = (w: Word): boolean => TITLES.has(lower(w)) || NATIONALITIES.has(lower(w));
  let last = -1;
  for (let i = 0; i < run.length - 1; i++) if (isTitle(run[i]!)) last = i;
  const after = run.slice(last + 1);
  if (after.length && !isTitle(after[0]!)) return after;
  let i = 0;
  while (i < run.length && isTitle(run[i]!)) i++;
  return run.slice(i);
}

/** "the Kremlin", "Russia's Foreign Ministry": from the first capitalised word, with "the" when written. */
function orgName(text: string, taken: readonly Word[], det: string | undefined): string {
  const first = taken.findIndex((w) => isCapital(w.text) && !(DETERMINERS.has(lower(w)) && w === taken[0]));
  const from = taken[Math.max(0, first)]!;
  const name = text.slice(from.start, taken[taken.length - 1]!.end);
  return det === "the" ? `the ${name}` : name;
}

function rolesOf(taken: readonly Word[]): string[] {
  const roles = new Set<string>();
  for (const w of taken) {
    const group = ROLE.get(lower(w));
    if (group) roles.add(group);
  }
  return [...roles];
}

/** A person or organisation a text names, for later pronouns and roles to refer to. */
export interface Mention extends Span {
  name: string;
  kind: "person" | "org";
  roles: string[];
  /** "Putin’s aide" names Putin, who is not the subject: no pronoun refers to a possessive. */
  possessive: boolean;
  /** Index of its sentence in the reading order. */
  sentence: number;
  /** What a title before the name says ("Mr Brekke", "Ms Solberg"), for "he" and "she" to match. */
  gender?: "male" | "female";
}

// Titles that say who "he" or "she" can stand for; nothing else about a name is guessed.
const GENDERED = new Map<string, "male" | "female">([
  ["mr", "male"],
  ["sir", "male"],
  ["lord", "male"],
  ["mrs", "female"],
  ["ms", "female"],
  ["miss", "female"],
  ["dame", "female"],
  ["lady", "female"],
]);

/**
 * The named people and organisations in a sentence's words (quotations
 * left out). A lone capitalised word counts only when it is the surname of
 * someone already named in full ("Ushakov" after "Yuri Ushakov"), since
 * a lone capital is as often a place ("in Florida").
 */
export function mentionsIn(text: string, ws: readonly Word[], sentence: number, known: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!isCapital(ws[i]!.text) || (i === 0 && NOT_NAMES.has(lower(ws[i]!)))) continue;
    let j = i;
    const extends_ = (k: number): boolean =>
      k + 1 < ws.length && isCapital(ws[k + 1]!.text) && joined(text, ws[k]!, ws[k + 1]!) && !isPossessive(ws[k]!.text);
    while (extends_(j)) j++;
    // "Varna Ferries chief executive Lars Dahl": the capitals before a role name the employer, not a person.
    if (employer(text, ws, j)) {
      i = j;
      continue;
    }
    const possessive = isPossessive(ws[j]!.text);
    const run = ws.slice(i, j + 1).map((w, n) => (possessive && n === j - i ? unpossessed(w) : w));
    // The role words just before the name ("senior Kremlin aide", "the"), nothing further back.
    let from = i;
    const leads = (k: number): boolean =>
      k > Math.max(0, i - 4) && !isCapital(ws[k - 1]!.text) && allowed(ws[k - 1]!) && joined(text, ws[k - 1]!, ws[k]!);
    while (leads(from)) from--;
    if (from > 0 && from === i && DETERMINERS.has(lower(ws[i - 1]!))) from--;
    const lead = ws.slice(from, i);
    const phrase = classify(text, [...lead, ...run]);
    if (phrase && (phrase.kind === "person" || phrase.kind === "org") && phrase.name) {
      const single = !phrase.name.includes(" ");
      const subject = single && speaksNext(text, ws, j);
      const completed = fullName(phrase.name, [...known, ...out]) ?? (subject ? phrase.name : undefined);
      const name = single && phrase.kind === "person" ? completed : phrase.name;
      const after = appositiveRoles(text, ws, j);
      const roles = [...new Set([...phrase.roles, ...after])];
      if (name) {
        const mention: Mention = {
          start: run[0]!.start,
          end: ws[j]!.end,
          name,
          kind: phrase.kind,
          roles,
          possessive,
          sentence,
        };
        const gender = GENDERED.get(lower(run[0]!).replace(/\.$/, ""));
        if (gender && phrase.kind === "person") mention.gender = gender;
        out.push(mention);
      }
    }
    i = j;
  }
  return out;
}

/** Whether the capitals ending at `ws[j]` are followed by lower-case role words and then a name. */
function employer(text: string, ws: readonly Word[], j: number): boolean {
  let k = j + 1;
  let role = false;
  // "chief executive": a role word the lexicon knows, beside words it may not; never a verb ("Putin met Kushner").
  while (k < ws.length && k <= j + 3 && joined(text, ws[k - 1]!, ws[k]!) && !isCapital(ws[k]!.text)) {
    const l = lower(ws[k]!);
    if (ROLE.has(l) || MODIFIERS.has(l)) role = true;
    else if (VERBS.has(l) || DETERMINERS.has(l) || /(?:ed|ing|s)$/.test(l) || l.length < 4) return false;
    k++;
  }
  return role && k < ws.length && joined(text, ws[k - 1]!, ws[k]!) && isCapital(ws[k]!.text);
}

/** The full name of someone named earlier whose last word is `surname`, or undefined. */
export function fullName(surname: string, known: readonly Mention[]): string | undefined {
  for (let k = known.length - 1; k >= 0; k--) {
    const m = known[k]!;
    if (m.kind === "person" && m.name !== surname && m.name.endsWith(` ${surname}`)) return m.name;
  }
  return known.some((m) => m.name === surname) ? surname : undefined;
}

/**
 * Roles an appositive gives the name ending at `ws[j]`: "Yuri Ushakov, a foreign policy adviser to Putin," says
 * adviser.
 */
function appositiveRoles(text: string, ws: readonly Word[], j: number): string[] {
  const next = ws[j + 1];
  if (!next || !/^\s*,\s*$/.test(text.slice(ws[j]!.end, next.start)) || !DETERMINERS.has(lower(next))) return [];
  const roles: string[] = [];
  for (let k = j + 2; k < Math.min(ws.length, j + 8); k++) {
    if (!/^\s+$/.test(text.slice(ws[k - 1]!.end, ws[k]!.start))) break;
    const group = ROLE.get(lower(ws[k]!));
    if (group) roles.push(group);
  }
  return roles;
}

/** "Putin’s" read as "Putin". */
const unpossessed = (w: Word): Word => {
  const text = w.text.replace(/['’]s?$/, "");
  return { text, start: w.start, end: w.start + text.length };
};

/**
 * Whether an attribution verb follows the word `ws[j]`, directly or after an appositive ("Trump, speaking in
 * Washington, warned").
 */
function speaksNext(text: string, ws: readonly Word[], j: number): boolean {
  const next = ws[j + 1];
  if (!next) return false;
  const gap = text.slice(ws[j]!.end, next.start);
  if (/^\s+$/.test(gap)) return VERBS.has(next.text);
  if (!/^\s*,\s*$/.test(gap)) return false;
  for (let k = j + 2; k < Math.min(ws.length, j + 12); k++) {
    if (text.slice(ws[k - 1]!.end, ws[k]!.start).includes(",")) return VERBS.has(ws[k]!.text);
  }
  return false;
}

const pronounAt = (w: Word, refers: "person" | "org" | "plural"): SpeakerPhrase => ({
  start: w.start,
  end: w.end,
  text: w.text,
  kind: "pronoun",
  roles: [],
  refers,
});

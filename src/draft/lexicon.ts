// The small vocabularies the quotation rules read: attribution verbs, the
// titles and roles that come before a name, organisations. Words, not a
// model: each list is what news copy uses, and a miss is a missing word.

const VERB_BASES = [
  "say", "tell", "add", "note", "warn", "stress", "insist", "describe", "call", "write", "ask", "reply", "explain",
  "acknowledge", "argue", "claim", "declare", "announce", "state", "urge", "suggest", "tweet", "post", "continue",
  "concede", "caution", "recall", "admit", "maintain", "emphasize", "emphasise", "comment", "remark", "observe",
  "predict", "promise", "vow", "complain", "confirm", "deny", "report", "signal", "accuse", "quip", "joke", "shout",
  "reiterate", "assert", "contend", "counter", "respond", "lament", "boast", "pledge", "conclude", "testify",
  "dub", "brand", "hail", "welcome", "criticise", "criticize", "blame", "demand", "threaten", "indicate",
  "characterise", "characterize", "point", "sum", "put", "remind", "underline", "underscore", "mention", "allege",
  "answer",
];
// Also nouns ("a social media post", "the points"): only their -ed and -ing forms count as verbs.
const NOUNY = new Set([
  "post", "call", "report", "comment", "demand", "tweet", "joke", "point", "put", "sum", "signal", "state", "claim",
  "promise", "pledge", "counter", "welcome", "brand", "hail", "blame", "quip", "boast",
]);
const IRREGULAR: Record<string, string[]> = {
  say: ["said"], tell: ["told"], write: ["wrote", "written"], put: ["put", "putting"], sum: ["summed", "summing"],
  dub: ["dubbed", "dubbing"], quip: ["quipped", "quipping"], admit: ["admitted", "admitting"],
};

function forms(base: string): string[] {
  const all = inflect(base);
  return NOUNY.has(base) ? all.filter((f) => f !== base && f !== base + "s") : all;
}

function inflect(base: string): string[] {
  const out = [base, ...(IRREGULAR[base] ?? [])];
  if (IRREGULAR[base] && base !== "say" && base !== "tell" && base !== "write") return [...out, base + "s"];
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  if (base.endsWith("y") && !/[aeiou]y$/.test(base)) out.push(base.slice(0, -1) + "ies", base.slice(0, -1) + "ied");
  else out.push(/(?:s|sh|ch|x)$/.test(base) ? base + "es" : base + "s", stem + "ed");
  out.push(stem + "ing");
  return out;
}

/** Every form of every attribution verb ("said", "says", "saying", "noted"…), lower case. */
export const VERBS: ReadonlySet<string> = new Set(VERB_BASES.flatMap(forms));

/**
 * Verbs that take an object before the quotation ("called the talks “useful”", "told reporters"): attribution only
 * with a quotation in the clause.
 */
export const OBJECT_VERBS: ReadonlySet<string> = new Set(
  ["describe", "call", "dub", "brand", "hail", "characterise", "characterize", "tell", "welcome", "criticise",
    "criticize",
    "blame", "accuse", "point", "sum", "put"].flatMap(forms),
);

/** Words between a subject and its verb that do not change who speaks ("also", "later", "has"). */
export const ADVERBS: ReadonlySet<string> = new Set([
  "also", "later", "then", "has", "had", "have", "was", "were", "is", "previously", "earlier", "reportedly", "once",
  "again", "repeatedly", "however", "separately", "further", "had", "publicly", "privately", "bluntly", "simply",
  "flatly", "only", "recently", "subsequently", "told", "openly", "would", "will", "had", "just", "has",
]);

/** Titles written before a name, capitalised ("President", "Foreign Minister"); removed to leave the name. */
export const TITLES: ReadonlySet<string> = new Set([
  "president", "prime", "minister", "secretary", "state", "foreign", "defence", "defense", "finance", "interior",
  "deputy", "vice", "chancellor", "king", "queen", "prince", "princess", "pope", "senator", "sen.", "rep.",
  "representative", "congressman", "congresswoman", "governor", "gov.", "mayor", "general", "gen.", "admiral",
  "colonel", "col.", "lt.", "captain", "capt.", "sgt.", "sergeant", "judge", "justice", "ambassador", "envoy",
  "special",
  "chief", "director", "commissioner", "spokesman", "spokeswoman", "spokesperson", "mr", "mr.", "mrs", "mrs.", "ms",
  "ms.", "dr", "dr.", "prof.", "professor", "sir", "dame", "lord", "lady", "rev.", "sheikh", "emir", "crown", "leader",
  "speaker", "attorney", "chairman", "chairwoman", "chair", "ceo", "premier", "commander", "marshal", "top", "senior",
  "former", "acting", "interim", "opposition", "press", "national", "security", "adviser", "advisor", "aide", "head",
  "of", "the", "white", "house", "kremlin", "pentagon", "health", "economy", "trade", "justice", "home", "office",
  "sanctions", "nato", "un", "eu", "us", "u.s.", "uk", "u.k.", "new",
]);

/** Nationality and place adjectives that lead a title ("Russian President", "US envoy"). */
export const NATIONALITIES: ReadonlySet<string> = new Set([
  "russian", "american", "ukrainian", "british", "french", "german", "chinese", "european", "israeli", "palestinian",
  "iranian", "turkish", "polish", "indian", "japanese", "korean", "italian", "spanish", "canadian", "australian",
  "belarusian", "hungarian", "syrian", "egyptian", "saudi", "qatari", "emirati", "dutch", "swedish", "finnish", "irish",
  "scottish", "welsh", "english", "mexican", "brazilian", "african", "nigerian", "kenyan", "pakistani", "afghan",
  "georgian", "moldovan", "lithuanian", "latvian", "estonian", "czech", "slovak", "romanian", "bulgarian", "greek",
  "western", "eastern", "northern", "southern", "federal", "top", "senior", "former", "u.s.", "us", "uk", "u.k.",
]);

/** Lower-case role nouns, grouped: "the aide said" may refer back to someone called an adviser. */
const ROLE_GROUPS: readonly (readonly string[])[] = [
  ["aide", "adviser", "advisor", "assistant", "diplomat"],
  ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"],
  ["president", "leader", "head", "premier", "chancellor"],
  ["minister", "secretary"],
  ["envoy", "negotiator", "emissary", "ambassador"],
  ["official", "officials", "source", "sources"],
  ["general", "commander", "officer", "chief"],
  ["senator", "lawmaker", "mp", "congressman", "congresswoman", "representative"],
  ["analyst", "expert", "economist", "researcher", "scholar", "professor"],
  ["lawyer", "attorney", "prosecutor", "judge"],
  ["witness", "resident", "residents", "survivor", "doctor", "mayor", "governor", "chairman", "chairwoman", "director"],
];

/** A role noun's group name (its first word), or undefined. */
export const ROLE: ReadonlyMap<string, string> = new Map(ROLE_GROUPS.flatMap((g) => g.map((w) => [w, g[0]!] as const)));

/** Plural role nouns: never one named speaker. */
export const PLURAL_ROLES: ReadonlySet<string> = new Set([
  "officials", "sources", "spokespeople", "spokesmen", "spokeswomen", "residents", "diplomats", "aides", "advisers",
  "leaders", "analysts", "experts", "witnesses", "lawmakers", "negotiators", "envoys", "ministers", "people",
]);

/** Lower-case words that may modify a role ("top foreign policy aide", "senior Kremlin official"). */
export const MODIFIERS: ReadonlySet<string> = new Set([
  "top", "senior", "foreign", "policy", "special", "chief", "deputy", "former", "diplomatic", "press", "military",
  "security", "government", "presidential", "defence", "defense", "junior", "veteran", "leading", "local", "regional",
  "national", "ruling", "opposition", "party", "state", "economic", "trade", "health", "white", "house", "outgoing",
  "incoming", "lead", "chief", "sanctions", "us", "u.s.", "uk", "u.k.", "eu", "un", "kremlin", "independent",
  "unnamed", "anonymous", "one", "another", "two", "three", "several", "some", "many", "other", "western", "european",
  "ministry", "police", "army", "city", "council", "company", "union", "industry", "campaign", "hospital", "regional",
]);

/** Words that make a capitalised phrase an organisation rather than a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  "kremlin", "pentagon", "house", "ministry", "department", "office", "council", "commission", "agency", "police",
  "army", "government", "parliament", "congress", "senate", "court", "committee", "party", "company", "inc", "corp",
  "bank", "university", "institute", "foundation", "service", "guard", "forces", "command", "cabinet", "street",
  "bbc", "reuters", "ap", "afp", "nato", "un", "eu", "nations", "union", "tass", "ria", "interfax", "cnn", "press",
  "times", "post", "journal", "news", "network", "group", "federation", "republic", "administration", "embassy",
  "moscow", "kyiv", "kiev", "washington", "beijing", "london", "paris", "berlin", "brussels", "tehran", "jerusalem",
  "ankara", "tokyo", "seoul", "minsk", "warsaw", "ukraine", "russia", "china", "iran", "israel", "britain", "france",
  "germany", "poland", "america", "states", "kingdom", "downing", "elysee", "élysée", "whitehall", "ministry",
]);

/** Capitalised words that start sentences and are never names. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  "the", "a", "an", "in", "on", "at", "after", "before", "but", "and", "or", "if", "when", "while", "as", "this",
  "that",
  "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their", "its", "our", "there", "here", "some",
  "many", "most", "all", "no", "not", "yet", "still", "then", "now", "so", "for", "with", "without", "by", "from", "of",
  "to", "under", "over", "despite", "although", "though", "because", "since", "until", "during", "speaking", "asked",
  "earlier", "later", "meanwhile", "however", "also", "both", "each", "every", "one", "two", "what", "which", "who",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
  "april", "may", "june", "july", "august", "september", "october", "november", "december", "news", "key", "top",
  "according", "following", "ahead", "amid", "among", "about", "around", "instead", "last", "next", "this",
]);

/** Pronouns that can stand for a speaker, and what they can stand for. */
export const PRONOUNS: ReadonlyMap<string, "person" | "org" | "plural"> = new Map([
  ["he", "person"], ["she", "person"], ["it", "org"], ["they", "plural"], ["we", "plural"], ["i", "person"],
]);

/** Determiners that open a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "his", "her", "its", "their", "our", "one", "another",
]);

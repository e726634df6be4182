/** The English vocabulary the date rules read: months, weekdays, numbers, ordinals. */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
/** Month names and abbreviations (optionally with a dot) as a regex alternative. */
export const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?`;

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};
export const WEEKDAY = String.raw`(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues|tue|wed|thurs|thur|thu|fri|sat)\.?(?:'s)?`;

const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORDINAL_UNITS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const ORDINAL_TENS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

const CARDINALS = new Map<string, number>();
const ORDINALS = new Map<string, number>();
UNITS.forEach((w, i) => CARDINALS.set(w, i));
ORDINAL_UNITS.forEach((w, i) => ORDINALS.set(w, i));
TENS.forEach((w, t) => {
  if (!w) return;
  CARDINALS.set(w, t * 10);
  ORDINALS.set(ORDINAL_TENS[t] ?? "", t * 10);
  for (let u = 1; u < 10; u++) {
    CARDINALS.set(`${w}-${UNITS[u]}`, t * 10 + u);
    CARDINALS.set(`${w} ${UNITS[u]}`, t * 10 + u);
    ORDINALS.set(`${w}-${ORDINAL_UNITS[u]}`, t * 10 + u);
    ORDINALS.set(`${w} ${ORDINAL_UNITS[u]}`, t * 10 + u);
  }
});
CARDINALS.set("a", 1).set("an", 1).set("a couple of", 2).set("a couple", 2).set("couple of", 2).set("a dozen", 12);

/** Cardinal words and digits as a regex alternative ("a", "two", "twenty-one", "14"). */
export const NUMBER = String.raw`(\d{1,4}|a couple of|a dozen|an|a|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)`;

/** Reads a cardinal ("two", "twenty-one", "14", "a"); NaN when unknown. */
export function cardinal(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  return CARDINALS.get(word) ?? Number.NaN;
}

/** Ordinal words and digits ("third", "3rd", "twenty-first") as a regex alternative. */
export const ORDINAL = String.raw`(\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty-first)`;

/** Reads an ordinal ("third", "3rd", "twenty-first"); NaN when unknown. */
export function ordinal(word: string): number {
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
  if (m) return Number(m[1]);
  return ORDINALS.get(word) ?? Number.NaN;
}

/** A year written in words: "nineteen ninety-six", "two thousand", "two thousand and one". */
export function spelledYear(text: string): number {
  const t = text.replace(/^the year /, "");
  const m = /^(nineteen|eighteen|seventeen|twenty) (hundred|oh [a-z]+|[a-z]+(?:[- ][a-z]+)?)$/.exec(t);
  if (m) {
    const hi = cardinal(m[1] ?? "");
    const rest = m[2] ?? "";
    const lo = rest === "hundred" ? 0 : rest.startsWith("oh ") ? cardinal(rest.slice(3)) : cardinal(rest);
    if (Number.isFinite(lo) && lo >= (rest.startsWith("oh ") ? 1 : 0) && lo < 100 && (rest.startsWith("oh ") ? lo < 10 : lo >= 10 || lo === 0)) return hi * 100 + lo;
    return Number.NaN;
  }
  const k = /^two thousand(?: (?:and )?([a-z]+(?:-[a-z]+)?))?$/.exec(t);
  if (k) {
    const lo = k[1] === undefined ? 0 : cardinal(k[1]);
    return lo >= 0 && lo < 100 ? 2000 + lo : Number.NaN;
  }
  return Number.NaN;
}

/** Decades in words: "the nineties" → 9 (the tens digit). */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

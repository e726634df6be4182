/**
 * Proposed extents that read as dates alone but are none where they stand:
 * names ("ABC's This Week", "VOA Today", the party daily Granma) and rates
 * ("$500 million a year", "24 hours a day"), which TIMEX annotation leaves
 * unmarked like speeds and prices per unit.
 */
import { NUMBER } from "../data/dates/vocabulary.js";
import type { ScanSpan } from "./datesScan.js";

// Deictic words that name a date only in lower case mid-sentence; in Title Case there they are a programme's name.
const DEICTIC_TITLE = /^(?:Today|Tonight|Yesterday|Tomorrow|(?:This|Last|Next)\s+(?:Week|Month|Year|Morning|Night))$/;
// What ends a sentence or opens a headline or quotation, after which a capital says nothing.
const OPENS = /(?:^|[.!?:]['"\u201d]*|\n)\s*$/;
// A frequency word used as a noun: "the Communist Party daily Granma", "the daily Le Monde".
const NEWSPAPER = /^\s+(?:[A-Z][\w'-]*|(?:Le|La|El|Die|The)\s+[A-Z])/;
const RATE_UNIT = /^(?:a|an|per)\s+(?:second|minute|hour|day|night|week|month|quarter|year)$/i;
// The amount a rate follows: a number or sum, maybe with the noun it counts ("four flights a week").
const AMOUNT = /*#__PURE__*/ (() =>
  new RegExp(
    `(?:\\$?\\d[\\d,.]*%?|\\b(?:${NUMBER}|million|billion|trillion|thousand|hundred|percent|cents?|dollars?))(?:\\s+[a-z-]+){0,2}\\s*$`,
    "i",
  ))();

// A part of the day after a determiner that belongs to a compound noun: "that night shifts were long", "the
// morning newspaper", "this evening's news" aside (the possessive is a time). The determiner then goes with the
// compound, and no time is named.
const DETERMINED_PART = /^(?:this|that|the|last)\s+(?:morning|afternoon|evening|night)$/i;
const COMPOUND_HEAD =
  /^\s+(?:shifts?|newspapers?|papers?|news|editions?|bulletins?|broadcasts?|shows?|programs?|programmes?|classes|class|school|clubs?|flights?|trains?|buses|bus|services?|sessions?|prayers?|mass|watch|patrols?|curfews?|sky|skies|lights?|life|owls?|workers?|staff|crews?|duty|markets?|rush|traffic|commute)\b/i;

// A month or season naming an event: "the annual March for Life", "the Spring of Life demonstrations", "the March
// of the Combatant Mothers" (a date would go on in lower case or digits: "March of this year", "March of 1990").
const NAMED_MONTH =
  /^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter)$/;
const NAME_GOES_ON = /^\s+(?:for|of|on)\s+(?:the\s+)?[A-Z]/;

/**
 * Whether the extent `s` of `text` is no date where it stands: a title-cased deictic word in mid-sentence, "Now,"
 * opening a sentence, a part of the day in a compound noun, a month or season in an event's name, a frequency word naming a newspaper, or the unit of a
 * rate after an amount.
 */
export function notATime(text: string, s: ScanSpan): boolean {
  const words = text.slice(s.start, s.end);
  const before = text.slice(Math.max(0, s.start - 60), s.start);
  if (DEICTIC_TITLE.test(words) && !OPENS.test(before)) return true;
  // "Now," set off by a comma at a sentence's start, or "Now for" a new segment, turns the discourse ("Now, following
  // asset sales, …"), as TimeBank leaves it; "Now officials are investigating" still says when.
  if (words === "Now" && OPENS.test(before) && /^(?:\s*,|\s+for\b)/.test(text.slice(s.end, s.end + 5))) return true;
  if (NAMED_MONTH.test(words) && NAME_GOES_ON.test(text.slice(s.end, s.end + 30))) return true;
  if (DETERMINED_PART.test(words) && COMPOUND_HEAD.test(text.slice(s.end, s.end + 20))) return true;
  if (/^daily$/i.test(words) && NEWSPAPER.test(text.slice(s.end, s.end + 20))) return true;
  return RATE_UNIT.test(words) && AMOUNT.test(before);
}

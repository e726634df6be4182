/**
 * Durations ("five hours", "a five-hour meeting", "for two weeks") and
 * frequencies ("every week", "weekly") are not points in time.
 */
import { FREQUENCY, NUMBER, UNIT_WORD } from "../vocabulary.js";

const SET = new RegExp(`\\b(?:every|each|per|${FREQUENCY}|twice a|once a|times a)\\b`);
const UNIT = UNIT_WORD;
// A plural unit alone ("years", "for months") is a length.
const PLURAL = `(?=[a-z]+s\\b|centuries|millennia)${UNIT_WORD}`;
const QUANTITY = String.raw`(?:${NUMBER}|\d+(?:\.\d+)?|\d+ \d/\d|several|a few|few|many|some|a number of|a half|half an?|a minute and a half)`;
const DURATION = new RegExp(
  `^(?:(?:for|over|during|within|in|after|throughout|spanning|lasting)\\s+)?(?:(?:the|a|an)\\s+)?` +
    `(?:(?:past|last|next|first|previous|coming|following|final|another|more than|less than|nearly|almost|about|around|some|at least|at most|up to|roughly|only|just|over|under)\\s+)*` +
    `(?:(?:${QUANTITY}[- ]and[- ]a[- ]half[- ]|${QUANTITY}[- ])${UNIT}(?:[- ](?:long|old))?(?:\\s+(?:or so|or more|and a half))?(?:\\s+[a-z]+)?|${PLURAL})$`,
);
const POINT_AFTER =
  /\b(?:ago|earlier|later|before|after|from now|hence|back|since|previously|of\s+\d{4}|this|last|next)$/;
// "The 1988 second quarter": an ordinal quarter, not a count of seconds; "the 1988 quarter" is no count either.
const ORDINAL_QUARTER = /\b(?:first|second|third|fourth)[- ](?:fiscal[- ])?quarter\b|^(?:the\s+)?\d{4}\s+quarter$/;
const BARE_UNIT =
  /^(?:the\s+)?(?:past|last|next|previous|coming|current|same|following|latest)\s+(?:day|week|month|quarter|year|decade|century)$/;

/** "duration", "set", or null when the text may be a point in time. */
export function extentKind(s: string): "duration" | "set" | null {
  if (SET.test(s)) return "set";
  if (POINT_AFTER.test(s) || BARE_UNIT.test(s) || ORDINAL_QUARTER.test(s)) return null;
  // A unit with no number ("the year", "the quarter") names the current one, not a length.
  if (/^(?:the\s+)?(?:day|week|month|quarter|year|decade|century|weekend)$/.test(s)) return null;
  if (DURATION.test(s)) return "duration";
  return null;
}

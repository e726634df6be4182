/**
 * The texts the figure shows besides the data, and their English defaults.
 * They live with the renderer that draws them; `options.ts` checks a
 * caller's overrides against these defaults.
 */
import { formatCount } from "../scale/english.js";
import { hedge, partOfDay } from "../scale/words.js";
import type { PartOfDay, Qualifier } from "../data/types.js";

/** Texts the chart shows besides data; override to translate. */
export interface TimelineLabels {
  /** Accessible name prefix of the chart. */
  chart: string;
  /** Follows the chart's name: "14 events". */
  events: (n: number) => string;
  /** Shown where a timeline has no events. */
  empty: string;
  /** Heading of the list view. */
  list: string;
  /** The list view's disclosure summary: "All 14 events, with their sources". */
  listSummary: (n: number) => string;
  /** Heading of the source legend. */
  sources: string;
  /** Heading of the legend's group chips. */
  groups: string;
  /** Heading of the legend's tag chips. */
  tags: string;
  /** Lane and chip of events without a group. */
  other: string;
  /** What a legend row or the error list leaves out: "+12 more". */
  more: (n: number) => string;
  /** Under a narrow chart, the events it leaves to the list view: "+140 more in the list below". */
  moreBelow: (n: number) => string;
  /** Tooltip of a "+N" pill; `from` and `to` are formatted dates, the same when all fall on one. */
  cluster: (n: number, from: string, to: string) => string;
  /** Tooltip of a stack of marks too close to tell apart; `from` and `to` as in `cluster`. */
  stack: (n: number, from: string, to: string) => string;
  /** Follows a pill's or stack's tooltip: the titles of its events, `more` of them left unnamed. */
  members: (titles: readonly string[], more: number) => string;
  /** Heads the list a pill or stack opens where zooming in cannot part its events. */
  membersList: (n: number) => string;
  /** The list view's pager buttons. */
  earlier: string;
  later: string;
  /** The pager's position: "Events 101–200 of 1,000". */
  listPage: (from: number, to: number, total: number) => string;
  /** "1 source" / "3 sources". */
  sourceCount: (n: number) => string;
  /** A citation's date as its source wrote it: "Dated: “Tuesday”". */
  dated: (text: string) => string;
  /**
   * A hedged date, already formatted: "before Dec 2, 2025", "about 1990", "mid-1990s"; in `short`
   * forms (marks, cluster tooltips, the live region) "about" reads "c. 1990".
   */
  hedge: (date: string, qualifier: Qualifier, short: boolean) => string;
  /**
   * A date and its part of the day: "December 2, 2025 (evening)". `period` is the locale's word
   * for it, from Intl's `dayPeriod` ("abends" in German), so the default reads right in any locale.
   */
  partOfDay: (date: string, part: PartOfDay, period: string) => string;
  /** A quotation in the language's marks: "“We made progress”". */
  quote: (text: string) => string;
  /** Heading above the errors block when no event could be drawn. */
  errors: string;
  /** Heading above the errors block of a chart that shows its other events. */
  errorsLeftOut: string;
  /** Summary of `<cite-line>`'s collapsed box of data warnings: "3 warnings about the data". */
  warnings: (n: number) => string;
  /** Note shown when sources disagree about an event's date. */
  dateConflict: string;
  /** Note shown when one speaker is quoted in different words. */
  quoteConflict: string;
  /** Close button of the details panel. */
  close: string;
  /** Usage hint read with the chart's name. */
  hint: string;
  /** The live region's place of an event in time order: "3 of 14". */
  position: (index: number, total: number) => string;
  /** The live region, when the keyboard reaches the first event (Home, or an arrow at the start). */
  firstEvent: string;
  /** The live region, when the keyboard reaches the last event (End, or an arrow at the end). */
  lastEvent: string;
  /**
   * The live region's account of a date conflict, each date with the sources that give it (their
   * publisher or title): "Sources disagree: Reuters says Dec 1, 2025; AP and AFP say Dec 2, 2025."
   */
  sourcesDisagree: (claims: readonly { sources: readonly string[]; date: string }[]) => string;
  /** The live region after a zoom settles: `span` is the dates shown ("Dec 1, 2025 – Dec 3, 2025"). */
  showing: (span: string, count: number) => string;
  /** Shown quietly in the details of an event without citations. */
  noSources: string;
  /** Shown over the chart when a plain wheel scrolls past it; `mac` names ⌘ instead of ctrl. */
  zoomHint: (mac: boolean) => string;
  /** The button that loads a third-party embed: "Load YouTube content". */
  loadEmbed: (provider: string) => string;
  /** Under that button: what loading it does ("Loading it connects to www.youtube.com."). */
  embedNotice: (host: string) => string;
  /** A media link or embed's way out: "Open on YouTube". */
  openOn: (provider: string) => string;
  /** A media item's credit: "Credit: AP Photo". */
  credit: (name: string) => string;
  /** Read between a date as written and the date it resolves to, where the eye sees "→". */
  readAs: string;
  /** A date whose written weekday is wrong: "Dec 2, 2025 was a Tuesday." */
  weekdayMismatch: (date: string, weekday: string) => string;
  /** Heads the editor's own note on a citation, apart from the source's words. */
  editorNote: string;
  /** A year before AD 1, already formatted: "3500 BC" (ISO's year -3499). */
  bc: (year: string) => string;
  /** A common-era year where the era is worth saying (an axis that crosses year 0): "AD 30". */
  ad: (year: string) => string;
  /** Deep time, from 100,000 years back: "66 million years ago". */
  yearsAgo: (years: string) => string;
  /** The far future: "1 million years from now". */
  yearsFromNow: (years: string) => string;
}

/** "A", "A and B", "A, B and C", without Intl.ListFormat (see scale/english.ts on Intl's first-use cost). */
const andList = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** The English texts; `labels` in the options overrides any of them. */
export const defaultLabels: TimelineLabels = {
  chart: "Timeline",
  events: (n) => `${formatCount(n, "en-US")} event${n === 1 ? "" : "s"}`,
  empty: "No events to show yet.",
  list: "All events",
  listSummary: (n) =>
    n === 1 ? "The event, with its sources" : `All ${formatCount(n, "en-US")} events, with their sources`,
  sources: "Sources",
  groups: "Groups",
  tags: "Tags",
  other: "Other",
  more: (n) => `+${n} more`,
  moreBelow: (n) => `+${n} more in the list below`,
  cluster: (n, from, to) => `${n} more events, ${from === to ? from : `${from} to ${to}`}. Click to zoom in.`,
  stack: (n, from, to) => `${n} events close together, ${from === to ? from : `${from} to ${to}`}. Click to zoom in.`,
  members: (titles, more) => `${titles.join("; ")}${more ? `; ${formatCount(more, "en-US")} more` : ""}.`,
  membersList: (n) => `${formatCount(n, "en-US")} events at this point`,
  earlier: "Earlier",
  later: "Later",
  listPage: (from, to, total) => `Events ${from}–${to} of ${formatCount(total, "en-US")}`,
  sourceCount: (n) => `${n} source${n === 1 ? "" : "s"}`,
  dated: (text) => `Dated: “${text}”`,
  hedge,
  partOfDay,
  quote: (text) => `“${text}”`,
  errors: "This timeline could not be drawn as written:",
  errorsLeftOut: "Some of this timeline's data was left out:",
  warnings: (n) => `${formatCount(n, "en-US")} warning${n === 1 ? "" : "s"} about the data`,
  dateConflict: "Sources disagree about the date.",
  quoteConflict: "Sources quote the same speaker in different words.",
  close: "Close",
  hint: "Use arrow keys to move between events, plus and minus to zoom, Enter for sources.",
  noSources: "No source cited",
  position: (index, total) => `${index} of ${formatCount(total, "en-US")}`,
  firstEvent: "First event",
  lastEvent: "Last event",
  sourcesDisagree: (claims) =>
    `Sources disagree: ${claims.map((c) => `${andList(c.sources)} ${c.sources.length === 1 ? "says" : "say"} ${c.date}`).join("; ")}.`,
  showing: (span, count) => `Showing ${span}, ${formatCount(count, "en-US")} event${count === 1 ? "" : "s"}`,
  zoomHint: (mac) => `Use ${mac ? "⌘" : "ctrl"} + scroll to zoom`,
  loadEmbed: (provider) => `Load ${provider} content`,
  embedNotice: (host) => `Loading it connects to ${host}.`,
  openOn: (provider) => `Open on ${provider}`,
  credit: (name) => `Credit: ${name}`,
  readAs: "read as",
  weekdayMismatch: (date, weekday) => `${date} was a ${weekday}.`,
  editorNote: "Editor’s note",
  bc: (year) => `${year} BC`,
  ad: (year) => `AD ${year}`,
  yearsAgo: (years) => `${years} years ago`,
  yearsFromNow: (years) => `${years} years from now`,
};

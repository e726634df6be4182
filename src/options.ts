/**
 * The options of {@link timeline}, and the one place where loose option
 * values are coerced into exact types. Everything downstream trusts
 * {@link ResolvedOptions}; a wrong option type throws at once with
 * `invalid <name>: <value>`.
 */
import { show } from "./data/diagnostics.js";
import type { DateInput, TimelineEvent } from "./data/types.js";
import { formatCount } from "./scale/english.js";

/** A date-fns locale object; only its BCP 47 `code` is used (formatting goes through Intl, except en-US in UTC, which citeline writes itself). */
export interface LocaleLike {
  code?: string;
}

/** Measures the rendered width in pixels of a label at the chart's label font. */
export type MeasureText = (text: string) => number;

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
  /** The list view's pager buttons. */
  earlier: string;
  later: string;
  /** The pager's position: "Events 101–200 of 1,000". */
  listPage: (from: number, to: number, total: number) => string;
  /** "1 source" / "3 sources". */
  sourceCount: (n: number) => string;
  /** A citation's date as its source wrote it: "Dated: “Tuesday”". */
  dated: (text: string) => string;
  /** A quotation in the language's marks: "“We made progress”". */
  quote: (text: string) => string;
  /** Heading above the diagnostics block. */
  errors: string;
  /** Note shown when sources disagree about an event's date. */
  dateConflict: string;
  /** Note shown when one speaker is quoted in different words. */
  quoteConflict: string;
  /** Close button of the details panel. */
  close: string;
  /** Usage hint read with the chart's name. */
  hint: string;
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
}

/**
 * Options of {@link timeline}.
 *
 * @example
 * ```ts
 * timeline(data, { width: 960, locale: "de", timeZone: "Europe/Berlin", groupBy: "group" });
 * ```
 */
export interface TimelineOptions {
  /** Fixed width in pixels; default: follow the container (ResizeObserver), 960 before it is known. */
  width?: number;
  /** Height of the chart in pixels (horizontal layout), raised when its lanes need more for one label row each; default: from the number of lanes. */
  height?: number;
  /** Document to create nodes in (jsdom, SSR); default `globalThis.document`, read at call time. */
  document?: Document;
  /** A BCP 47 tag ("de-CH") or a date-fns locale object. Default "en-US". */
  locale?: string | LocaleLike;
  /**
   * "UTC" (default): floating calendar dates stay as written, laid out and
   * labelled in UTC. An IANA zone ("Europe/Moscow") or offset ("+03:00")
   * shows ticks and times in that zone.
   */
  timeZone?: string;
  /** Reference date passed to normalize for relative expressions. */
  reference?: string | Date;
  /** Event field that defines lanes: "group" (default), "place", "tags" (first tag) or null for one lane. */
  groupBy?: "group" | "place" | "tags" | null;
  /** Initial visible range; default the data's extent. */
  initialRange?: [DateInput, DateInput];
  /** "auto" (default) switches to vertical below 560px of width. */
  layout?: "horizontal" | "vertical" | "auto";
  /** Text measurer for label layout; default canvas in a browser, a width table elsewhere. */
  measureText?: MeasureText;
  /** false renders a static chart (server render): no zoom, keyboard or observers. */
  interactive?: boolean;
  /** "auto" (default) follows prefers-color-scheme; "light" or "dark" pin it. */
  theme?: "auto" | "light" | "dark";
  /** false leaves styling to the page (strict CSP): no `<style>` is injected. */
  injectStyles?: boolean;
  /** Id of an event to select initially. */
  selected?: string | null;
  /**
   * "cooperative" (default): a plain wheel scrolls the page and ctrl/⌘ +
   * wheel or a pinch zooms, as do wheels once the reader has clicked or
   * focused the chart (until the pointer leaves it). "greedy": every wheel
   * over the chart zooms.
   */
  gestures?: "cooperative" | "greedy";
  /** Small images of events' media beside their labels on the chart. Default false. */
  thumbnails?: boolean;
  /** Overrides of the chart's own texts; one left undefined keeps its default. */
  labels?: { [K in keyof TimelineLabels]?: TimelineLabels[K] | undefined };
}

/** Options after coercion: every field exact. */
export interface ResolvedOptions {
  width: number | null;
  height: number | null;
  document: Document;
  locale: string;
  timeZone: string;
  reference: string | Date | undefined;
  groupBy: "group" | "place" | "tags" | null;
  initialRange: [DateInput, DateInput] | null;
  layout: "horizontal" | "vertical" | "auto";
  measureText: MeasureText | null;
  interactive: boolean;
  theme: "auto" | "light" | "dark";
  injectStyles: boolean;
  selected: string | null;
  gestures: "cooperative" | "greedy";
  thumbnails: boolean;
  labels: TimelineLabels;
}

export const defaultLabels: TimelineLabels = {
  chart: "Timeline",
  events: (n) => `${formatCount(n, "en-US")} event${n === 1 ? "" : "s"}`,
  empty: "No events to show yet.",
  list: "All events",
  listSummary: (n) => (n === 1 ? "The event, with its sources" : `All ${formatCount(n, "en-US")} events, with their sources`),
  sources: "Sources",
  groups: "Groups",
  tags: "Tags",
  other: "Other",
  more: (n) => `+${n} more`,
  moreBelow: (n) => `+${n} more in the list below`,
  cluster: (n, from, to) => `${n} more events, ${from === to ? from : `${from} to ${to}`}. Click to zoom in.`,
  earlier: "Earlier",
  later: "Later",
  listPage: (from, to, total) => `Events ${from}–${to} of ${formatCount(total, "en-US")}`,
  sourceCount: (n) => `${n} source${n === 1 ? "" : "s"}`,
  dated: (text) => `Dated: “${text}”`,
  quote: (text) => `“${text}”`,
  errors: "This timeline could not be drawn as written:",
  dateConflict: "Sources disagree about the date.",
  quoteConflict: "Sources quote the same speaker in different words.",
  close: "Close",
  hint: "Use arrow keys to move between events, plus and minus to zoom, Enter for sources.",
  noSources: "No source cited",
  zoomHint: (mac) => `Use ${mac ? "⌘" : "ctrl"} + scroll to zoom`,
  loadEmbed: (provider) => `Load ${provider} content`,
  embedNotice: (host) => `Loading it connects to ${host}.`,
  openOn: (provider) => `Open on ${provider}`,
  credit: (name) => `Credit: ${name}`,
  readAs: "read as",
  weekdayMismatch: (date, weekday) => `${date} was a ${weekday}.`,
  editorNote: "Editor’s note",
};

function invalid(name: string, value: unknown): never {
  throw new Error(`invalid ${name}: ${typeof value === "string" ? value : show(value)}`);
}

/** A positive finite number or undefined/null. */
export function maybeSize(name: string, value: unknown): number | null {
  if (value == null) return null;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) invalid(name, value);
  return value;
}

/** One of the given keywords (case-insensitive), or the default when undefined. */
export function keyword<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value == null) return fallback;
  const lower = typeof value === "string" ? value.toLowerCase() : value;
  if (!allowed.includes(lower as T)) invalid(name, value);
  return lower as T;
}

function maybeBoolean(name: string, value: unknown, fallback: boolean): boolean {
  if (value == null) return fallback;
  if (typeof value !== "boolean") invalid(name, value);
  return value;
}

/** A BCP 47 tag from a string or a date-fns locale object, canonicalized by Intl. */
export function maybeLocale(value: unknown): string {
  if (value == null) return "en-US";
  const code = typeof value === "string" ? value : typeof value === "object" && typeof (value as LocaleLike).code === "string" ? (value as LocaleLike).code : undefined;
  if (!code) invalid("locale", value);
  try {
    const [canonical] = Intl.getCanonicalLocales(code);
    if (!canonical) invalid("locale", value);
    return canonical;
  } catch {
    return invalid("locale", value);
  }
}

/** "UTC", a fixed offset ("+03:00") or an IANA zone Intl knows. */
export function maybeTimeZone(value: unknown): string {
  if (value == null) return "UTC";
  if (typeof value !== "string") invalid("timeZone", value);
  if (/^[+-]\d{2}:?\d{2}$/.test(value) || value.toUpperCase() === "UTC" || value === "Z") return value === "Z" ? "UTC" : value;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
  } catch {
    invalid("timeZone", value);
  }
  return value;
}

function maybeDocument(value: unknown): Document {
  const doc = value ?? (globalThis as { document?: Document }).document;
  if (!doc || typeof (doc as Document).createElementNS !== "function") {
    invalid("document", value ?? "(none: pass options.document outside a browser)");
  }
  return doc as Document;
}

function maybeRange(value: unknown): [DateInput, DateInput] | null {
  if (value == null) return null;
  if (!Array.isArray(value) || value.length !== 2) invalid("initialRange", value);
  return [value[0] as DateInput, value[1] as DateInput];
}

/**
 * Coerces and validates {@link TimelineOptions}. Throws `invalid <name>:
 * <value>` on the first wrong option.
 *
 * @example
 * ```ts
 * resolveOptions({ width: 600, theme: "dark" }).theme; // "dark"
 * ```
 */
export function resolveOptions(options: TimelineOptions = {}): ResolvedOptions {
  if (typeof options !== "object" || options === null) invalid("options", options);
  const o = options as Record<string, unknown>;
  if (o.measureText != null && typeof o.measureText !== "function") invalid("measureText", o.measureText);
  if (o.reference != null && typeof o.reference !== "string" && !(o.reference instanceof Date)) invalid("reference", o.reference);
  if (o.selected != null && typeof o.selected !== "string") invalid("selected", o.selected);
  if (o.labels != null && typeof o.labels !== "object") invalid("labels", o.labels);
  // Each label of the type its default has: a string where one is drawn, a
  // function where a number goes in; a key no label has is most likely a typo.
  const labels: Record<string, unknown> = { ...defaultLabels };
  for (const [key, value] of Object.entries(o.labels ?? {})) {
    if (value == null) continue;
    // Own keys only: "__proto__" or "toString" from parsed JSON are not labels.
    if (!Object.hasOwn(defaultLabels, key) || typeof value !== typeof labels[key]) invalid(`labels.${key}`, value);
    labels[key] = value;
  }
  const groupBy = o.groupBy === null ? null : keyword("groupBy", o.groupBy, ["group", "place", "tags"] as const, "group");
  return {
    width: maybeSize("width", o.width),
    height: maybeSize("height", o.height),
    document: maybeDocument(o.document),
    locale: maybeLocale(o.locale),
    timeZone: maybeTimeZone(o.timeZone),
    reference: o.reference as string | Date | undefined,
    groupBy,
    initialRange: maybeRange(o.initialRange),
    layout: keyword("layout", o.layout, ["horizontal", "vertical", "auto"] as const, "auto"),
    measureText: (o.measureText as MeasureText | undefined) ?? null,
    interactive: maybeBoolean("interactive", o.interactive, true),
    theme: keyword("theme", o.theme, ["auto", "light", "dark"] as const, "auto"),
    injectStyles: maybeBoolean("injectStyles", o.injectStyles, true),
    selected: (o.selected as string | null | undefined) ?? null,
    gestures: keyword("gestures", o.gestures, ["cooperative", "greedy"] as const, "cooperative"),
    thumbnails: maybeBoolean("thumbnails", o.thumbnails, false),
    labels: labels as unknown as TimelineLabels,
  };
}

/** The lane key of an event under `groupBy`. */
export function laneKey(event: TimelineEvent, groupBy: ResolvedOptions["groupBy"]): string {
  if (groupBy === null) return "";
  if (groupBy === "tags") return event.tags[0] ?? "";
  return event[groupBy] ?? "";
}

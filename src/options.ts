/**
 * The options of {@link timeline}, and the one place where loose option
 * values are coerced into exact types: every option goes through a
 * `maybe*` helper (or `keyword`), and a wrong one throws at once with
 * `invalid <name>: <value>`. Everything downstream trusts
 * {@link ResolvedOptions}.
 */
import type { ResolvedOptions } from "./chart/resolved.js";
import { toWhen } from "./data/dates/index.js";
import { show } from "./data/diagnostics.js";
import type { DateInput } from "./data/types.js";
import { defaultLabels, type TimelineLabels } from "./render/labels.js";
import { toSpan } from "./scale/instant.js";

export type { ResolvedOptions, TimelineLabels };
export { defaultLabels };

/** A date-fns locale object; only its BCP 47 `code` is used (formatting goes through Intl, except en-US in UTC, which citeline writes itself). */
export interface LocaleLike {
  code?: string;
}

/** Measures the rendered width in pixels of a label at the chart's label font. */
export type MeasureText = (text: string) => number;

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
  /**
   * true (default) gives the document citeline's stylesheet once: an adopted
   * constructed stylesheet where the browser has them (fine under a strict CSP),
   * else a `<style>`. false leaves styling to the page, e.g. a linked `citeline.css`.
   */
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

/** A boolean, or the default when undefined. */
export function maybeBoolean(name: string, value: unknown, fallback: boolean): boolean {
  if (value == null) return fallback;
  if (typeof value !== "boolean") invalid(name, value);
  return value;
}

/** A BCP 47 tag from a string or a date-fns locale object, canonicalized by Intl. */
export function maybeLocale(value: unknown): string {
  if (value == null) return "en-US";
  const code =
    typeof value === "string"
      ? value
      : typeof value === "object" && typeof (value as LocaleLike).code === "string"
        ? (value as LocaleLike).code
        : undefined;
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
  if (/^[+-]\d{2}:?\d{2}$/.test(value) || value.toUpperCase() === "UTC" || value === "Z")
    return value === "Z" ? "UTC" : value;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
  } catch {
    invalid("timeZone", value);
  }
  return value;
}

/** The given document, else the global one (read at call time, never at import). */
export function maybeDocument(value: unknown): Document {
  const doc = value ?? (globalThis as { document?: Document }).document;
  if (!doc || typeof (doc as Document).createElementNS !== "function") {
    invalid("document", value ?? "(none: pass options.document outside a browser)");
  }
  return doc as Document;
}

/**
 * [start, end) in ms of a two-date range, each end an ISO string, a
 * number, a Date or a When; null when undefined. A range whose end comes
 * before its start is refused too: it names no span to show.
 */
export function maybeRange(name: string, value: unknown): [number, number] | null {
  if (value == null) return null;
  if (!Array.isArray(value) || value.length !== 2) invalid(name, value);
  const a = toSpan(value[0] as DateInput),
    b = toSpan(value[1] as DateInput);
  if (!a || !b || b[1] < a[0]) invalid(name, value);
  return [a[0], Math.max(b[1], a[0] + 1)];
}

/** A reference date for relative expressions: a date string normalize can read, or a valid Date. */
export function maybeReference(value: unknown): string | Date | undefined {
  if (value == null) return undefined;
  if ((typeof value !== "string" && !(value instanceof Date)) || !toWhen(value)) invalid("reference", value);
  return value;
}

/** An event id, or null when undefined. */
export function maybeId(name: string, value: unknown): string | null {
  if (value == null) return null;
  if (typeof value !== "string") invalid(name, value);
  return value;
}

/** A function, or null when undefined. */
export function maybeFunction<F extends (...args: never[]) => unknown>(name: string, value: unknown): F | null {
  if (value == null) return null;
  if (typeof value !== "function") invalid(name, value);
  return value as F;
}

/** The lane field, or null for one lane (null is a choice here, so only undefined gives the default). */
export function maybeGroupBy(value: unknown): ResolvedOptions["groupBy"] {
  return value === null ? null : keyword("groupBy", value, ["group", "place", "tags"] as const, "group");
}

/**
 * The defaults with the given overrides, each of the type its default has
 * (a string where one is drawn, a function where a number goes in); a key
 * no label has is most likely a typo.
 */
export function maybeLabels(value: unknown): TimelineLabels {
  if (value == null) return defaultLabels;
  if (typeof value !== "object") invalid("labels", value);
  const labels: Record<string, unknown> = { ...defaultLabels };
  for (const [key, label] of Object.entries(value)) {
    if (label == null) continue;
    // Own keys only: "__proto__" or "toString" from parsed JSON are not labels.
    if (!Object.hasOwn(defaultLabels, key) || typeof label !== typeof labels[key]) invalid(`labels.${key}`, label);
    labels[key] = label;
  }
  return labels as unknown as TimelineLabels;
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
  return {
    width: maybeSize("width", o.width),
    height: maybeSize("height", o.height),
    document: maybeDocument(o.document),
    locale: maybeLocale(o.locale),
    timeZone: maybeTimeZone(o.timeZone),
    reference: maybeReference(o.reference),
    groupBy: maybeGroupBy(o.groupBy),
    initialRange: maybeRange("initialRange", o.initialRange),
    layout: keyword("layout", o.layout, ["horizontal", "vertical", "auto"] as const, "auto"),
    measureText: maybeFunction<MeasureText>("measureText", o.measureText),
    interactive: maybeBoolean("interactive", o.interactive, true),
    theme: keyword("theme", o.theme, ["auto", "light", "dark"] as const, "auto"),
    injectStyles: maybeBoolean("injectStyles", o.injectStyles, true),
    selected: maybeId("selected", o.selected),
    gestures: keyword("gestures", o.gestures, ["cooperative", "greedy"] as const, "cooperative"),
    thumbnails: maybeBoolean("thumbnails", o.thumbnails, false),
    labels: maybeLabels(o.labels),
  };
}

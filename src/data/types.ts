/**
 * The data model of citeline: the loose input people write
 * ({@link TimelineInput}) and the exact, normalized form
 * ({@link Timeline}) that everything downstream trusts.
 */

/**
 * How much of a date is known. Ordered from coarsest to finest. `Ga` and
 * `Ma` are blocks of a billion and a million years, `millennium` of a
 * thousand, all aligned on astronomical years like `century` and `decade`
 * (see docs/dates.md).
 */
export type Precision =
  | "Ga"
  | "Ma"
  | "millennium"
  | "century"
  | "decade"
  | "year"
  | "season"
  | "quarter"
  | "month"
  | "week"
  | "day"
  | "hour"
  | "minute"
  | "second";

/** Coarse part of a day, as news writes it ("Tuesday evening"). */
export type PartOfDay = "morning" | "afternoon" | "evening" | "night";

/** Hedges on a date ("about 1990", "before the talks", "the late 1970s"). */
export type Qualifier = "about" | "before" | "after" | "early" | "mid" | "late";

/**
 * One normalized point in time, exact about what it knows.
 *
 * `earliest` and `latest` are the half-open span `[earliest, latest)` of
 * every instant the expression can denote, in epoch milliseconds. A
 * calendar date without a time zone is a floating date: its bounds are
 * computed in UTC so that the same calendar day is shown in every viewer
 * time zone.
 *
 * @example
 * ```ts
 * const when: When = {
 *   iso: "2025-12-02", precision: "day",
 *   earliest: Date.UTC(2025, 11, 2), latest: Date.UTC(2025, 11, 3),
 *   text: "Tuesday (Dec 2)",
 * };
 * ```
 */
export interface When {
  /**
   * ISO 8601 at its precision ("2025", "2025-12", "2025-W48", "2025-12-02", "2025-12-02T18:00+03:00");
   * TIMEX3 where ISO has no form ("2025-Q3", "2025-SU", "199", "19"). Years are astronomical ("-3499" is
   * 3500 BC) and expanded past four digits ("-13799999999"); a millennium, Ma or Ga is its first year ("-66000000").
   */
  iso: string;
  precision: Precision;
  /** First instant it can denote (epoch ms, past `Date`'s range too: see docs/dates.md). */
  earliest: number;
  /** End of that span, exclusive (epoch ms). */
  latest: number;
  /** The expression as written, e.g. "Tuesday (Dec 2)". */
  text?: string;
  partOfDay?: PartOfDay;
  qualifier?: Qualifier;
  /** IANA zone of the place, e.g. "Europe/Moscow", or a fixed offset like "+03:00". */
  timeZone?: string;
}

/** A loose date as people supply it: ISO string, expression, epoch ms, Date or a When. */
export type DateInput = string | number | Date | When;

/** A published article or document that attests events. */
export interface Source {
  id: string;
  title: string;
  publisher?: string;
  /** http(s), mailto or relative (resolved against `baseUrl` when one is given); nothing else survives normalization. */
  url?: string;
  published?: When;
  /** BCP 47 language tag. */
  language?: string;
}

/** One source's testimony for an event. */
export interface Citation {
  /** The {@link Source.id} this citation refers to. */
  source: string;
  /** A short exact quotation from the source. */
  quote?: string;
  /** Who is quoted. */
  speaker?: string;
  /** The date exactly as this source wrote it ("Tuesday (Dec 2)"). */
  dateText?: string;
  note?: string;
  /** The date this citation's `dateText` resolved to, when it parsed. Set by normalize. */
  date?: When;
}

/** An image, video, sound, third-party embed or link shown with an event. */
export interface Media {
  /** http(s), relative, or (images) a `data:` png/jpeg/gif/webp URL; anything else is refused. */
  url: string;
  kind: "image" | "video" | "audio" | "embed" | "link";
  caption?: string;
  /** The {@link Source.id} credited for it. */
  credit?: string;
  /** Text alternative of an image. */
  alt?: string;
  /** Who serves it ("YouTube", "Vimeo"), when known. */
  provider?: string;
}

/** A named span of time drawn as a band behind the lanes ("The Cold War"). */
export interface Era {
  id: string;
  title: string;
  start: When;
  end: When;
  summary?: string;
}

/** A lane of the timeline. */
export interface Group {
  id: string;
  label: string;
}

/** A normalized event. */
export interface TimelineEvent {
  id: string;
  title: string;
  summary?: string;
  start: When;
  /** End of a range; absent for instants. */
  end?: When;
  /**
   * How long it lasted, as an ISO 8601 duration ("PT5H" for "a five-hour
   * meeting"), kept even when the clock time of the start is unknown and so
   * no exact `end` can be computed.
   */
  duration?: string;
  group?: string;
  tags: string[];
  people: string[];
  place?: string;
  /** The evidence; an event with none gets a warning. */
  citations: Citation[];
  /** Images, video, audio, embeds and links, shown in the details panel. */
  media?: Media[];
  /** Id of the event this one is known to follow, when dated only relative to it. */
  after?: string;
  /** Id of the event this one is known to precede. */
  before?: string;
  /** Diagnostic codes that concern this event (e.g. "date-conflict"), so renderers can flag it. */
  flags?: string[];
  /** Set by `draft()` from `citeline/draft`: a machine-drafted event an editor has not reviewed yet. */
  draft?: DraftMark;
  /**
   * Pass-through for round trips, never rendered: what an importer read and
   * citeline has no field for. `extra.timelinejs` holds the slide fields
   * TimelineJS reads that citeline does not model (background, autolink,
   * HTML text, structured dates a display date replaced); `toTimelineJS`
   * writes them back.
   */
  extra?: Record<string, unknown>;
}

/**
 * How sure the drafting rules are of a drafted event, and which rule made
 * it. An editor who accepts the event removes the mark.
 *
 * @example
 * ```ts
 * const mark: DraftMark = { confidence: 0.8, rule: "date+verb, 2 sources" };
 * ```
 */
export interface DraftMark {
  /** From 0 (a guess) to 1 (every rule agreed). */
  confidence: number;
  rule?: string;
}

/** The normalized timeline: exact types, sorted events, linked sources. */
export interface Timeline {
  title?: string;
  description?: string;
  groups: Group[];
  /**
   * Named spans drawn as bands behind the lanes. Optional in the type so a
   * Timeline built before eras existed still draws; renderers read `?? []`.
   */
  eras?: Era[];
  sources: Source[];
  events: TimelineEvent[];
  /** Pass-through for round trips, never rendered (`extra.timelinejs`: the title slide's media, the scale). */
  extra?: Record<string, unknown>;
}

/** A data problem found while normalizing. */
export interface Diagnostic {
  severity: "error" | "warning";
  /** Stable machine-readable code, e.g. "unknown-source". */
  code: string;
  /** Where in the input, e.g. "events[3].start". */
  path: string;
  message: string;
}

/** A source as written in input. */
export interface SourceInput {
  id?: string;
  title?: string;
  publisher?: string;
  url?: string;
  /** A date or a span "2025-12-02/2025-12-03". */
  published?: DateInput;
  language?: string;
}

/** A citation as written in input: a full object, or just a source id. */
export type CitationInput =
  | string
  | {
      source?: string;
      quote?: string;
      speaker?: string;
      dateText?: string;
      note?: string;
    };

/** An event as written in input. */
export interface EventInput {
  id?: string;
  title?: string;
  /** Alias of title used by some feeds. */
  headline?: string;
  summary?: string;
  /** May be omitted when citations carry `dateText`. */
  start?: DateInput;
  end?: DateInput;
  /** Alternative to `end`: an ISO 8601 duration ("PT5H") from `start`. */
  duration?: string;
  /** Id of an event this one is known to follow. */
  after?: string;
  /** Id of an event this one is known to precede. */
  before?: string;
  group?: string;
  tags?: string[];
  people?: string[];
  place?: string;
  timeZone?: string;
  citations?: CitationInput[];
  /** Kept as is when valid: the mark of a drafted event (see {@link DraftMark}). */
  draft?: DraftMark;
  media?: MediaInput[];
  /** Pass-through for round trips (see {@link TimelineEvent.extra}); kept as given, never rendered. */
  extra?: Record<string, unknown>;
}

/** Media as written in input; without a `kind`, one is read from the URL (an image or video file...). */
export interface MediaInput {
  url?: string;
  kind?: Media["kind"];
  caption?: string;
  /** A {@link SourceInput.id}. */
  credit?: string;
  alt?: string;
  provider?: string;
}

/** An era as written in input: a title and both ends. */
export interface EraInput {
  id?: string;
  title?: string;
  start?: DateInput;
  end?: DateInput;
  summary?: string;
}

/** A group as written in input: an object or just a label. */
export type GroupInput = string | { id?: string; label?: string };

/**
 * The loose form people write, and what `data/*.json` uses.
 *
 * @example
 * ```ts
 * const input: TimelineInput = {
 *   sources: [{ id: "wire", title: "Talks end without deal", published: "2025-12-03" }],
 *   events: [{ title: "Kremlin meeting", citations: [{ source: "wire", dateText: "Tuesday (Dec 2)" }] }],
 * };
 * ```
 */
export interface TimelineInput {
  $schema?: string;
  title?: string;
  description?: string;
  groups?: GroupInput[];
  eras?: EraInput[];
  sources?: SourceInput[];
  events: EventInput[];
  /** Pass-through for round trips (see {@link Timeline.extra}); kept as given, never rendered. */
  extra?: Record<string, unknown>;
}

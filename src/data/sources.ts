import type { ParseDateOptions } from "./dates/index.js";
import { readDate } from "./events.js";
import { diagnostic, show } from "./diagnostics.js";
import { checkKeys, isRecord, maybeText, type Sink } from "./fields.js";
import { slug } from "./ids.js";
import type { Source } from "./types.js";
import { safeUrl } from "./url.js";

const KNOWN = new Set(["id", "title", "publisher", "url", "published", "language"]);

/**
 * Normalizes the `sources` list: ids (given, else derived from the title),
 * titles, safe links and publication dates (a date or a span such as
 * "2025-12-02/2025-12-03", which later resolves each citation's relative
 * dates). Problems land in `sink`; a source is only left out when it is not
 * an object or repeats an id.
 */
export function normalizeSources(value: unknown, dateOptions: ParseDateOptions, sink: Sink, baseUrl?: string): Source[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    sink.push(diagnostic("invalid-field", "sources", `expected a list of sources, got ${show(value)}`));
    return [];
  }
  const sources: Source[] = [];
  const seen = new Set<string>();
  value.forEach((raw: unknown, i) => {
    const path = `sources[${i}]`;
    if (!isRecord(raw)) {
      sink.push(diagnostic("invalid-source", path, `expected an object, got ${show(raw)}`));
      return;
    }
    checkKeys(raw, KNOWN, path, sink);
    const title = maybeText(raw, "title", path, sink);
    const publisher = maybeText(raw, "publisher", path, sink);
    const givenId = maybeText(raw, "id", path, sink);
    const rawUrl = maybeText(raw, "url", path, sink);
    const url = rawUrl === undefined ? undefined : safeUrl(rawUrl, baseUrl === undefined ? {} : { base: baseUrl }) ?? undefined;
    if (rawUrl !== undefined && url === undefined) {
      sink.push(diagnostic("unsafe-url", `${path}.url`, `only http(s), mailto and relative links are kept; removed ${show(rawUrl)}`));
    }
    const id = givenId ?? (title ? slug(title) : publisher ? slug(publisher) : `source-${i + 1}`);
    if (seen.has(id)) {
      sink.push(diagnostic("duplicate-id", `${path}.id`, `source id ${show(id)} is already used by an earlier source; this one is left out`));
      return;
    }
    seen.add(id);
    let shownTitle = title;
    if (shownTitle === undefined) {
      shownTitle = publisher ?? (url ? hostOf(url) : undefined) ?? id;
      sink.push(diagnostic("missing-source-title", `${path}.title`, `source has no title; shown as ${show(shownTitle)}`));
    }
    const source: Source = { id, title: shownTitle };
    if (publisher !== undefined) source.publisher = publisher;
    if (url !== undefined) source.url = url;
    const published = readDate(raw, "published", path, dateOptions, sink);
    if (published) source.published = published;
    const language = maybeText(raw, "language", path, sink);
    if (language !== undefined) source.language = language;
    sources.push(source);
  });
  return sources;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

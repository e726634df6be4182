import { diagnostic, show } from "./diagnostics.js";
import { readDate } from "./events.js";
import { checkKeys, isRecord, maybeText, type Sink } from "./fields.js";
import { deriveId } from "./ids.js";
import type { ParseDateOptions } from "./dates/index.js";
import type { Era } from "./types.js";

const KNOWN = new Set(["id", "title", "start", "end", "summary"]);

/**
 * Reads the `eras` list: named spans drawn as bands behind the lanes. An era
 * needs a title, a start and an end; one that lacks any is left out with an
 * `invalid-era` error naming `eras[k]`. Ids are kept when given, else
 * derived from start and title as events' are. Sorted by start, then end.
 */
export function readEras(value: unknown, dateOptions: ParseDateOptions, sink: Sink): Era[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    sink.push(diagnostic("invalid-field", "eras", `expected a list of eras, got ${show(value)}`));
    return [];
  }
  const eras: Era[] = [];
  const ids = new Set<string>();
  value.forEach((raw: unknown, k) => {
    const path = `eras[${k}]`;
    if (!isRecord(raw)) {
      sink.push(diagnostic("invalid-era", path,
        `expected an object with title, start and end, got ${show(raw)}; it is left out`));
      return;
    }
    checkKeys(raw, KNOWN, path, sink);
    const title = maybeText(raw, "title", path, sink);
    const start = readDate(raw, "start", path, dateOptions, sink);
    const end = readDate(raw, "end", path, dateOptions, sink);
    const missing = title === undefined ? "title" : !start ? "start" : !end ? "end" : undefined;
    if (missing !== undefined || !start || !end || title === undefined) {
      sink.push(diagnostic("invalid-era", `${path}.${missing}`,
        `the era has no ${missing} citeline can read; it is left out`));
      return;
    }
    if (end.latest <= start.earliest) {
      sink.push(diagnostic("invalid-era", `${path}.end`,
        `end ${end.iso} is before start ${start.iso}; the era is left out`));
      return;
    }
    let id = maybeText(raw, "id", path, sink) ?? `era-${deriveId(start.iso, title)}`;
    if (ids.has(id)) {
      if (raw["id"] !== undefined) {
        sink.push(diagnostic("duplicate-id", `${path}.id`, `era id ${show(id)} is already used; this era is left out`));
        return;
      }
      let n = 2;
      while (ids.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    ids.add(id);
    const era: Era = { id, title, start, end };
    const summary = maybeText(raw, "summary", path, sink);
    if (summary !== undefined) era.summary = summary;
    eras.push(era);
  });
  return eras.sort((a, b) =>
    a.start.earliest - b.start.earliest || a.end.latest - b.end.latest || (a.id < b.id ? -1 : 1));
}

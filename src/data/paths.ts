import type { Diagnostic } from "./types.js";

/**
 * Where each input event and era came from in the file an importer read, so
 * that normalize's diagnostics name what the author sees: `rows[12]` in a
 * sheet, `events[3]` of a TimelineJS document (whose positions differ from
 * citeline's once the title slide and eras are taken out).
 *
 * @example
 * ```ts
 * const paths: SourcePaths = {
 *   events: ["rows[2]", "rows[4]"],
 *   fields: { start: ".Year", title: ".Headline" },
 * };
 * ```
 */
export interface SourcePaths {
  /** `events[i]` of the input came from `events[i]` here. */
  events?: readonly (string | undefined)[];
  /** `eras[k]` of the input came from `eras[k]` here. */
  eras?: readonly (string | undefined)[];
  /**
   * How a field of an input event or era is spelled there, as a path suffix
   * (`start` → `".Year"` or `".start_date"`). A field with no entry has no
   * counterpart in the file, and its diagnostics name the row or slide.
   * Paths stop at the field: below it the shapes differ.
   */
  fields?: Readonly<Record<string, string>>;
  /**
   * `events[i].citations[j]` of the input came from `citations[i][j]` here:
   * in citeline's CSV layout each citation is a row of its own, so one
   * event's citations sit on different rows.
   */
  citations?: readonly (readonly (string | undefined)[] | undefined)[];
  /** How a citation field is spelled there (`dateText` → `".date_text"`), as `fields` is for events. */
  citationFields?: Readonly<Record<string, string>>;
}

const AT = /^(events|eras)\[(\d+)\](?:\.([A-Za-z]+))?/;
const MENTION = /\b(events|eras)\[(\d+)\]/g;
const CITATION = /^events\[(\d+)\]\.citations\[(\d+)\](?:\.([A-Za-z]+))?/;

/** Rewrites the paths of diagnostics (and event paths quoted in their messages) through `paths`. */
export function mapPaths(diagnostics: Diagnostic[], paths: SourcePaths | undefined): Diagnostic[] {
  if (paths === undefined) return diagnostics;
  const base = (list: string, i: string): string | undefined => paths[list as "events" | "eras"]?.[Number(i)];
  return diagnostics.map((d) => {
    const m = AT.exec(d.path);
    const at = m ? base(m[1]!, m[2]!) : undefined;
    const message = d.message.replace(MENTION, (whole, list: string, i: string) => base(list, i) ?? whole);
    const c = CITATION.exec(d.path);
    const cited = c ? paths.citations?.[Number(c[1])]?.[Number(c[2])] : undefined;
    if (c && cited !== undefined) {
      const field = c[3] === undefined ? undefined : paths.citationFields?.[c[3]];
      return { ...d, path: cited + (c[3] === undefined ? d.path.slice(c[0].length) : (field ?? "")), message };
    }
    if (!m || at === undefined) return message === d.message ? d : { ...d, message };
    // Below a field, the file's shape differs (a slide's one media object is
    // citeline's media[0]): the field is as deep as the path goes.
    const field = m[3];
    const mapped = field === undefined ? undefined : paths.fields?.[field];
    const path = field === undefined ? at + d.path.slice(m[0].length) : at + (mapped ?? "");
    return { ...d, path, message };
  });
}

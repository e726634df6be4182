/**
 * The source legend: one chip per source that cites an event (how many it
 * covers) that highlights those events on hover or focus and filters to
 * them when pressed; chips for groups and tags filter the same way; and a
 * key to the mark of a date the sources disagree on, when one is drawn.
 * Chips show whole names, wrapping rather than cutting them.
 */
import type { Timeline } from "../data/types.js";
import { html } from "./dom.js";
import { conflictIcon } from "./evidence.js";
import type { TimelineLabels } from "./labels.js";

/** What a chip filters by. */
export type FilterKind = "source" | "group" | "tag";

export interface LegendContext {
  doc: Document;
  labels: TimelineLabels;
  /** Lane keys, labels and event counts, when there are several lanes. */
  groups: { key: string; label: string; count: number }[];
  /** The active filter, to set aria-pressed. */
  active: { kind: FilterKind; value: string } | null;
  /** Events per source id and per tag (see the layout model). */
  perSource: ReadonlyMap<string, number>;
  perTag: ReadonlyMap<string, number>;
}

function chip(
  doc: Document,
  kind: FilterKind,
  value: string,
  text: string,
  count: number,
  pressed: boolean,
  tip?: string,
): HTMLButtonElement {
  const b = html(doc, "button", "citeline-chip");
  b.appendChild(html(doc, "span", "citeline-chip-text", text));
  // A long name may end in an ellipsis on screen (the stylesheet's max-width), never cut in the
  // markup: the button's accessible name is the whole name, and the tooltip shows it (with the
  // article's title for a chip that names a publisher).
  if (tip && tip !== text) b.title = tip;
  else if (text.length > 30) b.title = text;
  b.type = "button";
  b.dataset.kind = kind;
  b.dataset.value = value;
  b.setAttribute("aria-pressed", String(pressed));
  b.appendChild(html(doc, "span", "citeline-chip-count", String(count)));
  return b;
}

function group(doc: Document, name: string): HTMLElement {
  const g = html(doc, "div", "citeline-legend-group");
  g.setAttribute("role", "group");
  g.setAttribute("aria-label", name);
  g.appendChild(html(doc, "span", "citeline-legend-name", name));
  return g;
}

/**
 * Fills `legend` with chips for sources, groups (when several) and the most
 * used tags.
 *
 * @example
 * ```ts
 * renderLegend(legendDiv, timeline, ctx);
 * ```
 */
export function renderLegend(legend: HTMLElement, timeline: Timeline, ctx: LegendContext): void {
  const { doc } = ctx;
  legend.replaceChildren();
  const isOn = (kind: FilterKind, value: string) => ctx.active?.kind === kind && ctx.active.value === value;
  // The legend stays a line or two: a row of `shown` chips out of `total` says how many it leaves out (the list view has them all).
  const addRow = (g: HTMLElement, total: number, shown: number) => {
    if (total > shown) g.append(ctx.labels.more(total - shown));
    legend.appendChild(g);
  };
  // Only sources that cite an event: a source known only as a media credit filters to nothing.
  const citing = timeline.sources.filter((s) => (ctx.perSource.get(s.id) ?? 0) > 0);
  if (citing.length) {
    const g = group(doc, ctx.labels.sources);
    for (const s of citing.slice(0, 24)) {
      const tip = s.publisher && s.publisher !== s.title ? `${s.title} (${s.publisher})` : undefined;
      g.appendChild(
        chip(doc, "source", s.id, s.publisher ?? s.title, ctx.perSource.get(s.id)!, isOn("source", s.id), tip),
      );
    }
    addRow(g, citing.length, 24);
  }
  if (ctx.groups.length > 1) {
    const g = group(doc, ctx.labels.groups);
    for (const l of ctx.groups.slice(0, 12))
      g.appendChild(chip(doc, "group", l.key, l.label || ctx.labels.other, l.count, isOn("group", l.key)));
    addRow(g, ctx.groups.length, 12);
  }
  // The most used tags, fewer when groups already filter.
  const tags = [...ctx.perTag].sort((a, b) => b[1] - a[1]).slice(0, ctx.groups.length > 1 ? 5 : 8);
  if (tags.length > 1) {
    const g = group(doc, ctx.labels.tags);
    for (const [t, n] of tags) g.appendChild(chip(doc, "tag", t, t, n, isOn("tag", t)));
    addRow(g, ctx.perTag.size, tags.length);
  }
  if (timeline.events.some((e) => e.flags?.includes("date-conflict"))) {
    const key = html(doc, "span", "citeline-key");
    key.append(conflictIcon(doc), ctx.labels.dateConflict);
    legend.appendChild(key);
  }
  legend.hidden = !legend.childElementCount;
}

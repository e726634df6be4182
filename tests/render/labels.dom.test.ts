// A newsroom that translates `labels` gets a chart without a word of the
// English defaults: every text the chart writes itself (headings, counts,
// pager, tooltips, accessible names, quotation marks) comes from labels.
import { afterEach, expect, test } from "vitest";
import { defaultLabels, type TimelineLabels } from "../../src/options.js";
import { timeline } from "../../src/timeline.js";
import type { TimelineInput } from "../../src/data/types.js";

afterEach(() => document.body.replaceChildren());

const german: TimelineLabels = {
  chart: "Zeitleiste",
  events: (n) => `${n} Ereignisse`,
  empty: "Noch keine Ereignisse.",
  list: "Alle Ereignisse",
  listSummary: (n) => `Alle ${n} Ereignisse mit Quellen`,
  sources: "Quellen",
  groups: "Ressorts",
  tags: "Themen",
  other: "Sonstiges",
  more: (n) => `+${n} weitere`,
  moreBelow: (n) => `+${n} weitere in der Liste unten`,
  cluster: (n, from, to) => `${n} weitere Ereignisse, ${from} bis ${to}. Zum Vergrößern klicken.`,
  stack: (n, from, to) => `${n} Ereignisse dicht beieinander, ${from} bis ${to}. Zum Vergrößern klicken.`,
  members: (titles, more) => `${titles.join("; ")}${more ? `; ${more} weitere` : ""}.`,
  membersList: (n) => `${n} Ereignisse an dieser Stelle`,
  earlier: "Früher",
  later: "Später",
  listPage: (from, to, total) => `Ereignisse ${from}–${to} von ${total}`,
  sourceCount: (n) => `${n} Quelle${n === 1 ? "" : "n"}`,
  dated: (text) => `Datiert: „${text}“`,
  hedge: (date, q, short) =>
    q === "about"
      ? `${short ? "ca." : "etwa"} ${date}`
      : `${{ before: "vor", after: "nach", early: "Anfang", mid: "Mitte", late: "Ende" }[q]} ${date}`,
  partOfDay: (date, _part, period) => `${date}, ${period}`,
  quote: (text) => `„${text}“`,
  errors: "Diese Zeitleiste ließ sich so nicht zeichnen:",
  errorsLeftOut: "Ein Teil der Daten dieser Zeitleiste fehlt:",
  warnings: (n) => `${n} Hinweise zu den Daten`,
  dateConflict: "Die Quellen nennen verschiedene Daten.",
  quoteConflict: "Die Quellen zitieren dieselbe Person verschieden.",
  noSources: "Keine Quelle angegeben",
  zoomHint: (mac) => `Zum Zoomen ${mac ? "⌘" : "Strg"} + Scrollen`,
  loadEmbed: (provider) => `Inhalt von ${provider} laden`,
  embedNotice: (host) => `Dabei wird ${host} kontaktiert.`,
  openOn: (provider) => `Auf ${provider} öffnen`,
  credit: (name) => `Quelle: ${name}`,
  readAs: "gelesen als",
  weekdayMismatch: (date, weekday) => `${date} war ein ${weekday}.`,
  editorNote: "Anmerkung der Redaktion",
  bc: (year) => `${year} v. Chr.`,
  ad: (year) => `${year} n. Chr.`,
  yearsAgo: (years) => `vor ${years} Jahren`,
  yearsFromNow: (years) => `in ${years} Jahren`,
  close: "Schließen",
  position: (index, total) => `${index} von ${total}`,
  firstEvent: "Erstes Ereignis",
  lastEvent: "Letztes Ereignis",
  sourcesDisagree: (claims) =>
    `Die Quellen widersprechen sich: ${claims.map((c) => `${c.sources.join(" und ")}: ${c.date}`).join("; ")}.`,
  showing: (span, count) => `Zu sehen: ${span}, ${count} Ereignisse`,
  hint: "Pfeiltasten wechseln das Ereignis, Plus und Minus zoomen, Eingabe zeigt die Quellen.",
};

/** Enough of everything that each overflow and each kind of chip shows up. */
function input(): TimelineInput {
  const events: TimelineInput["events"] = [];
  for (let k = 0; k < 320; k++) {
    events.push({
      title: `Ereignis ${k}`,
      start: `2025-12-0${1 + (k % 3)}`,
      ...(k % 10 ? { group: `r${k % 14}` } : {}),
      tags: [`thema${k % 9}`],
      citations: [{ source: `q${k % 30}`, quote: "Wir haben geredet", speaker: "Sprecherin", dateText: "Dienstag" }],
    });
  }
  // Errors past the fifty the block lists.
  for (let k = 0; k < 55; k++) events.push({ start: "2025-12-02" });
  return {
    sources: Array.from({ length: 30 }, (_, k) => ({ id: `q${k}`, title: `Quelle ${k}`, published: "2025-12-03" })),
    groups: Array.from({ length: 14 }, (_, k) => ({ id: `r${k}`, label: `Ressort ${k}` })),
    events,
  };
}

/**
 * Every text a reader or a screen reader meets: text nodes, names, tooltips.
 * Not the diagnostics' messages: like the data module's, they are English
 * for the editor (the block's heading and overflow are labels).
 */
function allText(fig: Element): string {
  const root = fig.cloneNode(true) as Element;
  for (const li of root.querySelectorAll(".citeline-diagnostics li")) if (li.querySelector("code")) li.remove();
  const parts = [root.textContent ?? ""];
  for (const el of root.querySelectorAll("*"))
    for (const a of ["aria-label", "title"]) if (el.hasAttribute(a)) parts.push(el.getAttribute(a)!);
  return parts.join("\n");
}

/** What each English default writes (functions called with sample arguments). */
const english = Object.entries(defaultLabels).map(([key, v]) =>
  typeof v !== "function"
    ? v
    : key === "sourcesDisagree"
      ? defaultLabels.sourcesDisagree([{ sources: ["Q"], date: "Dec 1" }])
      : key === "members"
        ? defaultLabels.members(["A title"], 7)
        : (v as (...a: unknown[]) => string)(7, "Dec 1", "Dec 2"),
);

test("translated labels replace every text the chart writes itself", () => {
  const fig = timeline(input(), { width: 960, locale: "de", labels: german });
  document.body.append(fig);
  fig.querySelector("g.citeline-event")!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
  const text = allText(fig);
  // Each overflow and chip kind was drawn, in German.
  for (const shown of [
    "Ressorts",
    "Themen",
    "Sonstiges",
    "+6 weitere",
    "Früher",
    "Später",
    "Ereignisse 1–100 von 320",
    "„Wir haben geredet“",
    "Datiert: „Dienstag“",
    "Schließen",
    "Zeitleiste: 320 Ereignisse",
    "+5 weitere",
  ]) {
    expect(text).toContain(shown);
  }
  expect(fig.querySelector(".citeline-cluster title")?.textContent).toMatch(/^\d+ weitere Ereignisse, /);
  for (const phrase of english) expect(text).not.toContain(phrase);
  for (const word of [
    "more",
    "Click",
    "Events",
    "Dated",
    "”",
    "Groups",
    "Tags",
    "Other",
    "Earlier",
    "Later",
    " events",
  ])
    expect(text).not.toContain(word);

  const narrow = timeline(input(), { width: 380, locale: "de", labels: german });
  document.body.append(narrow);
  expect(narrow.querySelector(".citeline-empty")!.textContent).toBe("+260 weitere in der Liste unten");
});

test("a pill over one day names the day once", () => {
  const fig = timeline(input(), { width: 960 });
  document.body.append(fig);
  const titles = [...fig.querySelectorAll(".citeline-cluster title")].map((t) => t.textContent);
  expect(titles.length).toBeGreaterThan(0);
  for (const t of titles)
    expect(t).toMatch(/^\d+ more events, \w{3} \d+, 2025( to \w{3} \d+, 2025)?\. Click to zoom in\. .+\.$/);
  expect(titles.some((t) => /events, \w{3} \d+, 2025\. /.test(t))).toBe(true);
});

// Every option goes through a maybe* helper (or keyword) and a wrong one
// fails at once as `invalid <name>: <value>`.
import { describe, expect, test } from "vitest";
import {
  defaultLabels,
  keyword,
  maybeBoolean,
  maybeDocument,
  maybeFunction,
  maybeGroupBy,
  maybeId,
  maybeLabels,
  maybeLocale,
  maybeRange,
  maybeReference,
  maybeSize,
  maybeTimeZone,
  resolveOptions,
} from "../src/options.js";

// Enough of a document for the boundary (the unit project has no DOM).
const doc = { createElementNS: () => null } as unknown as Document;

describe("maybe* helpers", () => {
  test("sizes: positive finite numbers", () => {
    expect(maybeSize("width", 600)).toBe(600);
    expect(maybeSize("width", undefined)).toBeNull();
    expect(() => maybeSize("width", -1)).toThrow("invalid width: -1");
    expect(() => maybeSize("height", "600")).toThrow("invalid height: 600");
    expect(() => maybeSize("width", Infinity)).toThrow("invalid width");
  });

  test("keywords, case-blind, with their default", () => {
    expect(keyword("theme", "DARK", ["auto", "light", "dark"] as const, "auto")).toBe("dark");
    expect(keyword("theme", undefined, ["auto", "light", "dark"] as const, "auto")).toBe("auto");
    expect(() => keyword("theme", "blue", ["auto", "light", "dark"] as const, "auto")).toThrow("invalid theme: blue");
  });

  test("booleans", () => {
    expect(maybeBoolean("interactive", false, true)).toBe(false);
    expect(maybeBoolean("interactive", undefined, true)).toBe(true);
    expect(() => maybeBoolean("interactive", "yes", true)).toThrow("invalid interactive: yes");
  });

  test("locales and time zones", () => {
    expect(maybeLocale("de-ch")).toBe("de-CH");
    expect(maybeLocale({ code: "fr" })).toBe("fr");
    expect(() => maybeLocale(5)).toThrow("invalid locale: 5");
    expect(() => maybeLocale("not a locale!")).toThrow("invalid locale");
    expect(maybeTimeZone("Europe/Moscow")).toBe("Europe/Moscow");
    expect(maybeTimeZone("Z")).toBe("UTC");
    expect(() => maybeTimeZone("Mars/Olympus_Mons")).toThrow("invalid timeZone: Mars/Olympus_Mons");
  });

  test("document: one that can make SVG nodes", () => {
    expect(maybeDocument(doc)).toBe(doc);
    expect(() => maybeDocument({})).toThrow("invalid document");
  });

  test("ranges: both ends dates, in order, resolved to [start, end) ms", () => {
    expect(maybeRange("initialRange", ["2025-12-01", "2025-12-02"])).toEqual([
      Date.UTC(2025, 11, 1),
      Date.UTC(2025, 11, 3),
    ]);
    expect(maybeRange("initialRange", [0, new Date(1000)])).toEqual([0, 1000]);
    expect(maybeRange("initialRange", undefined)).toBeNull();
    expect(() => maybeRange("initialRange", ["not a date", "nope"])).toThrow(
      'invalid initialRange: ["not a date","nope"]',
    );
    expect(() => maybeRange("initialRange", ["2025-12-01"])).toThrow("invalid initialRange");
    expect(() => maybeRange("initialRange", ["2025-12-05", "2025-12-01"])).toThrow("invalid initialRange");
  });

  test("reference: a date normalize can read", () => {
    expect(maybeReference("2025-12-02")).toBe("2025-12-02");
    const d = new Date(Date.UTC(2025, 11, 2));
    expect(maybeReference(d)).toBe(d);
    expect(() => maybeReference("whenever")).toThrow("invalid reference: whenever");
    expect(() => maybeReference(new Date(NaN))).toThrow("invalid reference");
    expect(() => maybeReference(20251202)).toThrow("invalid reference: 20251202");
  });

  test("ids and functions", () => {
    expect(maybeId("selected", "a")).toBe("a");
    expect(maybeId("selected", null)).toBeNull();
    expect(() => maybeId("selected", 3)).toThrow("invalid selected: 3");
    const measure = (t: string) => t.length;
    expect(maybeFunction("measureText", measure)).toBe(measure);
    expect(() => maybeFunction("measureText", "12px")).toThrow("invalid measureText: 12px");
  });

  test("groupBy: null is one lane, undefined the default", () => {
    expect(maybeGroupBy(null)).toBeNull();
    expect(maybeGroupBy(undefined)).toBe("group");
    expect(maybeGroupBy("Place")).toBe("place");
    expect(() => maybeGroupBy("speaker")).toThrow("invalid groupBy: speaker");
  });

  test("labels: overrides of the defaults' own keys and types", () => {
    expect(maybeLabels(undefined)).toBe(defaultLabels);
    const labels = maybeLabels({ hint: "Hinweis", more: (n: number) => `+${n} weitere`, close: undefined });
    expect(labels.hint).toBe("Hinweis");
    expect(labels.more(3)).toBe("+3 weitere");
    expect(labels.close).toBe(defaultLabels.close);
    expect(() => maybeLabels({ hnit: "typo" })).toThrow("invalid labels.hnit: typo");
    expect(() => maybeLabels({ more: "+more" })).toThrow("invalid labels.more: +more");
    expect(() => maybeLabels(JSON.parse('{"__proto__": "x"}'))).toThrow("invalid labels.__proto__");
    expect(() => maybeLabels("German")).toThrow("invalid labels: German");
  });
});

describe("resolveOptions", () => {
  test("defaults, exact", () => {
    const o = resolveOptions({ document: doc });
    expect(o).toMatchObject({
      width: null,
      locale: "en-US",
      timeZone: "UTC",
      groupBy: "group",
      initialRange: null,
      selected: null,
      measureText: null,
      interactive: true,
    });
  });

  test("the issue's cases fail at the boundary", () => {
    expect(() => resolveOptions({ document: doc, initialRange: ["not a date", "nope"] })).toThrow(
      "invalid initialRange",
    );
    expect(() => resolveOptions({ document: doc, reference: "someday" })).toThrow("invalid reference: someday");
    expect(() => resolveOptions({ document: doc, selected: 7 as unknown as string })).toThrow("invalid selected: 7");
    expect(() => resolveOptions({ document: doc, measureText: 12 as unknown as () => number })).toThrow(
      "invalid measureText: 12",
    );
    expect(() => resolveOptions("wide" as never)).toThrow("invalid options: wide");
  });
});

// Hand-made normalized timelines for renderer tests: exact When values, no
// dependence on the data module's parser.
import type { Citation, Precision, Timeline, TimelineEvent, When } from "../../src/data/types.js";

const DAY = 86_400_000;

export function day(y: number, m: number, d: number, extra: Partial<When> = {}): When {
  const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return { iso, precision: "day", earliest: Date.UTC(y, m - 1, d), latest: Date.UTC(y, m - 1, d + 1), ...extra };
}

export function at(
  iso: string,
  precision: Precision,
  earliest: number,
  latest: number,
  extra: Partial<When> = {},
): When {
  return { iso, precision, earliest, latest, ...extra };
}

export function hour(y: number, m: number, d: number, h: number, zone = "+03:00"): When {
  const offset = Number(zone.slice(0, 3));
  const t = Date.UTC(y, m - 1, d, h - offset);
  return {
    iso: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}T${String(h).padStart(2, "0")}${zone}`,
    precision: "hour",
    earliest: t,
    latest: t + 3_600_000,
    timeZone: zone,
  };
}

const cite = (...ids: string[]): Citation[] => ids.map((source) => ({ source }));

function ev(id: string, title: string, start: When, rest: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id, title, start, tags: [], people: [], citations: cite("wire"), ...rest };
}

const sources = [
  { id: "wire", title: "Talks end without a deal", publisher: "Wire Service", url: "https://example.org/wire" },
  { id: "daily", title: "Envoys in Moscow", publisher: "The Daily", url: "javascript:alert(1)" },
  { id: "blog", title: "Live blog: the Kremlin meeting" },
];

export const empty: Timeline = { groups: [], sources: [], events: [] };

export const single: Timeline = {
  title: "One event",
  groups: [],
  sources,
  events: [
    ev("only", "Putin meets Witkoff and Kushner in the Kremlin", day(2025, 12, 2), {
      citations: cite("wire", "daily", "blog"),
    }),
  ],
};

/** Sixty events in four days, one lane: labels must stack and cluster. */
export const dense: Timeline = {
  title: "Dense week",
  groups: [],
  sources,
  events: Array.from({ length: 60 }, (_, k) => {
    const t = Date.UTC(2025, 11, 1) + Math.round(((k * 37) % 96) * 3_600_000);
    return ev(
      `d${String(k).padStart(2, "0")}`,
      `Statement ${k + 1}: ${["officials comment on talks", "envoy arrives", "Kremlin briefing", "press conference in Kyiv"][k % 4]}`,
      at(`${new Date(t).toISOString().slice(0, 13)}Z`, "hour", t, t + 3_600_000),
      {
        citations: cite(...["wire", "daily", "blog"].slice(0, 1 + (k % 3))),
      },
    );
  }).sort((a, b) => a.start.earliest - b.start.earliest),
};

export const ranges: Timeline = {
  title: "Ranges",
  groups: [],
  sources,
  events: [
    ev("summit", "Three-day summit", day(2025, 11, 28), { end: day(2025, 11, 30) }),
    ev("meeting", "Five-hour Kremlin meeting", hour(2025, 12, 2, 18), { end: hour(2025, 12, 2, 23) }),
    ev("visit", "Envoys' visit to Moscow", day(2025, 12, 1), { end: day(2025, 12, 3) }),
    ev("brief", "Briefing in Brussels", day(2025, 12, 4)),
  ].sort((a, b) => a.start.earliest - b.start.earliest),
};

export const mixed: Timeline = {
  title: "Mixed precisions and qualifiers",
  groups: [],
  sources,
  events: [
    ev("decade", "Talks began in the 1990s", at("199", "decade", Date.UTC(1990, 0), Date.UTC(2000, 0))),
    ev("year", "A treaty in 2014", at("2014", "year", Date.UTC(2014, 0), Date.UTC(2015, 0))),
    ev(
      "late",
      "Late 2019: first contacts",
      at("2019", "year", Date.UTC(2019, 0), Date.UTC(2020, 0), { qualifier: "late" }),
    ),
    ev("quarter", "Proposal drafted", at("2021-Q3", "quarter", Date.UTC(2021, 6), Date.UTC(2021, 9))),
    ev("month", "Plan leaks in November", at("2022-11", "month", Date.UTC(2022, 10), Date.UTC(2022, 11))),
    ev("before", "Plan revised before the talks", day(2023, 6, 1, { qualifier: "before" })),
    ev("after", "Follow-up expected after", day(2023, 9, 1, { qualifier: "after" })),
    ev("evening", "Tuesday evening meeting", day(2024, 3, 5, { partOfDay: "evening", text: "Tuesday evening" })),
    ev(
      "about",
      "About 2024: sanctions eased",
      at("2024", "year", Date.UTC(2024, 0), Date.UTC(2025, 0), { qualifier: "about" }),
    ),
  ].sort((a, b) => a.start.earliest - b.start.earliest),
};

export const groups: Timeline = {
  title: "Groups",
  groups: [
    { id: "ru", label: "Russia" },
    { id: "us", label: "United States" },
    { id: "ua", label: "Ukraine" },
  ],
  sources,
  events: [
    ev("a", "Kremlin says talks useful", day(2025, 12, 3), {
      group: "ru",
      citations: [
        { source: "wire", speaker: "Ushakov", quote: "extremely useful" },
        { source: "daily", speaker: "Ushakov", quote: "very useful" },
      ],
    }),
    ev("b", "Envoys land in Moscow", day(2025, 12, 2), { group: "us" }),
    ev("c", "Zelensky: the war must end for good", day(2025, 12, 1), {
      group: "ua",
      flags: ["date-conflict"],
      citations: [
        { source: "wire", dateText: "Monday" },
        { source: "blog", dateText: "Sunday" },
      ],
    }),
    ev("d", "Rubio reports progress", day(2025, 12, 4), { group: "us" }),
    ev("e", "Putin blames Europe", day(2025, 12, 2), { group: "ru" }),
  ].sort((a, b) => a.start.earliest - b.start.earliest || (a.id < b.id ? -1 : 1)),
};

/** n synthetic events over two years, 30% ranges, four groups (the benchmark's shape). */
export function synthetic(n: number, seed = 1): Timeline {
  let x = seed;
  const rand = () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const t0 = Date.UTC(2024, 0, 1),
    span = 2 * 365 * DAY;
  const events: TimelineEvent[] = [];
  for (let k = 0; k < n; k++) {
    const t = t0 + Math.floor((rand() * span) / 60_000) * 60_000;
    const start: When = {
      iso: `${new Date(t).toISOString().slice(0, 16)}Z`,
      precision: "minute",
      earliest: t,
      latest: t + 60_000,
    };
    const e = ev(`e${k}`, `Event ${k} ${["talks", "statement", "visit", "report"][k % 4]}`, start, {
      group: `g${k % 4}`,
    });
    if (rand() < 0.3) {
      const end = t + Math.floor(rand() * 5 * DAY);
      e.end = {
        iso: `${new Date(end).toISOString().slice(0, 16)}Z`,
        precision: "minute",
        earliest: end,
        latest: end + 60_000,
      };
    }
    events.push(e);
  }
  events.sort((a, b) => a.start.earliest - b.start.earliest || (a.id < b.id ? -1 : 1));
  return { groups: [0, 1, 2, 3].map((g) => ({ id: `g${g}`, label: `Group ${g}` })), sources, events };
}

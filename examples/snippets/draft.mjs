import { normalize } from "citeline";
import { draft, findDates, findQuotes } from "citeline/draft";

// Two short reports of one meeting, written for this example.
const articles = [
  {
    publisher: "Wire",
    published: "2025-12-03",
    text: "Putin met the US envoys in the Kremlin on Tuesday (Dec 2). “The talks were useful,” aide Yuri Ushakov said.",
  },
  {
    publisher: "Broadcaster",
    published: "2025-12-03",
    text: "The envoys met Putin in the Kremlin on Tuesday for five hours.",
  },
];

// Every date in running text, with its exact span and what it resolves to.
for (const m of findDates(articles[0].text, { published: "2025-12-03" })) {
  if (m.type === "date") console.log(m.text, "→", m.when.iso); // Tuesday (Dec 2) → 2025-12-02
}

// Every quotation, with its speaker.
for (const q of findQuotes(articles[0].text)) console.log(q.text, "—", q.speaker); // … — Yuri Ushakov

// A draft timeline: one event, cited by both reports, for an editor to review.
const { input } = draft(articles);
const { timeline, diagnostics } = normalize(input);
if (diagnostics.some((d) => d.severity === "error")) throw new Error("the draft does not normalize");
console.log(timeline.events.map((e) => `${e.start.iso} ${e.title} (${e.citations.length} sources)`));

import { timeline, type TimelineInput } from "citeline";

const input: TimelineInput = { events: [{ title: "Abstimmung im Rat", start: "2025-03-03" }] };

const chart = timeline(input, {
  locale: "de",
  labels: { sources: "Quellen", more: (n) => `+${n} weitere`, quote: (text) => `„${text}“` },
});
document.querySelector("#chart")?.append(chart);

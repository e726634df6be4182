import { normalize, timeline, type TimelineInput } from "citeline";

const input: TimelineInput = {
  sources: [{ id: "wire", title: "Talks end without a deal", published: "2025-12-03" }],
  events: [{ title: "Kremlin meeting", citations: [{ source: "wire", dateText: "Tuesday (Dec 2)" }] }],
};

const { timeline: data, diagnostics } = normalize(input);
for (const d of diagnostics) console.warn(`${d.path}: ${d.code}: ${d.message}`);

const chart = timeline(data, { locale: "en-GB" });
document.querySelector("#chart")?.append(chart);
chart.addEventListener("select", () => console.log(chart.value?.title));

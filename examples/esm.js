import { normalize, timeline } from "citeline";

document.getElementById("needs-http").hidden = true;
const input = JSON.parse(document.getElementById("data").textContent);
const { timeline: data, diagnostics } = normalize(input);
const chart = timeline(data, { height: 440 });
document.getElementById("chart").append(chart);
const summary = document.getElementById("summary");
summary.textContent = `normalize(): ${data.events.length} events from ${data.sources.length} sources, ${diagnostics.length} diagnostics. Select an event; the chart reports it here.`;
chart.addEventListener("select", () => {
  summary.textContent = chart.value
    ? `Selected: ${chart.value.title} (${chart.value.citations.length} citations)`
    : "Nothing selected.";
});

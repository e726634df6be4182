// Draws every scenario of the golden tests (examples/gallery.data.js, made
// from tests/render/scenarios.ts) with the script-tag build, replaying its
// steps (zoomTo, select) as the golden test does.
const root = document.getElementById("scenarios");
for (const s of globalThis.citelineScenarios) {
  const section = document.createElement("section");
  section.id = s.name;
  const heading = document.createElement("h2");
  heading.textContent = s.title;
  const file = document.createElement("p");
  file.className = "dek";
  file.textContent = `Goldens: tests/output/${s.name}.svg and ${s.name}.html`;
  section.append(heading, file);
  root.append(section);
  const chart = citeline.timeline(s.data, { width: 960, ...s.options });
  section.append(chart);
  for (const step of s.steps ?? []) {
    if (step.zoomTo) chart.zoomTo(step.zoomTo[0], step.zoomTo[1]);
    else if (step.select) chart.select(step.select);
  }
}
document.body.dataset.ready = "";

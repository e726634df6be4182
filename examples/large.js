// Seeded synthetic events, the same every load: a small linear congruential
// generator, so the page and the benchmark can draw identical data.
function generate(count, seed) {
  let state = seed >>> 0;
  const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
  const groups = ["Politics", "Economy", "Diplomacy", "Courts"];
  const sources = groups.map((g, i) => ({ id: `s${i}`, title: `${g} desk wire`, published: "2026-12-31" }));
  const start = Date.UTC(2025, 0, 1);
  const span = 2 * 365 * 86400000;
  const events = [];
  for (let i = 0; i < count; i++) {
    const t = start + Math.floor(random() * span);
    const day = new Date(t).toISOString().slice(0, 10);
    const event = {
      id: `e${i}`,
      title: `Event ${i + 1}`,
      start: day,
      group: groups[i % 4],
      citations: [{ source: `s${i % 4}` }],
    };
    if (random() < 0.3) event.end = new Date(t + Math.floor(1 + random() * 20) * 86400000).toISOString().slice(0, 10);
    events.push(event);
  }
  return { title: `${count.toLocaleString("en")} generated events`, sources, events };
}

const t0 = performance.now();
const { timeline: data } = citeline.normalize(generate(10000, 42));
const t1 = performance.now();
const chart = citeline.timeline(data, { height: 520 });
document.getElementById("chart").append(chart);
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    const t2 = performance.now();
    document.getElementById("stats").textContent =
      `${data.events.length.toLocaleString("en")} events: normalized in ${Math.round(t1 - t0)} ms, drawn in ${Math.round(t2 - t1)} ms, ` +
      `${chart.querySelectorAll("*").length.toLocaleString("en")} DOM nodes.`;
  }),
);

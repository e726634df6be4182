// Seeded synthetic events, the same every load: a small linear congruential
// generator, so the page and the benchmark can draw identical data. Made a
// slice at a time (`slices` yields after each), so that the page answers
// input meanwhile: all 10,000 at once held the main thread 25 ms.
function* generate(count, seed, slice = 2500) {
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
    if ((i + 1) % slice === 0) yield;
  }
  return { title: `${count.toLocaleString("en")} generated events`, sources, events };
}

// Each step in tasks of its own, so that the page answers input between
// them: the generation (in slices), normalize (normalizeAsync: slices of
// about 5 ms), and the chart (which lays itself out and draws in the tasks
// after it). One task doing all three was 120-160 ms of CPU, and 350-750 ms
// on a busy machine, during which the page could not scroll.
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function show() {
  const steps = generate(10000, 42);
  let step = steps.next();
  for (; !step.done; step = steps.next()) await nextTask();
  const input = step.value;
  const t0 = performance.now();
  const { timeline: data } = await citeline.normalizeAsync(input);
  const t1 = performance.now();
  await nextTask();
  const t2 = performance.now();
  const chart = citeline.timeline(data, { height: 520 });
  document.getElementById("chart").append(chart);
  // Drawn once its first frame has set the span it shows.
  while (!chart.dataset.domainStart) await nextFrame();
  await nextFrame();
  const t3 = performance.now();
  document.getElementById("stats").textContent =
    `${data.events.length.toLocaleString("en")} events: normalized in ${Math.round(t1 - t0)} ms, drawn in ${Math.round(t3 - t2)} ms, ` +
    `${chart.querySelectorAll("*").length.toLocaleString("en")} DOM nodes.`;
}

show();

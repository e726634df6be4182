// citeline gets its own loose input (ISO day strings, sources, citations),
// so the timed call includes normalize, as a page that loads JSON would.
import { install } from "./harness.js";
import { GROUPS } from "./events.js";

install({
  prepare: (events) => ({
    title: "Benchmark",
    groups: GROUPS.map((g) => ({ id: g, label: g })),
    sources: GROUPS.map((g, i) => ({ id: `s${i}`, title: `${g} desk`, published: "2026-01-31" })),
    events: events.map((e, i) => ({
      id: e.id,
      title: e.title,
      start: e.day,
      ...(e.endDay ? { end: e.endDay } : {}),
      group: e.group,
      citations: [{ source: `s${i % 4}` }],
    })),
  }),
  render: (input, container) => {
    const figure = globalThis.citeline.timeline(input);
    container.append(figure);
    return figure;
  },
  view: (figure) => `${figure.dataset.domainStart}…${figure.dataset.domainEnd}`,
  target: "svg.citeline-chart",
});

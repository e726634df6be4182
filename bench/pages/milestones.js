// d3-milestones bundles the d3 modules it uses, so it needs no d3 global.
// It has no zoom or pan: only first render, DOM, heap and weight apply.
// Its defaults otherwise (label optimizer off); autoResize off so the
// ResizeObserver it installs does not render everything a second time.
// Categories are its lanes (its nested "entries" form); it has no ranges,
// so each event is drawn at its start.
import { install } from "./harness.js";

install({
  prepare: (events) => {
    const lanes = new Map();
    for (const e of events) {
      if (!lanes.has(e.group)) lanes.set(e.group, []);
      lanes.get(e.group).push({ timestamp: e.day, text: e.title });
    }
    return [...lanes].map(([category, entries]) => ({ category, entries }));
  },
  render: (input, container) =>
    globalThis
      .milestones(container)
      .mapping({ category: "category", entries: "entries", timestamp: "timestamp", text: "text" })
      .parseTime("%Y-%m-%d")
      .autoResize(false)
      .render(input),
});

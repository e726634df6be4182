// TimelineJS 3 from its JSON format: one slide per event, the group as its
// timenav row group. Its timenav (the strip at the bottom) is what scrolls
// with the wheel and pans with a drag; zoom itself is only on buttons.
import { install } from "./harness.js";

const parts = (ms) => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

install({
  prepare: (events) => ({
    title: { text: { headline: "Benchmark" } },
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: parts(e.start),
      ...(e.end === null ? {} : { end_date: parts(e.end) }),
      text: { headline: e.title },
      group: e.group,
    })),
  }),
  render: (input, container) => new globalThis.TL.Timeline(container, input, { hash_bookmark: false }),
  view: () => {
    const el = document.querySelector(".tl-timenav-slider");
    return el ? el.style.left + " " + el.style.width : "";
  },
  target: ".tl-timenav",
});

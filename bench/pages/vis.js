// vis-timeline with vis-data DataSets, as its documentation sets it up;
// ranges are "range" items, instants "box" items (the default type).
import { install } from "./harness.js";
import { GROUPS } from "./events.js";

install({
  prepare: (events) => ({
    items: events.map((e) =>
      e.end === null
        ? { id: e.id, content: e.title, start: e.start, group: e.group }
        : { id: e.id, content: e.title, start: e.start, end: e.end, group: e.group },
    ),
    groups: GROUPS.map((g) => ({ id: g, content: g })),
    // The data's extent as the initial window: without it vis-timeline first
    // draws the days around today and fits to the data only later.
    start: events.reduce((m, e) => Math.min(m, e.start), Infinity),
    end: events.reduce((m, e) => Math.max(m, e.end ?? e.start), -Infinity),
  }),
  render: (input, container) => {
    const { DataSet, Timeline } = globalThis.vis;
    // vis-timeline lays items out after the constructor returns (its window
    // fit and item positions come in a later redraw); its documented
    // onInitialDrawComplete marks the first complete picture.
    let done;
    const drawn = new Promise((resolve) => (done = resolve));
    const handle = new Timeline(container, new DataSet(input.items), new DataSet(input.groups), {
      height: "600px",
      start: input.start,
      end: input.end,
      onInitialDrawComplete: () => done(),
    });
    return { handle, drawn };
  },
  view: (t) => {
    const w = t.getWindow();
    return `${new Date(w.start).toISOString()}…${new Date(w.end).toISOString()}`;
  },
  target: ".vis-panel.vis-center",
});

// The floor: the most direct D3 timeline. Every event is a mark and a label
// in the DOM; d3-zoom rescales x and every node's x is rewritten on each
// zoom event. No culling, no label layout: what a quick hand-made chart does.
import { install } from "./harness.js";
import { GROUPS } from "./events.js";

const W = 1200,
  H = 600,
  M = { left: 16, right: 16, top: 16, bottom: 30 };
const laneHeight = (H - M.top - M.bottom) / GROUPS.length;

install({
  prepare: (events) => events,
  render: (events, container) => {
    const d3 = globalThis.d3;
    const x0 = d3
      .scaleUtc()
      .domain(d3.extent(events.flatMap((e) => (e.end === null ? [e.start] : [e.start, e.end]))))
      .range([M.left, W - M.right]);
    const lane = new Map(GROUPS.map((g, i) => [g, i]));
    const y = (e, i) => M.top + lane.get(e.group) * laneHeight + 14 + (i % 8) * 16;
    const svg = d3.select(container).append("svg").attr("width", W).attr("height", H);
    svg
      .append("g")
      .selectAll("line")
      .data(GROUPS)
      .join("line")
      .attr("class", "lane")
      .attr("x1", M.left)
      .attr("x2", W - M.right)
      .attr("y1", (_, i) => M.top + (i + 1) * laneHeight)
      .attr("y2", (_, i) => M.top + (i + 1) * laneHeight);
    const axis = svg.append("g").attr("transform", `translate(0,${H - M.bottom})`);
    const marks = svg
      .append("g")
      .selectAll("rect")
      .data(events)
      .join("rect")
      .attr("class", "mark")
      .attr("y", (e, i) => y(e, i) - 5)
      .attr("height", 8);
    const labels = svg
      .append("g")
      .selectAll("text")
      .data(events)
      .join("text")
      .attr("y", (e, i) => y(e, i))
      .text((e) => e.title);
    const draw = (x) => {
      axis.call(d3.axisBottom(x).ticks(10));
      marks
        .attr("x", (e) => x(e.start))
        .attr("width", (e) => (e.end === null ? 8 : Math.max(8, x(e.end) - x(e.start))));
      labels.attr("x", (e) => x(e.start) + 10);
    };
    const state = { x: x0 };
    draw(x0);
    svg.call(
      d3
        .zoom()
        .scaleExtent([1, 5000])
        .extent([
          [0, 0],
          [W, H],
        ])
        .translateExtent([
          [0, 0],
          [W, H],
        ])
        .on("zoom", (event) => {
          state.x = event.transform.rescaleX(x0);
          draw(state.x);
        }),
    );
    return state;
  },
  view: (state) =>
    state.x
      .domain()
      .map((d) => d.toISOString())
      .join("…"),
  target: "#chart svg",
});

import { normalize } from "citeline";
import { renderToString } from "citeline/server";

const input = {
  sources: [{ id: "wire", title: "Talks end without a deal", published: "2025-12-03" }],
  events: [{ title: "Kremlin meeting", citations: [{ source: "wire", dateText: "Tuesday (Dec 2)" }] }],
};

const { timeline } = normalize(input);
console.log(timeline.events[0].start.iso); // 2025-12-02

// Static HTML (SVG + list of events and citations) that reads without JS and
// becomes interactive inside <cite-line> when citeline's script loads.
const html = `<cite-line>${renderToString(input)}</cite-line>`;
console.log(html.length > 0);

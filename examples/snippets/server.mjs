import { writeFileSync } from "node:fs";
import { normalize, stylesheet } from "citeline";
import { renderToString } from "citeline/server"; // draws in jsdom: npm install jsdom

const input = {
  sources: [{ id: "wire", title: "Talks end without a deal", published: "2025-12-03" }],
  events: [{ title: "Kremlin meeting", citations: [{ source: "wire", dateText: "Tuesday (Dec 2)" }] }],
};

const { timeline } = normalize(input);
console.log(timeline.events[0].start.iso); // 2025-12-02

// Static HTML (SVG + list of events and citations) that reads without JS and
// becomes interactive inside <cite-line> when citeline's script loads. The
// page needs the stylesheet: inline it as here, or serve and link
// node_modules/citeline/dist/citeline.css.
const page = `<!doctype html>
<meta charset="utf-8">
<title>Talks</title>
<style>${stylesheet}</style>
<cite-line>${renderToString(input, { width: 800 })}</cite-line>
<script src="citeline.iife.min.js"></script>
`;
writeFileSync("page.html", page);

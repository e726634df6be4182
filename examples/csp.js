// Draws a timeline from data in an inert JSON block, without inline script.
// Its stylesheet is adopted by the document (a constructed stylesheet, which
// style-src 'self' allows), so the page links no citeline.css.
const data = JSON.parse(document.getElementById("minimal").textContent);
const chart = citeline.timeline(data, { height: 300 });
document.getElementById("chart").append(chart);

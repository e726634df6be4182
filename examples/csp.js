// Draws a timeline from data in an inert JSON block, without inline script.
const data = JSON.parse(document.getElementById("minimal").textContent);
const chart = citeline.timeline(data, { injectStyles: false, height: 300 });
document.getElementById("chart").append(chart);

const { parseDate } = require("citeline");
const { renderToString } = require("citeline/server");

console.log(parseDate("Tuesday (Dec 2)", { reference: "2025-12-03" })?.iso); // 2025-12-02
console.log(renderToString({ events: [{ title: "Vote", start: "2025-03-03" }] }).startsWith("<figure"));

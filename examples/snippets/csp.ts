// Under a strict Content-Security-Policy: no injected <style>, the stylesheet
// comes from the package instead (bundlers handle the CSS import).
import "citeline/citeline.css";
import { timeline } from "citeline";

const chart = timeline({ events: [{ title: "Vote", start: "2025-03-03" }] }, { injectStyles: false });
document.querySelector("#chart")?.append(chart);

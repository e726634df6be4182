import "citeline/element"; // registers <cite-line> (the one import with a side effect)
import type { TimelineInput } from "citeline";

const input: TimelineInput = {
  sources: [{ id: "wire", title: "Talks end without a deal", published: "2025-12-03" }],
  events: [{ id: "meeting", title: "Kremlin meeting", citations: [{ source: "wire", dateText: "Tuesday (Dec 2)" }] }],
};

const el = document.createElement("cite-line"); // typed: CiteLineElement
el.setAttribute("height", "320");
el.data = input; // a property: objects never go through attributes
el.options = { locale: "en-GB", labels: { sources: "Reported by" } };
el.addEventListener("select", (e) => console.log("selected:", e.detail.event?.title ?? "nothing"));
el.addEventListener("zoom", (e) => console.log("showing", e.detail.start, "to", e.detail.end));
el.addEventListener("error", (e) => console.warn(e.detail.reason, e.detail.diagnostics));
document.querySelector("#chart")?.append(el);

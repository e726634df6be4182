// Timelines over all of history for the render, server and golden tests, in
// the shapes real ones have: Knight Lab's cosmology template and a BCE history.
import type { TimelineInput } from "../../src/data/types.js";

/** ISO years are astronomical: -13799999999 is 13,800,000,000 BC. */
export const cosmology: TimelineInput = {
  title: "From the Big Bang to the Moon",
  events: [
    { id: "bang", title: "The Big Bang", start: "-13799999999", citations: [{ source: "nasa" }] },
    { id: "earth", title: "Earth forms", start: "-4539999999", citations: [{ source: "nasa" }] },
    { id: "impact", title: "Chicxulub impact ends the dinosaurs", start: "-65999999", citations: [{ source: "nasa" }] },
    { id: "sapiens", title: "Homo sapiens in Africa", start: "-299999", citations: [{ source: "nasa" }] },
    { id: "farming", title: "Farming begins in the Fertile Crescent", start: "-9999", citations: [{ source: "nasa" }] },
    { id: "moon", title: "Apollo 11 lands on the Moon", start: "1969-07-20", citations: [{ source: "nasa" }] },
  ],
  sources: [{ id: "nasa", title: "Cosmic timeline", publisher: "NASA", url: "https://science.nasa.gov/" }],
};

/** -3499 is 3500 BC. */
export const bronzeAge: TimelineInput = {
  title: "Writing begins",
  events: [
    { id: "uruk", title: "Uruk period tablets", start: "-3499", citations: [{ source: "met" }] },
    { id: "kish", title: "Kish tablet", start: "-3449", citations: [{ source: "met" }] },
    { id: "narmer", title: "Narmer Palette", start: "-3099", citations: [{ source: "met" }] },
    {
      id: "sumer",
      title: "Proto-cuneiform at Jemdet Nasr",
      start: "-3199",
      end: "-3099",
      citations: [{ source: "met" }],
    },
  ],
  sources: [
    {
      id: "met",
      title: "Heilbrunn Timeline of Art History",
      publisher: "The Met",
      url: "https://www.metmuseum.org/toah/",
    },
  ],
};

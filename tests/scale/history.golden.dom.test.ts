// Golden SVGs of a BCE axis and a deep-time axis (tests/output/<name>.svg),
// rendered static with the width table like tests/render/golden.dom.test.ts.
import { describe, test } from "vitest";
import type { TimelineInput } from "../../src/data/types.js";
import { timeline } from "../../src/timeline.js";
import { golden } from "../render/golden.js";
import { bronzeAge, cosmology } from "./history.fixtures.js";

function svgOf(data: TimelineInput): Element {
  const fig = timeline(data, { width: 960, interactive: false, document });
  document.body.replaceChildren(fig);
  return fig.querySelector("svg.citeline-chart")!;
}

describe("golden SVG over all of history", () => {
  test("a BCE axis", () => golden("bce-axis", svgOf(bronzeAge)));
  test("a deep-time axis", () => golden("deep-time-axis", svgOf(cosmology)));
});

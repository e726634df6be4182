// The server rendering (jsdom, no script) of deep time and BCE: a static
// page and a standalone SVG, with the axis and list written as people write years.
import { expect, test } from "vitest";
import { renderToString, renderToSVG } from "../../src/server.js";
import { bronzeAge, cosmology } from "./history.fixtures.js";

test("a cosmology timeline renders to HTML and SVG on the server", () => {
  const html = renderToString(cosmology);
  expect(html).toContain("billion years ago");
  expect(html).toContain("66 million years ago");
  expect(html).not.toMatch(/Invalid Date|NaN/);
  const svg = renderToSVG(cosmology);
  expect(svg).toMatch(/>\d+ billion years ago</);
});

test("a BCE timeline's server axis reads 3500 BC", () => {
  const svg = renderToSVG(bronzeAge);
  expect(svg).toContain(">3500 BC<");
  expect(svg).not.toMatch(/>\d*1 BC</);
});

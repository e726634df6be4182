// `citeline render -o x.svg` must be readable alone and as an <img>: its
// colours resolve without a `.citeline` page around it. At c0a3b53 every
// variable was undefined there, so label boxes and marks filled black and
// covered the label text. The SVG is rasterized in real Chromium and the
// pixels inside each label's box are read back.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchBrowser, screenshotDir, type Browsing } from "../browser/harness.js";

const root = resolve(import.meta.dirname, "../..");
const cli = join(root, "dist/cli.js");
const dir = mkdtempSync(join(tmpdir(), "citeline-svg-"));
const out = join(dir, "showcase.svg");

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Counts {
  dark: number;
  light: number;
  total: number;
}

/** Counts dark (text) and light (background) pixels of a PNG inside each box. */
async function countPixels(page: Page, png: Buffer, boxes: Box[]): Promise<Counts[]> {
  return page.evaluate(
    async ({ src, boxes }) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const size = { width: img.naturalWidth, height: img.naturalHeight };
      const canvas = Object.assign(document.createElement("canvas"), size);
      const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
      ctx.drawImage(img, 0, 0);
      return boxes.map((b) => {
        const [w, h] = [Math.max(1, Math.round(b.width)), Math.max(1, Math.round(b.height))];
        const data = ctx.getImageData(Math.round(b.x), Math.round(b.y), w, h).data;
        const counts = { dark: 0, light: 0, total: data.length / 4 };
        for (let i = 0; i < data.length; i += 4) {
          const luma = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
          if (luma < 110) counts.dark++;
          else if (luma > 225) counts.light++;
        }
        return counts;
      });
    },
    { src: `data:image/png;base64,${png.toString("base64")}`, boxes },
  );
}

describe.skipIf(!chromiumPath || !existsSync(cli))("the CLI's standalone SVG in Chromium", () => {
  let browsing: Browsing;
  beforeAll(async () => {
    const data = join(root, "data/kremlin-talks-2025.json");
    const r = spawnSync(process.execPath, [cli, "render", data, "-o", out], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    browsing = await launchBrowser();
    mkdirSync(screenshotDir, { recursive: true });
  });
  afterAll(async () => {
    await browsing?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows dark label text on a light box, opened alone and as an <img>", async () => {
    const page = await browsing.context.newPage();
    await page.emulateMedia({ colorScheme: "light" });
    // Alone: the file is the document, so its labels can be measured where they are drawn.
    await page.goto(pathToFileURL(out).href);
    // Each label's box on screen, and in the SVG's own units (= pixels of the <img> at its natural size).
    const { screen, user, size } = await page.evaluate(() => {
      const root = document.documentElement as unknown as SVGSVGElement,
        m = root.getScreenCTM()!.inverse();
      // Marks outside the drawn span keep an empty label node.
      const labels = [...document.querySelectorAll(".citeline-label")].filter((t) => t.textContent.trim());
      const rects = labels.map((t) => t.getBoundingClientRect());
      const toUser = (r: DOMRect) => {
        const a = new DOMPoint(r.left, r.top).matrixTransform(m);
        const b = new DOMPoint(r.right, r.bottom).matrixTransform(m);
        return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
      };
      const screen = rects.map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
      const box = root.getBoundingClientRect();
      return { screen, user: rects.map(toUser), size: { width: Math.ceil(box.width), height: Math.ceil(box.height) } };
    });
    expect(screen.length).toBeGreaterThanOrEqual(5);
    const alone = await page.screenshot({ clip: { x: 0, y: 0, ...size } });
    // As an <img> at its natural size, at the top left of an otherwise empty page.
    const svg = readFileSync(out).toString("base64");
    await page.goto("about:blank");
    await page.setContent(`<body style="margin:0"><img alt="" src="data:image/svg+xml;base64,${svg}"></body>`);
    const natural = await page.locator("img").evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    });
    const asImage = await page.screenshot({ clip: { x: 0, y: 0, ...natural } });
    // Kept for a person to look at (the test reads the pixels; a reviewer reads the picture).
    writeFileSync(join(screenshotDir, "cli-svg-alone.png"), alone);
    writeFileSync(join(screenshotDir, "cli-svg-img.png"), asImage);
    for (const [png, boxes] of [
      [alone, screen],
      [asImage, user],
    ] as const) {
      for (const c of await countPixels(page, png, boxes)) {
        // Text is a minority of its box; the rest is the light label background.
        expect(c.dark).toBeGreaterThan(c.total * 0.02);
        expect(c.light).toBeGreaterThan(c.total * 0.3);
      }
    }
    // Opened alone, the file keeps the size it was drawn at.
    expect(size).toEqual(natural);
    await page.close();
  });

  it("follows a dark colour scheme with light text, as the default theme does", async () => {
    const page = await browsing.context.newPage();
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(pathToFileURL(out).href);
    const colours = await page.evaluate(() => {
      const label = document.querySelector(".citeline-label")!;
      return { root: getComputedStyle(document.documentElement).backgroundColor, label: getComputedStyle(label).fill };
    });
    expect(colours).toEqual({ root: "rgb(22, 24, 28)", label: "rgb(236, 238, 241)" });
    await page.close();
  });
});

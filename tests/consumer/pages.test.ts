// Every code block of the README, run as a stranger runs it (issue 23 items
// 3 and 6): each is a file in examples/snippets (tests/docs.test.ts keeps the
// README and the files equal). TypeScript and TSX blocks are bundled with
// Vite inside the throwaway projects (React 18 blocks in the React 18 one,
// Vue and Svelte blocks with their plugins in the ui one) and opened in
// Chromium (types.test.ts type-checks the TS ones); HTML blocks are
// served next to the packed script-tag build; Node blocks and the CLI block
// run in the server project. Each page must draw events and log no error.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumArgs, findChromium } from "../../scripts/chromium.mjs";
import { serve } from "../../scripts/static-server.mjs";
import { node, projects, run, snippets } from "./helpers.js";

const files = readdirSync(snippets);
const pages = files.filter((f) => /\.tsx?$/.test(f));
const html = files.filter((f) => f.endsWith(".html"));
const project = (file: string): string => (/react18/.test(file) ? projects().react18 : projects().app);
const site = (dir: string) => join(dir, "site");

/** One Vite build per project, one page per snippet: a #chart and a #root to draw into. */
async function bundle(dir: string, names: string[]): Promise<void> {
  const src = join(dir, "pages");
  mkdirSync(src, { recursive: true });
  const input: Record<string, string> = {};
  for (const name of names) {
    copyFileSync(join(snippets, name), join(src, name));
    const page = join(src, `${name}.html`);
    writeFileSync(
      page,
      `<!doctype html>\n<meta charset="utf-8">\n<title>${name}</title>\n<div id="chart"></div>\n<div id="root"></div>\n<script type="module" src="./${name}"></script>\n`,
    );
    input[name] = page;
  }
  writeFileSync(join(src, "tsconfig.json"), JSON.stringify({ compilerOptions: { jsx: "react-jsx" } }));
  const { build } = await import("vite");
  await build({
    root: src,
    logLevel: "error",
    configFile: false,
    build: { outDir: site(dir), emptyOutDir: true, rollupOptions: { input } },
  });
}

const chromiumPath = findChromium();
let browser: Browser | null = null;

beforeAll(async () => {
  if (!chromiumPath) {
    if (process.env["CI"] === "true") throw new Error("CI=true and no Chromium: the consumer pages cannot be checked");
    return;
  }
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
});
afterAll(async () => browser?.close());

/** Opens a page; resolves to its errors once events are drawn (in the page or in a <cite-line>). */
async function open(
  url: string,
  act?: (page: Page, logs: string[]) => Promise<void>,
): Promise<{ errors: string[]; marks: number; logs: string[] }> {
  const page = await browser!.newPage();
  const errors: string[] = [];
  const logs: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico")) errors.push(m.text());
    if (m.type() === "log") logs.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: "load" });
  const count = () =>
    page.evaluate(() => {
      const hosts = [
        document,
        ...[...document.querySelectorAll("cite-line")].map((el) => el.shadowRoot).filter((r) => r !== null),
      ];
      return hosts.reduce((n, host) => n + host.querySelectorAll("svg [data-event-id]").length, 0);
    });
  await expect.poll(count, { timeout: 15_000 }).toBeGreaterThan(0);
  const marks = await count();
  await act?.(page, logs);
  await page.close();
  return { errors, marks, logs };
}

describe("the README's TypeScript and TSX blocks", () => {
  it.runIf(chromiumPath)("bundle with Vite and draw their charts in Chromium, with no console error", async () => {
    const byProject = new Map<string, string[]>();
    for (const name of pages) byProject.set(project(name), [...(byProject.get(project(name)) ?? []), name]);
    for (const [dir, names] of byProject) {
      await bundle(dir, names);
      const server = await serve(site(dir), { port: 0 });
      try {
        for (const name of names) {
          const { errors } = await open(`${server.url}${name}.html`);
          expect(errors, name).toEqual([]);
        }
      } finally {
        await server.close();
      }
    }
  });
});

describe("the README's Vue and Svelte blocks", () => {
  it.runIf(chromiumPath)("build with each framework's Vite plugin and draw their charts in Chromium", async () => {
    const { ui } = projects();
    const src = join(ui, "pages");
    mkdirSync(src, { recursive: true });
    copyFileSync(join(snippets, "vue.vue"), join(src, "App.vue"));
    copyFileSync(join(snippets, "svelte.svelte"), join(src, "App.svelte"));
    const mounts: Record<string, string> = {
      vue: 'import { createApp } from "vue";\nimport App from "./App.vue";\ncreateApp(App).mount("#root");\n',
      svelte:
        'import { mount } from "svelte";\nimport App from "./App.svelte";\nmount(App, { target: document.getElementById("root")! });\n',
    };
    const input: Record<string, string> = {};
    for (const [name, code] of Object.entries(mounts)) {
      writeFileSync(join(src, `${name}.ts`), code);
      writeFileSync(
        join(src, `${name}.html`),
        `<!doctype html>\n<meta charset="utf-8">\n<div id="root"></div>\n<script type="module" src="./${name}.ts"></script>\n`,
      );
      input[name] = join(src, `${name}.html`);
    }
    // The project's own Vite and plugins (run in the project, so that it resolves them), configured as the Vue block's comment says.
    writeFileSync(
      join(ui, "build.mjs"),
      [
        'import { build } from "vite";',
        'import vue from "@vitejs/plugin-vue";',
        'import { svelte } from "@sveltejs/vite-plugin-svelte";',
        "await build({",
        `  root: ${JSON.stringify(src)}, logLevel: "error", configFile: false,`,
        '  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === "cite-line" } } }), svelte()],',
        `  build: { outDir: ${JSON.stringify(site(ui))}, emptyOutDir: true, rollupOptions: { input: ${JSON.stringify(input)} } },`,
        "});",
      ].join("\n"),
    );
    const built = node(ui, "build.mjs");
    expect(built.stderr).toBe("");
    expect(built.status).toBe(0);
    const server = await serve(site(ui), { port: 0 });
    try {
      for (const name of Object.keys(mounts)) {
        // Selecting the event reaches the block's select handler, which logs the event's title.
        const { errors, logs } = await open(`${server.url}${name}.html`, async (page, seen) => {
          await page.evaluate(() => {
            const el = document.querySelector("cite-line")!;
            el.select(el.shadowRoot!.querySelector("svg [data-event-id]")!.getAttribute("data-event-id"));
          });
          await expect.poll(() => seen.includes("Vote"), { timeout: 5000 }).toBe(true);
        });
        expect(errors, name).toEqual([]);
        expect(logs, name).toContain("Vote");
      }
    } finally {
      await server.close();
    }
  });
});

describe("the README's HTML blocks", () => {
  it.runIf(chromiumPath)("draw next to the packed script-tag build and the README's events.json", async () => {
    const { app, dir } = projects();
    const web = join(dir, "web");
    mkdirSync(web, { recursive: true });
    copyFileSync(join(app, "node_modules/citeline/dist/citeline.iife.min.js"), join(web, "citeline.iife.min.js"));
    copyFileSync(join(snippets, "events.json"), join(web, "events.json"));
    for (const name of html) copyFileSync(join(snippets, name), join(web, name));
    const server = await serve(web, { port: 0 });
    try {
      for (const name of html) {
        const { errors } = await open(`${server.url}${name}`);
        expect(errors, name).toEqual([]);
      }
    } finally {
      await server.close();
    }
  });
});

describe("the README's Node and shell blocks", () => {
  it("run in the server project", () => {
    const { app } = projects();
    for (const name of files.filter((f) => /\.(mjs|cjs|sh)$/.test(f))) {
      copyFileSync(join(snippets, name), join(app, name));
      const r = name.endsWith(".sh") ? run("bash", ["-e", name], app) : node(app, name);
      expect(r.stderr, name).toBe("");
      expect(r.status, name).toBe(0);
    }
  });

  it.runIf(chromiumPath)(
    "the server snippet's page is styled with JavaScript off (issue 23 item 3: not a black box)",
    async () => {
      const { app } = projects();
      expect(readFileSync(join(app, "page.html"), "utf8")).toContain("<figure");
      const context = await browser!.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(pathToFileURL(join(app, "page.html")).href);
        const styled = await page.evaluate(() => {
          const figure = document.querySelector("figure.citeline");
          const label = document.querySelector("figure.citeline svg text");
          return {
            ink: figure ? getComputedStyle(figure).getPropertyValue("--cl-ink").trim() : "",
            fill: label ? getComputedStyle(label).fill : "",
          };
        });
        expect(styled.ink).not.toBe("");
        expect(styled.fill).not.toBe("");
        expect(styled.fill).not.toBe("rgb(0, 0, 0)");
      } finally {
        await context.close();
      }
    },
  );
});

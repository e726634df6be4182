// Global setup of the consumer layer: `npm pack` the built package once and
// install the tarball into three throwaway projects, as strangers would:
//   browser  citeline alone: what a browser app installs (no jsdom, no React)
//   app      citeline + jsdom + React 19 and its types: a server and a React 19 app
//   react18  citeline + React 18 and its types
//   ui       citeline + Vue 3 and Svelte 5 with their Vite plugins (and Vite, which they import)
// The installs run in parallel and come from the registry or npm's cache;
// every test file of the layer reuses them.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";

const root = resolve(import.meta.dirname, "../..");

function run(cmd: string, args: string[], cwd: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("close", (code) =>
      code === 0 ? done(out) : fail(new Error(`${cmd} ${args.join(" ")} in ${cwd} exited ${code}:\n${err}`)),
    );
  });
}

async function project(dir: string, name: string, tarball: string, deps: string[]): Promise<string> {
  const at = join(dir, name);
  mkdirSync(at);
  writeFileSync(join(at, "package.json"), JSON.stringify({ name: `consumer-${name}`, private: true, type: "module" }));
  await run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", tarball, ...deps],
    at,
  );
  return at;
}

export default async function setup(vitest: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), "citeline-consumer-"));
  const packed = JSON.parse(await run("npm", ["pack", "--json", "--pack-destination", dir], root)) as {
    filename: string;
  }[];
  const tarball = join(dir, packed[0]!.filename);
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    devDependencies: Record<string, string>;
  };
  const jsdom = `jsdom@${pkg.devDependencies["jsdom"]}`;
  const vite = `vite@${pkg.devDependencies["vite"]}`;
  const [browser, app, react18, ui] = await Promise.all([
    project(dir, "browser", tarball, []),
    project(dir, "app", tarball, [jsdom, "react@19", "react-dom@19", "@types/react@19", "@types/react-dom@19"]),
    project(dir, "react18", tarball, ["react@18", "react-dom@18", "@types/react@18", "@types/react-dom@18"]),
    project(dir, "ui", tarball, [vite, "vue@3", "@vitejs/plugin-vue@6", "svelte@5", "@sveltejs/vite-plugin-svelte@7"]),
  ]);
  vitest.provide("consumer", { dir, tarball, browser, app, react18, ui });
  return () => {
    if (!process.env["KEEP_CONSUMER"]) rmSync(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    consumer: { dir: string; tarball: string; browser: string; app: string; react18: string; ui: string };
  }
}

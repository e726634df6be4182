// Plumbing shared by the consumer tests: the projects the global setup
// installed, and running commands in them.
import { spawnSync } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { inject } from "vitest";

export const root = resolve(import.meta.dirname, "../..");
export const fixtures = join(import.meta.dirname, "fixtures");
export const snippets = join(root, "examples/snippets");
export const projects = (): ReturnType<typeof inject<"consumer">> => inject("consumer");

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command in `cwd` (never through a shell), with extra environment. */
export function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Ran {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Node on a file of a project. */
export const node = (cwd: string, file: string, env: Record<string, string> = {}): Ran =>
  run(process.execPath, [file], cwd, env);

/** The repository's TypeScript compiler on a project; resolution goes through the project's node_modules. */
export function tsc(cwd: string, config: object, name = "tsconfig.json"): Ran {
  writeFileSync(join(cwd, name), JSON.stringify(config, null, 2));
  return run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", name], cwd);
}

/** Copies fixture (or snippet) files into a project. */
export function copy(from: string, names: string[], to: string): void {
  for (const name of names) copyFileSync(join(from, name), join(to, name));
}

/** Strict compiler options, as a careful consumer sets them. */
export const strict = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  target: "ES2022",
  lib: ["ES2022", "DOM", "DOM.Iterable"],
  types: [] as string[],
};

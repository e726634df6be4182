/**
 * The CLI's files: reading the data (JSON, TimelineJS JSON or CSV) with
 * syntax errors located by line and column, and writing output with a
 * one-line reason when the file cannot be written.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { extname, resolve } from "node:path";
import { fromCSV, fromTimelineJS } from "../data/import/index.js";
import { fromAnything, type Loaded } from "../embed/load.js";
import { CliError, exitCodes } from "./errors.js";

/** Plain words for the file-system errors people meet. */
const reasons: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  EEXIST: "it already exists",
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) return String((error as Error).message ?? error);
  return reasons[code] ? `${reasons[code]} (${code})` : code;
}

/** Reads a text file; a failure is a one-line CliError (exit 2). */
export function readText(file: string): string {
  try {
    return readFileSync(resolve(file), "utf8");
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${reason(error)}`);
  }
}

/** Writes a text file; a failure is a one-line CliError (exit 2), never a stack trace. */
export function writeText(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${reason(error)}`);
  }
}

/** 1-based line and column of a UTF-16 offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1,
    start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Parses JSON, or throws a CliError (exit 1) reading `file:line:column:
 * invalid JSON: …`, the form editors and terminals link to the spot.
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // V8 says "… in JSON at position 42" (and from Node 22 "(line 3 column 14)"); the end of input has no position.
    const at = /\bat position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const { line, column } = lineColumn(text, offset);
    const what = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, "");
    throw new JsonSyntaxError(file, line, column, what);
  }
}

/** A data file that is not JSON, located as `file:line:column` (exit 1: it is the data's fault). */
export class JsonSyntaxError extends CliError {
  override name = "JsonSyntaxError";
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${column}: invalid JSON: ${detail}`, exitCodes.data);
  }
}

/**
 * The input in a data file, with the importer's diagnostics (CSV and TimelineJS JSON are converted)
 * and, for an imported file, the source paths that let normalize name `rows[12]` or the slide.
 */
export function readInput(file: string): Loaded {
  const raw = readText(file);
  // A byte-order mark is not JSON; editors on Windows still write one.
  const text = raw.startsWith("\ufeff") ? raw.slice(1) : raw;
  const importers = { fromTimelineJS, fromCSV };
  if (extname(file).toLowerCase() === ".csv") return fromAnything(text, "csv", importers);
  return fromAnything(parseJson(text, file), "json", importers);
}

/**
 * Makes sure jsdom, an optional peer dependency that only drawing needs,
 * can be loaded; otherwise names the package to install (exit 2).
 */
export function requireJsdom(command: string): void {
  try {
    createRequire(import.meta.url).resolve("jsdom");
  } catch {
    throw new CliError(
      `"citeline ${command}" draws in jsdom, which is not installed: run "npm install jsdom", ` +
        `or without installing anything: npx -p citeline -p jsdom citeline ${command} …`,
    );
  }
}

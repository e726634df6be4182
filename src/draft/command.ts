// `citeline draft <files or folders…> --published <date> [-o draft.json]`:
// the command line of draft(), for Node only (the draft entry itself stays
// free of node: imports). Its own arguments because --published repeats:
// once for all files, and once per file as `--published a.txt=2025-12-01`.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { normalize } from "../data/normalize.js";
import type { Diagnostic } from "../data/types.js";
import { draft, type Article, type DraftOptions } from "./draft.js";
import { articleFromHtml } from "./html.js";

/** One line of help for the `citeline` usage text. */
export const draftUsage = `citeline draft <files|folders…> --published <date> [--published <file>=<date>]
      [-o draft.json] [--mode news|narrative] [--time-zone <IANA zone>] [--min-confidence 0.5]
  A draft timeline from articles (.txt, .md, .html): dated happenings, quotes and speakers, merged across articles.
  A publication date (or span "2025-12-02/2025-12-03") for all files and/or per file; an HTML page's own
  <meta property="article:published_time"> or a text file's front matter (published: …) is used when neither is given.
  Events less sure than --min-confidence (0 to 1, default 0.5) are left out; the count is printed.`;

const READABLE = new Set([".txt", ".text", ".md", ".markdown", ".html", ".htm"]);

interface DraftArgs {
  paths: string[];
  published?: string;
  perFile: Map<string, string>;
  out?: string;
  options: DraftOptions;
}

class Stop extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

function parse(argv: readonly string[]): DraftArgs {
  const args: DraftArgs = { paths: [], perFile: new Map(), options: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=") && !arg.startsWith("--published=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : arg.startsWith("--published=")
          ? ["--published", arg.slice(12)]
          : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new Stop(`option "${flag}" needs a value`, 2);
      return v;
    };
    if (flag === "--published") {
      const v = value();
      const eq = v.lastIndexOf("=");
      if (eq > 0) args.perFile.set(v.slice(0, eq), v.slice(eq + 1));
      else args.published = v;
    } else if (flag === "-o" || flag === "--out") args.out = value();
    else if (flag === "--mode") {
      const mode = value();
      if (mode !== "news" && mode !== "narrative") throw new Stop(`invalid --mode: ${mode} (news or narrative)`, 2);
      args.options.mode = mode;
    } else if (flag === "--time-zone") args.options.timeZone = value();
    else if (flag === "--min-confidence") {
      const v = value();
      const n = Number(v);
      if (!/^\d*\.?\d+$/.test(v) || n > 1) throw new Stop(`invalid --min-confidence: ${v} (a number from 0 to 1)`, 2);
      args.options.minConfidence = n;
    } else if (arg.startsWith("-") && arg !== "-") throw new Stop(`unknown option "${arg}"`, 2);
    else args.paths.push(arg);
  }
  if (!args.paths.length) throw new Stop("missing the articles to draft from (files or folders)", 2);
  return args;
}

/** The files to read: files as given, and the readable files of folders (sorted, one level down). */
function listFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new Stop(`cannot read ${p}: no such file or directory`, 2);
    }
    if (!isDir) out.push(p);
    else {
      const inside = readdirSync(p)
        .filter((f) => READABLE.has(extname(f).toLowerCase()))
        .sort();
      out.push(...inside.map((f) => join(p, f)).filter((f) => statSync(f).isFile()));
    }
  }
  if (!out.length) throw new Stop(`no .txt, .md or .html files in ${paths.join(", ")}`, 2);
  return out;
}

function readArticle(file: string, args: DraftArgs): Article {
  let content: string;
  try {
    content = readFileSync(file, "utf8");
  } catch (error) {
    throw new Stop(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 2);
  }
  const page = articleFromHtml(content);
  const own = args.perFile.get(file) ?? args.perFile.get(resolve(file)) ?? args.perFile.get(basename(file));
  const published = own ?? page.published ?? args.published;
  if (published === undefined) {
    const how = `give --published <date> or --published ${basename(file)}=<date>`;
    throw new Stop(`no publication date for ${file}: ${how}`, 2);
  }
  const article: Article = { text: page.text, published, title: page.title ?? basename(file) };
  if (page.url) article.url = page.url;
  return article;
}

const line = (file: string, d: Diagnostic): string => `${file}: ${d.severity} ${d.code} at ${d.path}: ${d.message}`;

/**
 * Runs `citeline draft` with the arguments after the command name; returns
 * the exit code (0 done, 1 the draft does not normalize, 2 wrong usage or
 * unreadable files). Messages go to stderr, the JSON to `-o` or stdout.
 */
export function draftCommand(argv: readonly string[]): number {
  try {
    const args = parse(argv);
    const files = listFiles(args.paths);
    for (const key of args.perFile.keys()) {
      if (!files.some((f) => f === key || resolve(f) === resolve(key) || basename(f) === key)) {
        throw new Stop(`--published ${key}=…: ${key} is not one of the files to draft`, 2);
      }
    }
    const articles = files.map((f) => readArticle(f, args));
    const { input, diagnostics, belowThreshold } = draft(articles, args.options);
    const named = (d: Diagnostic): string => {
      const k = /^articles\[(\d+)\]/.exec(d.path);
      return line(k ? files[Number(k[1])]! : "draft", d);
    };
    for (const d of diagnostics) process.stderr.write(`${named(d)}\n`);
    const errors = normalize(input).diagnostics.filter((d) => d.severity === "error");
    for (const d of errors) process.stderr.write(`${line(args.out ?? "draft", d)}\n`);
    if (errors.length || diagnostics.some((d) => d.severity === "error")) return 1;
    const json = `${JSON.stringify(input, null, 2)}\n`;
    if (args.out) writeFileSync(args.out, json);
    else process.stdout.write(json);
    const n = input.events.length;
    const plural = (k: number, word: string): string => `${k} ${word}${k === 1 ? "" : "s"}`;
    const min = args.options.minConfidence ?? 0.5;
    const left = belowThreshold.length ? `; ${belowThreshold.length} less sure than ${min} left out` : "";
    process.stderr.write(`citeline: ${plural(n, "draft event")} from ${plural(files.length, "article")}${left}\n`);
    return 0;
  } catch (error) {
    if (error instanceof Stop) {
      process.stderr.write(`citeline: ${error.message}\n`);
      return error.code;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code) {
      process.stderr.write(`citeline: cannot write: ${code}\n`);
      return 2;
    }
    throw error;
  }
}

import { readFileSync, writeFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { formatDiagnostic } from "./data/diagnostics.js";
import { normalize } from "./data/normalize.js";
import type { Diagnostic, TimelineInput } from "./data/types.js";
import { fromAnything } from "./embed/load.js";
import { dataScript, escapeHtml, renderToString, renderToSVG } from "./server.js";
import { stylesheet } from "./render/styles.js";

const usage = `citeline: source-annotated timelines

Usage:
  citeline validate <file> [--json]          check a timeline file (JSON, TimelineJS JSON or CSV)
  citeline render <file> -o out.svg|out.html a static SVG, or an HTML page readable without JS
  citeline build <file> -o page.html         one self-contained interactive page (works offline)

Exit codes: 0 ok, 1 the data has errors, 2 wrong usage or unreadable file.`;

interface Args {
  command: string | undefined;
  file: string | undefined;
  out: string | undefined;
  json: boolean;
  title: string | undefined;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { command: undefined, file: undefined, out: undefined, json: false, title: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-o" || arg === "--out") args.out = argv[++i];
    else if (arg === "--json") args.json = true;
    else if (arg === "--title") args.title = argv[++i];
    else if (arg === "-h" || arg === "--help") args.command = "help";
    else if (args.command === undefined) args.command = arg;
    else if (args.file === undefined) args.file = arg;
    else throw new UsageError(`unexpected argument "${arg}"`);
  }
  return args;
}

class UsageError extends Error {}

function read(file: string): { input: TimelineInput; diagnostics: Diagnostic[] } {
  let text: string;
  try {
    text = readFileSync(resolve(file), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return fromAnything(text, extname(file).toLowerCase() === ".csv" ? "csv" : "json");
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
}

function validate(args: Args): number {
  const { input, diagnostics: imported } = read(need(args.file, "a file to validate"));
  const { timeline, diagnostics } = normalize(input);
  const all = [...imported, ...diagnostics];
  const errors = all.filter((d) => d.severity === "error").length;
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ events: timeline.events.length, errors, warnings: all.length - errors, diagnostics: all }, null, 2)}\n`);
  } else {
    for (const d of all) process.stdout.write(`${formatDiagnostic(d)}\n`);
    process.stdout.write(`${timeline.events.length} events, ${errors} errors, ${all.length - errors} warnings\n`);
  }
  return errors ? 1 : 0;
}

function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

function render(args: Args): number {
  const file = need(args.file, "a file to render");
  const out = need(args.out, "-o out.svg or -o out.html");
  const { input } = read(file);
  const ext = extname(out).toLowerCase();
  if (ext === ".svg") writeFileSync(out, renderToSVG(input));
  else if (ext === ".html" || ext === ".htm") {
    const title = args.title ?? input.title ?? "Timeline";
    writeFileSync(out, page(title, `<style>${stylesheet}</style>`, renderToString(input, { includeData: false })));
  } else throw new UsageError(`-o must end in .svg or .html, got "${out}"`);
  process.stdout.write(`wrote ${out}\n`);
  return 0;
}

function build(args: Args): number {
  const file = need(args.file, "a file to build a page from");
  const out = need(args.out, "-o page.html");
  const { input } = read(file);
  const bundle = readFileSync(new URL("./citeline.iife.min.js", import.meta.url), "utf8").replace(/<\/script/gi, "<\\/script");
  const title = args.title ?? input.title ?? "Timeline";
  const body = `<cite-line>${renderToString(input, { includeData: false })}${dataScript(input)}</cite-line>\n<script>${bundle}</script>`;
  writeFileSync(out, page(title, `<style>body{margin:0 auto;max-width:1200px;padding:16px;font-family:system-ui,sans-serif}${stylesheet}</style>`, body));
  process.stdout.write(`wrote ${out}\n`);
  return 0;
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new UsageError(`missing ${what}`);
  return value;
}

/** Runs the CLI with the given arguments; resolves to the exit code. */
export function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case "validate":
        return validate(args);
      case "render":
        return render(args);
      case "build":
        return build(args);
      case "help":
      case undefined:
        process.stdout.write(`${usage}\n`);
        return args.command === "help" ? 0 : 2;
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`citeline: ${error.message}\n\n${usage}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));

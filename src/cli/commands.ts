/**
 * The commands `validate`, `render` and `build`. Each is one function from
 * parsed arguments to an exit code; src/cli.ts lists them in its table.
 */
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { formatDiagnostic } from "../data/diagnostics.js";
import { normalize } from "../data/normalize.js";
import type { Diagnostic, TimelineInput } from "../data/types.js";
import { stylesheet } from "../render/styles.js";
import { dataScript, escapeHtml, renderToString, renderToSVG } from "../server.js";
import { need, type Parsed } from "./args.js";
import { CliError, exitCodes, usageError } from "./errors.js";
import { JsonSyntaxError, readInput, readText, requireJsdom, writeText } from "./io.js";

const out = (text: string): void => void process.stdout.write(`${text}\n`);
const err = (text: string): void => void process.stderr.write(`${text}\n`);

/** The one data file a command reads. */
function fileOf(a: Parsed, what: string): string {
  if (a.positionals.length > 1) throw usageError(`unexpected argument "${a.positionals[1]}"`);
  return need(a.positionals[0], what);
}

/** Imports and checks a file: the input and every diagnostic, import's first. */
function check(file: string): {
  input: TimelineInput;
  title?: string;
  events: number;
  diagnostics: Diagnostic[];
  errors: number;
} {
  // The importer's source paths let normalize's diagnostics name the CSV row or slide, not events[i].
  const { input, diagnostics: imported, paths } = readInput(file);
  const { timeline, diagnostics } = normalize(input, paths === undefined ? {} : { paths });
  const all = [...imported, ...diagnostics];
  const errors = all.filter((d) => d.severity === "error").length;
  const title = timeline.title;
  return { input, ...(title ? { title } : {}), events: timeline.events.length, diagnostics: all, errors };
}

/** `citeline validate <file> [--json]`: prints every diagnostic; exit 1 on errors. */
export function validate(a: Parsed): number {
  const file = fileOf(a, "a file to validate");
  let result: ReturnType<typeof check>;
  try {
    result = check(file);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError) || !a.options.has("json")) throw error;
    const { line, column, detail } = error;
    const message = `line ${line}, column ${column}: ${detail}`;
    const d = { severity: "error", code: "invalid-json", path: "$", message, line, column };
    out(JSON.stringify({ events: 0, errors: 1, warnings: 0, diagnostics: [d] }, null, 2));
    return exitCodes.data;
  }
  const { events, diagnostics, errors } = result;
  const warnings = diagnostics.length - errors;
  if (a.options.has("json")) out(JSON.stringify({ events, errors, warnings, diagnostics }, null, 2));
  else {
    for (const d of diagnostics) out(formatDiagnostic(d));
    out(`${events} events, ${errors} errors, ${warnings} warnings`);
  }
  return errors ? exitCodes.data : exitCodes.ok;
}

/**
 * The input of `render` and `build`: its diagnostics go to stderr, and data
 * with errors stops the command (exit 1) before anything is written, so a
 * broken file never becomes an empty chart silently.
 */
function drawable(file: string, command: string): { input: TimelineInput; title?: string } {
  const { input, title, diagnostics, errors } = check(file);
  for (const d of diagnostics) err(`${file}: ${formatDiagnostic(d)}`);
  const count = errors === 1 ? "1 error" : `${errors} errors`;
  const why = `${file} has ${count}; nothing written (see "citeline validate ${file}")`;
  if (errors) throw new CliError(why, exitCodes.data);
  requireJsdom(command);
  return title ? { input, title } : { input };
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

/** `citeline render <file> -o out.svg|out.html [--title T]`: a static SVG, or a page readable without JS. */
export function render(a: Parsed): number {
  const file = fileOf(a, "a file to render");
  const target = need(a.options.get("out"), "-o out.svg or -o out.html");
  const ext = extname(target).toLowerCase();
  if (![".svg", ".html", ".htm"].includes(ext)) throw usageError(`-o must end in .svg or .html, got "${target}"`);
  const { input, title: named } = drawable(file, "render");
  if (ext === ".svg") writeText(target, renderToSVG(input));
  else {
    const title = (a.options.get("title") as string | undefined) ?? named ?? "Timeline";
    writeText(target, page(title, `<style>${stylesheet}</style>`, renderToString(input, { includeData: false })));
  }
  out(`wrote ${target}`);
  return exitCodes.ok;
}

/** `citeline build <file> -o page.html [--title T]`: one self-contained interactive page. */
export function build(a: Parsed): number {
  const file = fileOf(a, "a file to build a page from");
  const target = need(a.options.get("out"), "-o page.html");
  const { input, title: named } = drawable(file, "build");
  const script = readText(fileURLToPath(new URL("./citeline.iife.min.js", import.meta.url)));
  const bundle = script.replace(/<\/script/gi, "<\\/script");
  const title = (a.options.get("title") as string | undefined) ?? named ?? "Timeline";
  const chart = `<cite-line>${renderToString(input, { includeData: false })}${dataScript(input)}</cite-line>`;
  const body = `${chart}\n<script>${bundle}</script>`;
  const pageStyle = "body{margin:0 auto;max-width:1200px;padding:16px;font-family:system-ui,sans-serif}";
  const style = `<style>${pageStyle}${stylesheet}</style>`;
  writeText(target, page(title, style, body));
  out(`wrote ${target}`);
  return exitCodes.ok;
}

/**
 * `citeline export --timelinejs <file> [-o out.json]`: a timeline (citeline
 * JSON, TimelineJS JSON or a CSV sheet) written back as TimelineJS3 JSON.
 */
import { formatDiagnostic } from "../data/diagnostics.js";
import { toTimelineJS } from "../data/export/index.js";
import { normalize } from "../data/normalize.js";
import { need, type Parsed } from "./args.js";
import { CliError, exitCodes, usageError } from "./errors.js";
import { readInput, writeText } from "./io.js";

/**
 * Reads the file, normalizes it (diagnostics, located in the file, go to
 * stderr) and writes TimelineJS JSON to `-o` or to stdout. Data with
 * errors stops the command before anything is written, as for `render`.
 */
export function exportCommand(a: Parsed): number {
  if (!a.options.has("timelinejs")) throw usageError("export needs a format: --timelinejs");
  if (a.positionals.length > 1) throw usageError(`unexpected argument "${a.positionals[1]}"`);
  const file = need(a.positionals[0], "a file to export");
  // readInput hands back what the importers return, their source paths included.
  const { input, diagnostics: imported, paths } = readInput(file);
  const { timeline, diagnostics } = normalize(input, paths === undefined ? {} : { paths });
  const all = [...imported, ...diagnostics];
  for (const d of all) process.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
  const errors = all.filter((d) => d.severity === "error").length;
  if (errors) {
    const count = errors === 1 ? "1 error" : `${errors} errors`;
    throw new CliError(`${file} has ${count}; nothing written (see "citeline validate ${file}")`, exitCodes.data);
  }
  const json = `${JSON.stringify(toTimelineJS(timeline), null, 2)}\n`;
  const target = a.options.get("out");
  if (typeof target === "string") {
    writeText(target, json);
    process.stdout.write(`wrote ${target}\n`);
  } else process.stdout.write(json);
  return exitCodes.ok;
}

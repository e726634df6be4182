/**
 * The `citeline` command. Each command is one entry in `commands`: its
 * arguments, one line of help, the options it takes and a function from
 * parsed arguments to an exit code (src/cli/commands.ts). A new command is
 * a new entry; usage and option checking follow from the table.
 */
import { parseArgs, type OptionKind, type Parsed } from "./cli/args.js";
import { build, render, validate } from "./cli/commands.js";
import { exportCommand } from "./cli/export.js";
import { CliError, exitCodeHelp, exitCodes, usageError } from "./cli/errors.js";
import { draftCommand, draftUsage } from "./draft/command.js";

/** One command of the table. */
interface Command {
  /** What follows the command name in the usage line. */
  args: string;
  /** One line of help. */
  summary: string;
  /** Options by long name (without dashes); `-o` is short for `--out`. */
  options: Record<string, OptionKind>;
  run(args: Parsed): number;
}

const commands: Record<string, Command> = {
  validate: {
    args: "<file> [--json]",
    summary: "check a timeline file (JSON, TimelineJS JSON or CSV)",
    options: { json: "switch" },
    run: validate,
  },
  render: {
    args: "<file> -o out.svg|out.html",
    summary: "a static SVG, or an HTML page readable without JS (needs jsdom)",
    options: { out: "value", title: "value" },
    run: render,
  },
  build: {
    args: "<file> -o page.html",
    summary: "one self-contained interactive page, works offline (needs jsdom)",
    options: { out: "value", title: "value" },
    run: build,
  },
  export: {
    args: "--timelinejs <file> [-o out.json]",
    summary: "write the timeline as TimelineJS3 JSON (to stdout without -o)",
    options: { timelinejs: "switch", out: "value" },
    run: exportCommand,
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => [`citeline ${name} ${c.args}`, c.summary] as const);
  const width = Math.max(...lines.map(([l]) => l.length));
  return `citeline: source-annotated timelines

Usage:
${lines.map(([l, s]) => `  ${l.padEnd(width)}  ${s}`).join("\n")}
  ${draftUsage}

Options:
  -o, --out <file>  where to write (render, build, export)
  --timelinejs      export as TimelineJS3 JSON
  --title <text>    the page title (render to .html, build); default: the data's title
  --json            machine-readable output (validate)
  -h, --help        this help

${exitCodeHelp}`;
}

/** Runs the CLI with the given arguments and returns the exit code; errors become one line on stderr. */
export function main(argv: readonly string[]): number {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === "-h" || name === "--help" || name === "help") {
      process.stdout.write(`${usage()}\n`);
      return name === undefined ? exitCodes.usage : exitCodes.ok;
    }
    // draft reads its own arguments: --published repeats (once for all files, once per file).
    if (name === "draft") return draftCommand(rest);
    const command = Object.hasOwn(commands, name) ? commands[name]! : undefined;
    if (!command) throw usageError(`unknown command "${name}"`);
    const args = parseArgs(rest, { ...command.options, help: "switch" });
    if (args.options.has("help")) {
      process.stdout.write(`${usage()}\n`);
      return exitCodes.ok;
    }
    return command.run(args);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`citeline: ${error.message}\n${error.showUsage ? `\n${usage()}\n` : ""}`);
      return error.exitCode;
    }
    process.stderr.write(`citeline: internal error (please report it): ${(error as Error)?.stack ?? String(error)}\n`);
    return exitCodes.internal;
  }
}

process.exitCode = main(process.argv.slice(2));

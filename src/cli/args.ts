/**
 * Command-line arguments: positionals and `--flag [value]` options, read
 * against what the command says it takes, so a typo is a usage error
 * instead of a file name.
 */
import { usageError } from "./errors.js";

/**
 * How a command's option is written: `"value"` takes the next argument,
 * `"list"` too but may repeat (`--published a.html=2025-12-02 --published …`),
 * `"switch"` takes none.
 */
export type OptionKind = "value" | "list" | "switch";

/** The arguments of one command, after its name. */
export interface Parsed {
  positionals: string[];
  /** Option values by long name without dashes (`out`, `json`): a string, or true for a switch. */
  options: Map<string, string | true>;
  /** The values of `"list"` options, in the order given. */
  lists: Map<string, string[]>;
}

/** Short forms every command shares. */
const aliases: Record<string, string> = { "-o": "--out", "-h": "--help" };

/**
 * Reads `argv` (after the command name) against `spec`, a map from long
 * option names (without dashes) to their kind.
 *
 * @example
 * ```ts
 * parseArgs(["data.json", "-o", "x.svg"], { out: "value" });
 * // { positionals: ["data.json"], options: Map { "out" => "x.svg" } }
 * ```
 */
export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, OptionKind>>): Parsed {
  const parsed: Parsed = { positionals: [], options: new Map(), lists: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      parsed.positionals.push(arg);
      continue;
    }
    const [flag, inline] = splitInline(aliases[arg] ?? arg);
    const name = flag.replace(/^--/, "");
    const kind = spec[name];
    if (!flag.startsWith("--") || kind === undefined) throw usageError(`unknown option "${arg}"`);
    if (kind === "switch") {
      if (inline !== undefined) throw usageError(`option "${flag}" takes no value`);
      parsed.options.set(name, true);
      continue;
    }
    const value = inline ?? argv[++i];
    const missing = value === undefined || (inline === undefined && value.startsWith("-") && value !== "-");
    if (missing) throw usageError(`option "${flag}" needs a value`);
    if (kind === "list") parsed.lists.set(name, [...(parsed.lists.get(name) ?? []), value]);
    else if (parsed.options.has(name)) throw usageError(`option "${flag}" is given twice`);
    else parsed.options.set(name, value);
  }
  return parsed;
}

function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf("=");
  return eq > 2 && arg.startsWith("--") ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

/** The option's value, or a usage error naming `what` when it is missing. */
export function need(value: string | true | undefined, what: string): string {
  if (typeof value !== "string") throw usageError(`missing ${what}`);
  return value;
}

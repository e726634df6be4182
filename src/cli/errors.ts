/**
 * Exit codes of the `citeline` command, and the one error type its
 * commands throw to end with a clear line instead of a stack trace.
 */

/** What the process's exit code means; `--help` lists them. */
export const exitCodes = {
  /** Done; any diagnostics printed were warnings. */
  ok: 0,
  /** The data has errors (or is not valid JSON): the diagnostics are printed, nothing is written. */
  data: 1,
  /** Wrong usage, a file that cannot be read or written, or a missing optional package. */
  usage: 2,
  /** A bug in citeline: the stack is printed for a report. */
  internal: 3,
} as const;

/** Exit codes as `--help` explains them. */
export const exitCodeHelp = `Exit codes:
  ${exitCodes.ok}  done (warnings, if any, are printed)
  ${exitCodes.data}  the data has errors or is not valid JSON: diagnostics printed, nothing written
  ${exitCodes.usage}  wrong usage, a file that cannot be read or written, or a missing package
  ${exitCodes.internal}  an internal error (a bug in citeline; please report it with the printed stack)`;

/**
 * An error the CLI reports as one line, `citeline: <message>`, ending with
 * its exit code. `showUsage` adds the usage text (for wrong arguments).
 *
 * @example
 * ```ts
 * throw new CliError(`cannot write out.svg: permission denied`, exitCodes.usage);
 * ```
 */
export class CliError extends Error {
  override name = "CliError";
  constructor(
    message: string,
    readonly exitCode: number = exitCodes.usage,
    readonly showUsage = false,
  ) {
    super(message);
  }
}

/** A usage mistake: reported with the usage text, exit code 2. */
export function usageError(message: string): CliError {
  return new CliError(message, exitCodes.usage, true);
}

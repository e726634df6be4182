// The CLI's argument and JSON readers, without spawning the built binary
// (tests/dist/cli-errors.test.ts runs that).
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { CliError, exitCodes } from "../../src/cli/errors.js";
import { JsonSyntaxError, lineColumn, parseJson } from "../../src/cli/io.js";

describe("parseArgs", () => {
  const spec = { out: "value", json: "switch", published: "list" } as const;

  it("reads positionals, -o, --flag=value, switches and repeated list options", () => {
    const argv = [
      "a.html",
      "-o",
      "x.json",
      "--json",
      "--published",
      "2025-12-02",
      "b.html",
      "--published=b.html=2025-12-03",
    ];
    const a = parseArgs(argv, spec);
    expect(a.positionals).toEqual(["a.html", "b.html"]);
    expect(a.options).toEqual(
      new Map<string, string | true>([
        ["out", "x.json"],
        ["json", true],
      ]),
    );
    expect(a.lists.get("published")).toEqual(["2025-12-02", "b.html=2025-12-03"]);
  });

  it("takes everything after -- as positionals, and - as one", () => {
    expect(parseArgs(["--", "--json", "-o"], spec).positionals).toEqual(["--json", "-o"]);
    expect(parseArgs(["-"], spec).positionals).toEqual(["-"]);
  });

  it("refuses unknown options, a missing value, a value on a switch and a value option given twice", () => {
    const fail = (argv: string[]) => {
      try {
        parseArgs(argv, spec);
      } catch (error) {
        expect(error).toBeInstanceOf(CliError);
        expect((error as CliError).exitCode).toBe(exitCodes.usage);
        return (error as Error).message;
      }
      throw new Error(`accepted ${argv.join(" ")}`);
    };
    expect(fail(["--jsno"])).toBe('unknown option "--jsno"');
    expect(fail(["-x"])).toBe('unknown option "-x"');
    expect(fail(["-o"])).toBe('option "--out" needs a value');
    expect(fail(["-o", "--json"])).toBe('option "--out" needs a value');
    expect(fail(["--json=yes"])).toBe('option "--json" takes no value');
    expect(fail(["-o", "a.svg", "-o", "b.svg"])).toBe('option "--out" is given twice');
  });
});

describe("JSON errors", () => {
  it("counts lines and columns from 1", () => {
    expect(lineColumn("ab\ncd\nef", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn("ab\ncd\nef", 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn("ab\ncd\nef", 8)).toEqual({ line: 3, column: 3 });
  });

  it("locates a syntax error as file:line:column, exit 1", () => {
    const error = (() => {
      try {
        parseJson('{\n  "events": [\n    {"title": "x" "start": 1}\n  ]\n}', "t.json");
      } catch (e) {
        return e as JsonSyntaxError;
      }
      throw new Error("parsed invalid JSON");
    })();
    expect(error).toBeInstanceOf(JsonSyntaxError);
    expect([error.line, error.column, error.exitCode]).toEqual([3, 19, exitCodes.data]);
    expect(error.message).toMatch(/^t\.json:3:19: invalid JSON: \S/);
    expect(error.message).not.toMatch(/position|\(line/);
    expect(() => parseJson("[1,", "cut.json")).toThrow(/^cut\.json:1:4: invalid JSON/);
  });
});

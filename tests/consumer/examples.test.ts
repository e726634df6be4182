// The library's own TSDoc examples, as an editor shows them from the packed
// declarations, compile (issue 23 item 5: the `select` example did not).
// Each example becomes a module of the server project; the names it uses
// from citeline are imported for it, and the sample values the examples
// take for granted (`data`, `input`, `doc`) are declared.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projects, strict, tsc } from "./helpers.js";

const entries = ["citeline", "citeline/element", "citeline/server", "citeline/draft"];
const samples: Record<string, string> = { data: "SampleInput", input: "SampleInput", doc: "unknown" };

/** Every export of an entry, as named in its declaration file's export lists. */
function exported(dts: string): string[] {
  return [...dts.matchAll(/^export (?:type )?\{([^}]*)\}/gm)].flatMap(([, list]) =>
    list!
      .split(",")
      .map((n) =>
        n
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
      )
      .filter((n) => n && !n.includes("'")),
  );
}

/** Names an example declares itself (const/let bindings and its own imports), which it must not be given. */
function declared(code: string): Set<string> {
  const own = new Set<string>();
  for (const [, pattern] of code.matchAll(/\b(?:const|let)\s+(\{[^}]*\}|\[[^\]]*\]|[A-Za-z_$][\w$]*)/g)) {
    for (const part of pattern!.replace(/[{}[\]]/g, " ").split(",")) {
      const name = part.split(":").pop()!.trim();
      if (name) own.add(name);
    }
  }
  return own;
}

/** The ```ts / ```tsx blocks of the TSDoc comments of the package's declaration files. */
function examples(dist: string): { file: string; code: string; tsx: boolean }[] {
  const found: { file: string; code: string; tsx: boolean }[] = [];
  for (const file of readdirSync(dist).filter((f) => f.endsWith(".d.ts"))) {
    const text = readFileSync(join(dist, file), "utf8");
    for (const [, lang, body] of text.matchAll(/```(tsx?)\n([\s\S]*?)```/g)) {
      found.push({ file, tsx: lang === "tsx", code: body!.replace(/^\s*\* ?/gm, "") });
    }
  }
  return found;
}

describe("TSDoc examples in the shipped declarations", () => {
  it("compile, each as a consumer's module", () => {
    const { app } = projects();
    const dist = join(app, "node_modules/citeline/dist");
    const names = new Map<string, string>();
    for (const entry of entries) {
      const file = entry === "citeline" ? "citeline.d.ts" : `${entry.slice("citeline/".length)}.d.ts`;
      for (const name of exported(readFileSync(join(dist, file), "utf8"))) if (!names.has(name)) names.set(name, entry);
    }
    const list = examples(dist);
    expect(list.length).toBeGreaterThan(10);
    const files: string[] = [];
    list.forEach(({ code, tsx }, k) => {
      const own = declared(code);
      for (const [, imported] of code.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}/g))
        for (const n of imported!.split(",")) own.add(n.trim());
      const used = new Set(code.match(/\b[A-Za-z_$][\w$]*\b/g));
      const byEntry = new Map<string, string[]>();
      for (const [name, entry] of names)
        if (used.has(name) && !own.has(name)) byEntry.set(entry, [...(byEntry.get(entry) ?? []), name]);
      const prelude = [...byEntry].map(([entry, ns]) => `import { ${ns.join(", ")} } from "${entry}";`);
      for (const [name, type] of Object.entries(samples))
        if (used.has(name) && !own.has(name)) prelude.push(`declare const ${name}: ${type};`);
      if (prelude.some((l) => l.includes(": SampleInput")))
        prelude.unshift('import type { TimelineInput as SampleInput } from "citeline";');
      const name = `example-${String(k).padStart(2, "0")}.${tsx ? "tsx" : "ts"}`;
      const imports = code.split("\n").filter((l) => /^import\b/.test(l));
      const body = code.split("\n").filter((l) => !/^import\b/.test(l));
      writeFileSync(join(app, name), [...imports, ...prelude, ...body, "export {};", ""].join("\n"));
      files.push(name);
    });
    // Examples index arrays as readers do (`events[0].start`): strict, but without noUncheckedIndexedAccess.
    const r = tsc(
      app,
      {
        compilerOptions: {
          ...strict,
          noUncheckedIndexedAccess: false,
          module: "ESNext",
          moduleResolution: "Bundler",
          jsx: "react-jsx",
        },
        files,
      },
      "tsconfig.examples.json",
    );
    expect(r.stdout + r.stderr).toBe("");
  });
});

// Writes docs/reference.md from the source: every option of timeline() and
// every label key with its TSDoc and default, and every --citeline-* CSS
// variable with its light and dark value. `npm run build` runs it and
// tests/docs.test.ts fails when the file is stale, so the reference cannot
// fall behind the code.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = new URL("../", import.meta.url);
const read = (path) => readFileSync(new URL(path, root), "utf8");

/** Finds `interface name` or `const name` in the first file that declares it. */
function declaration(files, name) {
  for (const file of files) {
    if (!existsSync(new URL(file, root))) continue;
    const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
    const found = source.statements.find(
      (s) =>
        (ts.isInterfaceDeclaration(s) && s.name.text === name) ||
        (ts.isVariableStatement(s) && s.declarationList.declarations.some((d) => d.name.getText(source) === name)),
    );
    if (found) return { source, node: found };
  }
  throw new Error(`no declaration of ${name} in ${files.join(", ")}`);
}

const oneLine = (text) => text.replace(/\s+/g, " ").trim();
const cell = (text) => oneLine(text).replace(/\|/g, "\\|");
// A code span; one holding backticks (template literals) opens with two.
const code = (text) => (text.includes("`") ? `\`\` ${cell(text)} \`\`` : `\`${cell(text)}\``);

/** Members of an interface: name, type and TSDoc text. */
function members(files, name) {
  const { source, node } = declaration(files, name);
  return node.members.filter(ts.isPropertySignature).map((m) => ({
    name: m.name.getText(source),
    type: m.type ? m.type.getText(source) : "",
    doc: ts
      .getJSDocCommentsAndTags(m)
      .map((d) => (typeof d.comment === "string" ? d.comment : ""))
      .join(" "),
  }));
}

/** Property initializers of an object literal constant, by key. */
function initializers(files, name) {
  const { source, node } = declaration(files, name);
  const literal = node.declarationList.declarations[0].initializer;
  return new Map(
    literal.properties
      .filter(ts.isPropertyAssignment)
      .map((p) => [p.name.getText(source), p.initializer.getText(source)]),
  );
}

/**
 * The --citeline-* variables with their defaults, in order of first use:
 * first the themes' colours, one row of styles.ts's PALETTE each
 * (["name", "light", "dark"]), then those the rules name with a default.
 */
function cssVariables() {
  const vars = new Map();
  const text = `${read("src/render/styles.ts")}\n${read("src/embed/sheet.ts")}`;
  const palette = /const PALETTE[^=]*=\s*\[([\s\S]*?)\n\];/.exec(text)?.[1] ?? "";
  for (const [, name, light, dark] of palette.matchAll(/\["([a-z-]+)", "([^"]*)", "([^"]*)"\]/g)) {
    vars.set(`--citeline-${name}`, { light, dark });
  }
  if (vars.size === 0) throw new Error("reference: no PALETTE table in src/render/styles.ts");
  for (const [, name, value] of text.matchAll(/var\((--citeline-[a-z-]+),\s*((?:[^()]|\([^()]*\))*)\)/g)) {
    const row = vars.get(name) ?? { light: "", dark: "" };
    if (!row.light) row.light = value.trim();
    else if (!row.dark && value.trim() !== row.light) row.dark = value.trim();
    vars.set(name, row);
  }
  return vars;
}

export function reference() {
  const optionFiles = ["src/options.ts"];
  const labelFiles = ["src/render/labels.ts", "src/options.ts"];
  const options = members(optionFiles, "TimelineOptions");
  const labels = members(labelFiles, "TimelineLabels");
  const defaults = initializers(labelFiles, "defaultLabels");
  const lines = [
    "# citeline reference",
    "",
    "Generated from the source by `scripts/reference.mjs` (`npm run build`); do not edit by hand.",
    "The README explains each part; this file lists every item.",
    "",
    "## Options of `timeline(data, options)`",
    "",
    "`<cite-line>` takes the same options as `element.options = { … }` (attributes cover the common ones).",
    "",
    "| option | type | |",
    "|---|---|---|",
    ...options.map((o) => `| \`${o.name}\` | ${code(o.type)} | ${cell(o.doc)} |`),
    "",
    "## Label keys (`options.labels`)",
    "",
    "Every text the chart writes itself. Give any subset; the others keep their English default.",
    "",
    "| key | type | default | |",
    "|---|---|---|---|",
    ...labels.map(
      (l) =>
        `| \`${l.name}\` | ${code(l.type)} | ${defaults.has(l.name) ? code(defaults.get(l.name)) : ""} | ${cell(l.doc)} |`,
    ),
    "",
    "## CSS variables",
    "",
    "Set them on the page (or any ancestor of the chart); they pierce `<cite-line>`'s shadow DOM.",
    "",
    "| variable | light | dark |",
    "|---|---|---|",
    ...[...cssVariables()].map(
      ([name, v]) => `| \`${name}\` | ${v.light ? code(v.light) : ""} | ${v.dark ? code(v.dark) : ""} |`,
    ),
    "",
  ];
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL("docs/reference.md", root), reference());
}

/**
 * The JSON Schema of the input format (data/schema/timeline.schema.json):
 * it compiles, every data/*.json file validates against it, it agrees with
 * the TypeScript declarations in src/data/types.ts, and it rejects
 * documents that are wrong.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dataDir = join(root, "data");
const schemaPath = join(dataDir, "schema", "timeline.schema.json");
const typesPath = join(root, "src", "data", "types.ts");

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8")) as unknown;
const schema = readJson(schemaPath) as JsonObject;
const defs = schema["$defs"] as Record<string, JsonObject>;

const dataFiles = readdirSync(dataDir)
  .filter((f) => f.endsWith(".json"))
  .sort();

function compile() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(schema);
}

// ---------------------------------------------------------------------------
// (1) The schema compiles and the datasets validate.

describe("timeline.schema.json", () => {
  it("is a draft 2020-12 schema that compiles in ajv's strict mode", () => {
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(() => compile()).not.toThrow();
  });

  it("has a description on every definition and every property", () => {
    const missing: string[] = [];
    for (const [name, def] of Object.entries(defs)) {
      if (typeof def["description"] !== "string") missing.push(name);
      const obj = objectBranch(def);
      const props = (obj?.["properties"] ?? {}) as Record<string, JsonObject>;
      for (const [prop, sub] of Object.entries(props)) {
        if (typeof sub["description"] !== "string") missing.push(`${name}.${prop}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("finds the datasets", () => {
    expect(dataFiles).toContain("kremlin-talks-2025.json");
    expect(dataFiles).toContain("example-minimal.json");
  });

  it.each(dataFiles)("data/%s validates against the schema and points at it", (file) => {
    const validate = compile();
    const doc = readJson(join(dataDir, file));
    const ok = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect((doc as JsonObject)["$schema"]).toBe("./schema/timeline.schema.json");
  });

  // What the schema cannot say: references between parts of a document.
  it.each(dataFiles)("data/%s has consistent ids and references", (file) => {
    const doc = readJson(join(dataDir, file)) as {
      groups?: (string | { id?: string })[];
      sources?: { id?: string }[];
      events: {
        id?: string;
        group?: string;
        after?: string;
        before?: string;
        citations?: (string | { source?: string })[];
      }[];
    };
    const problems: string[] = [];
    const groupIds = new Set((doc.groups ?? []).map((g) => (typeof g === "string" ? g : g.id)));
    const sourceIds = (doc.sources ?? []).map((s) => s.id);
    const eventIds = doc.events.map((e) => e.id);
    if (new Set(sourceIds).size !== sourceIds.length) problems.push("duplicate source id");
    if (new Set(eventIds).size !== eventIds.length) problems.push("duplicate event id");
    doc.events.forEach((e, i) => {
      if (e.id === undefined) problems.push(`events[${i}] has no explicit id`);
      if (e.group !== undefined && !groupIds.has(e.group)) problems.push(`events[${i}].group ${e.group}`);
      for (const rel of [e.after, e.before]) {
        if (rel !== undefined && (rel === e.id || !eventIds.includes(rel))) problems.push(`events[${i}] relation ${rel}`);
      }
      if (!e.citations?.length) problems.push(`events[${i}] has no citations`);
      for (const c of e.citations ?? []) {
        const src = typeof c === "string" ? c : c.source;
        if (!sourceIds.includes(src)) problems.push(`events[${i}] cites unknown source ${String(src)}`);
      }
    });
    expect(problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// The showcase dataset: the promises that a reviewer checks by reading.

describe("data/kremlin-talks-2025.json", () => {
  const doc = readJson(join(dataDir, "kremlin-talks-2025.json")) as {
    sources: { id: string; publisher?: string; url?: string }[];
    events: {
      id: string;
      start?: unknown;
      after?: string;
      before?: string;
      citations: { source: string; quote?: string; speaker?: string; dateText?: string }[];
    }[];
  };
  const event = (id: string) => {
    const e = doc.events.find((x) => x.id === id);
    if (!e) throw new Error(`no event ${id}`);
    return e;
  };

  it("cites every source on the Kremlin meeting, each with its own date expression", () => {
    const meeting = event("kremlin-meeting");
    expect(meeting.citations.map((c) => c.source).sort()).toEqual(doc.sources.map((s) => s.id).sort());
    expect(meeting.citations.every((c) => typeof c.dateText === "string")).toBe(true);
  });

  it("covers the events the issue asks for", () => {
    for (const id of [
      "kremlin-meeting",
      "zelensky-statement",
      "ushakov-readout",
      "trump-cabinet-remarks",
      "putin-europe-warning",
      "putin-pokrovsk",
      "plan-revision",
      "florida-consultations",
      "rubio-progress",
      "kremlin-ready-for-more-talks",
      "ukraine-us-talks",
    ]) {
      expect(() => event(id)).not.toThrow();
    }
  });

  it("gives every event a date: a start, a dateText, or a relation", () => {
    const undated = doc.events.filter(
      (e) => e.start === undefined && e.after === undefined && e.before === undefined && !e.citations.some((c) => c.dateText),
    );
    expect(undated.map((e) => e.id)).toEqual([]);
  });

  it("keeps quotations short and attributed, and cites each source at most once per event", () => {
    const problems: string[] = [];
    for (const e of doc.events) {
      const seen = new Set<string>();
      for (const c of e.citations) {
        if (seen.has(c.source)) problems.push(`${e.id}: ${c.source} twice`);
        seen.add(c.source);
        if (c.quote === undefined) continue;
        if (c.quote.split(/\s+/).length >= 25) problems.push(`${e.id}: quote too long`);
        if (!c.speaker) problems.push(`${e.id}: quote without speaker`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("invents no publishers or URLs", () => {
    expect(doc.sources.filter((s) => s.publisher !== undefined || s.url !== undefined)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// (2) The schema and the TypeScript declarations agree.

/** The JSON value kinds a property may hold; "object" covers any object. */
type Kind = "string" | "number" | "boolean" | "array" | "object" | "null";

interface Shape {
  properties: Map<string, { required: boolean; kinds: Set<Kind>; literals?: Set<string> }>;
}

function objectBranch(def: JsonObject): JsonObject | undefined {
  if (def["type"] === "object") return def;
  const branches = (def["oneOf"] ?? def["anyOf"]) as JsonObject[] | undefined;
  const objects = (branches ?? []).map(deref).filter((b) => b["type"] === "object");
  return objects.length === 1 ? objects[0] : undefined;
}

function deref(node: JsonObject): JsonObject {
  const ref = node["$ref"];
  if (typeof ref !== "string") return node;
  const name = ref.replace("#/$defs/", "");
  const target = defs[name];
  if (!target) throw new Error(`unresolved ${ref}`);
  return deref(target);
}

function schemaKinds(node: JsonObject): { kinds: Set<Kind>; literals?: Set<string> } {
  const n = deref(node);
  const kinds = new Set<Kind>();
  let literals: Set<string> | undefined;
  const t = n["type"];
  if (typeof t === "string") kinds.add(t === "integer" ? "number" : (t as Kind));
  if (Array.isArray(t)) for (const x of t) kinds.add(x === "integer" ? "number" : (x as Kind));
  if (Array.isArray(n["enum"])) {
    literals = new Set();
    for (const v of n["enum"]) {
      kinds.add(typeof v as Kind);
      // Enum members are strings and numbers; JSON.stringify writes both as String would.
      literals.add(typeof v === "string" ? v : JSON.stringify(v));
    }
  }
  for (const key of ["oneOf", "anyOf"]) {
    for (const branch of (n[key] ?? []) as JsonObject[]) for (const k of schemaKinds(branch).kinds) kinds.add(k);
  }
  return literals ? { kinds, literals } : { kinds };
}

function schemaShape(name: string): Shape {
  const def = defs[name];
  if (!def) throw new Error(`schema has no $defs/${name}`);
  const obj = objectBranch(def);
  if (!obj) throw new Error(`$defs/${name} has no object form`);
  const required = new Set((obj["required"] ?? []) as string[]);
  const properties: Shape["properties"] = new Map();
  for (const [prop, sub] of Object.entries((obj["properties"] ?? {}) as Record<string, JsonObject>)) {
    properties.set(prop, { required: required.has(prop), ...schemaKinds(sub) });
  }
  for (const r of required) if (!properties.has(r)) throw new Error(`$defs/${name} requires undeclared ${r}`);
  return { properties };
}

let program: ts.Program | undefined;
function checker(): { checker: ts.TypeChecker; file: ts.SourceFile } {
  program ??= ts.createProgram([typesPath], {
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  });
  const file = program.getSourceFile(typesPath);
  if (!file) throw new Error("types.ts not found");
  return { checker: program.getTypeChecker(), file };
}

function tsKinds(type: ts.Type, tc: ts.TypeChecker): { kinds: Set<Kind>; literals?: Set<string> } {
  const kinds = new Set<Kind>();
  const literals = new Set<string>();
  let allLiterals = true;
  const parts = type.isUnion() ? type.types : [type];
  for (const t of parts) {
    const f = t.flags;
    if (f & ts.TypeFlags.Undefined) continue;
    if (f & ts.TypeFlags.StringLiteral) {
      kinds.add("string");
      literals.add((t as ts.StringLiteralType).value);
      continue;
    }
    allLiterals = false;
    if (f & ts.TypeFlags.StringLike) kinds.add("string");
    else if (f & ts.TypeFlags.NumberLike) kinds.add("number");
    else if (f & ts.TypeFlags.BooleanLike) kinds.add("boolean");
    else if (f & ts.TypeFlags.Null) kinds.add("null");
    else if (tc.isArrayType(t)) kinds.add("array");
    // A Date has no JSON form: it is accepted from code, not from files.
    else if (t.getSymbol()?.getName() === "Date") continue;
    else if (f & ts.TypeFlags.Object) kinds.add("object");
    else throw new Error(`unhandled type ${tc.typeToString(t)}`);
  }
  return allLiterals && literals.size > 0 ? { kinds, literals } : { kinds };
}

/** Properties of a declared interface or type alias; for a union alias, of its one object member. */
function tsShape(name: string): Shape {
  const { checker: tc, file } = checker();
  const decl = file.statements.find(
    (s): s is ts.InterfaceDeclaration | ts.TypeAliasDeclaration =>
      (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === name,
  );
  if (!decl) throw new Error(`types.ts declares no ${name}`);
  let type = tc.getTypeAtLocation(decl.name);
  if (type.isUnion()) {
    const objects = type.types.filter((t) => t.flags & ts.TypeFlags.Object);
    if (objects.length !== 1) throw new Error(`${name}: expected one object member, found ${objects.length}`);
    type = objects[0] as ts.Type;
  }
  const properties: Shape["properties"] = new Map();
  for (const sym of tc.getPropertiesOfType(type)) {
    const propType = tc.getTypeOfSymbolAtLocation(sym, decl);
    properties.set(sym.getName(), {
      required: (sym.flags & ts.SymbolFlags.Optional) === 0,
      ...tsKinds(propType, tc),
    });
  }
  return { properties };
}

function describeShape(shape: Shape) {
  return Object.fromEntries(
    [...shape.properties.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, { required: v.required, kinds: [...v.kinds].sort(), literals: v.literals ? [...v.literals].sort() : undefined }]),
  );
}

describe("schema and src/data/types.ts agree", () => {
  const names = ["TimelineInput", "EventInput", "SourceInput", "CitationInput", "GroupInput", "When"];

  it.each(names)("%s has the same properties, optionality and value kinds in both", (name) => {
    expect(describeShape(schemaShape(name))).toEqual(describeShape(tsShape(name)));
  });

  it("the schema's root is TimelineInput", () => {
    expect(schema["$ref"]).toBe("#/$defs/TimelineInput");
  });

  it("the comparison notices a difference (self-check)", () => {
    const s = schemaShape("EventInput");
    s.properties.delete("duration");
    expect(describeShape(s)).not.toEqual(describeShape(tsShape("EventInput")));
    const t = tsShape("CitationInput");
    t.properties.set("source", { required: true, kinds: new Set(["string"]) });
    expect(describeShape(schemaShape("CitationInput"))).not.toEqual(describeShape(t));
  });
});

// ---------------------------------------------------------------------------
// (3) Documents that are wrong are rejected.

describe("the schema rejects invalid documents", () => {
  const valid = {
    sources: [{ id: "s", title: "A source", published: "2025-12-02/2025-12-03", url: "https://example.org/a" }],
    events: [{ id: "e", title: "An event", duration: "PT5H", citations: [{ source: "s", dateText: "Tuesday (Dec 2)" }] }],
  };

  it("accepts the baseline document the cases below break", () => {
    expect(compile()(valid)).toBe(true);
  });

  const withEvent = (patch: Record<string, unknown>) => ({ ...valid, events: [{ ...valid.events[0], ...patch }] });

  const cases: [string, unknown][] = [
    ["no events", { sources: valid.sources }],
    ["events not an array", { events: { id: "e" } }],
    ["an unknown top-level property", { ...valid, event: [] }],
    ["a misspelt citation property", withEvent({ citations: [{ source: "s", dateTxt: "Tuesday" }] })],
    ["tags as a string", withEvent({ tags: "talks" })],
    ["people with a non-string", withEvent({ people: ["Putin", 3] })],
    ["both end and duration", withEvent({ end: "2025-12-02", duration: "PT5H" })],
    ["a duration that is not ISO 8601", withEvent({ duration: "5 hours" })],
    ["an empty duration", withEvent({ duration: "PT" })],
    ["a start that is an empty string", withEvent({ start: "" })],
    ["a start that is a boolean", withEvent({ start: true })],
    ["a When without bounds", withEvent({ start: { iso: "2025-12-02", precision: "day" } })],
    ["a When with an unknown precision", withEvent({ start: { iso: "2025-12-02", precision: "fortnight", earliest: 0, latest: 1 } })],
    ["a javascript: URL", { ...valid, sources: [{ id: "s", url: "javascript:alert(1)" }] }],
    ["a citation that is a number", withEvent({ citations: [1] })],
    ["a group with an unknown property", { ...valid, groups: [{ id: "g", name: "G" }] }],
  ];

  it.each(cases)("rejects %s", (_label, doc) => {
    const validate = compile();
    expect(validate(doc)).toBe(false);
  });
});

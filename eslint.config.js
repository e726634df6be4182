// ESLint flat config: typescript-eslint's type-checked rules, no import
// cycles, DESIGN §4's folder order, and the house limit on function length.
// Formatting is Prettier's job (see .prettierrc.json), not ESLint's.
import js from "@eslint/js";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

// DESIGN §4: imports only go down this order. Folders on one level (draft/
// and scale/) do not import each other either. Of the root files, the entry
// timeline() and its options sit between interact/ and embed/ (the
// <cite-line> element is built on timeline()); index, server, cli and iife
// sit above everything.
const LEVELS = [["data"], ["draft", "scale"], ["layout"], ["render"], ["chart"], ["interact"], ["embed"]];
const ENTRY = ["./src/{timeline,options}.ts"];
const TOP = ["./src/{index,server,cli,iife}.ts"];

/** One zone per folder: it may not import a folder on its own level or above, nor a root file above it. */
const folderOrder = LEVELS.flatMap((level, i) =>
  level.map((folder) => ({
    target: `./src/${folder}/**`,
    from: [
      ...LEVELS.slice(i)
        .flat()
        .filter((f) => f !== folder)
        .map((f) => `./src/${f}/**`),
      ...(folder === "embed" ? [] : ENTRY),
      ...TOP,
    ],
    message: `DESIGN §4: src/${folder}/ imports only what is below it (see docs/architecture.md).`,
  })),
);

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "build/**",
      "node_modules/**",
      "examples/**",
      "bench/**",
      "scripts/**",
      "coverage/**",
      "tests/consumer/fixtures/**",
      "**/*.mjs",
      "**/*.cjs",
      "**/*.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // vitest.config.ts sits outside tsconfig.json's src/ and tests/; it is linted with default options.
        projectService: { allowDefaultProject: ["vitest.config.ts"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { "import-x": importX },
    settings: {
      // Dependencies are TypeScript too: parse them to follow their imports (no-cycle).
      "import-x/extensions": [".ts", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
      // Sources import "./x.js" for x.ts (NodeNext style under Bundler resolution).
      "import-x/resolver-next": [createNodeResolver({ extensionAlias: { ".js": [".ts", ".js"] } })],
    },
    rules: {
      // Any cycle, however long, fails: the chart pipeline runs one way.
      "import-x/no-cycle": ["error", { maxDepth: Infinity, ignoreExternal: true }],
      "import-x/no-restricted-paths": ["error", { zones: folderOrder }],
      "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }],
      // `_`-prefixed parameters are kept on purpose (d3 callbacks take (d, i, nodes)).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      // Numbers and booleans in template literals read as intended ("3 sources"); objects still fail.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
      // Off: the URL allow-list and the text cleaners match control characters on purpose.
      "no-control-regex": "off",
    },
  },
  {
    // Layout algorithms (label placement, lanes) are allowed longer loops, as DESIGN says.
    files: ["src/layout/**/*.ts"],
    rules: { "max-lines-per-function": ["error", { max: 120, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ["tests/**/*.ts"],
    rules: {
      // A describe() or test() callback is a list of cases, not a function to keep short.
      "max-lines-per-function": "off",
      // Tests read untyped things on purpose: JSON fixtures, page.evaluate results, built bundles.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    // The built script-tag bundle is run as a script would be: through the Function constructor.
    files: ["tests/dist/**/*.ts"],
    rules: { "@typescript-eslint/no-implied-eval": "off" },
  },
);

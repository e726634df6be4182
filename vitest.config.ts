import { defineConfig } from "vitest/config";

// Three layers: pure unit tests in node, DOM and golden-SVG tests in jsdom,
// and real Chromium driven by playwright-core (tests/browser).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/**/*.dom.test.ts", "tests/browser/**"],
        },
      },
      {
        test: {
          name: "dom",
          environment: "jsdom",
          include: ["tests/**/*.dom.test.ts"],
          exclude: ["tests/browser/**"],
        },
      },
      {
        test: {
          name: "browser",
          environment: "node",
          include: ["tests/browser/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

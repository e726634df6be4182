import { defineConfig } from "vitest/config";

// Layers: pure unit tests in node, DOM and golden-SVG tests in jsdom, the
// built package (CLI, packed tarball), and real Chromium driven by
// playwright-core (tests/browser).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/**/*.dom.test.ts", "tests/browser/**", "tests/dist/**", "tests/consumer/**"],
        },
      },
      {
        test: {
          name: "dom",
          environment: "jsdom",
          include: ["tests/**/*.dom.test.ts"],
          exclude: ["tests/browser/**"],
          // A hang guard, not a speed check: full renders in jsdom take 2 s alone and
          // passed 5 s on a loaded 2-core machine (the XSS corpus under TZ=Asia/Kathmandu).
          testTimeout: 30_000,
        },
      },
      {
        // Tests of the built package: the CLI, the packed tarball in a consumer project.
        test: {
          name: "dist",
          environment: "node",
          include: ["tests/dist/**/*.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        // The packed tarball installed into throwaway projects (tests/consumer/setup.ts):
        // types, CommonJS, Node with the caller's own jsdom, Vite + Chromium, the README's code.
        test: {
          name: "consumer",
          environment: "node",
          include: ["tests/consumer/**/*.test.ts"],
          globalSetup: ["tests/consumer/setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
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

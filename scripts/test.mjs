// `npm test`: every layer of the suite.
//  0. lint (ESLint with type-checked rules, import cycles, folder order;
//     Prettier's check), then the type check of src and tests (vitest runs
//     tests without one);
//  1. unit (node) and dom (jsdom) tests under TZ=UTC;
//  2. the date-sensitive suites again under time zones that break naive code
//     (CI runs the whole matrix; locally the first two zones keep it quick);
//  3. build, then the tests of the built package (CLI, packed tarball);
//  4. the consumer layer: the packed tarball installed into throwaway
//     projects (types, CommonJS, Node, Vite + Chromium, the README's code);
//  5. the browser layer in real Chromium. Without a Chromium the
//     browser layer is skipped LOUDLY, and with CI=true that is a failure.
import { spawnSync } from "node:child_process";
import { findChromium } from "./chromium.mjs";

const ci = process.env.CI === "true" || process.env.CI === "1";
const extra = process.argv.slice(2);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(" ")} failed (${env.TZ ? `TZ=${env.TZ}` : ""})`);
    process.exit(result.status ?? 1);
  }
}

run("npm", ["run", "lint", "--silent"]);
run("npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);

const vitest = ["vitest", "run", "--reporter=dot"];
run("npx", [...vitest, "--project", "unit", "--project", "dom", ...extra], { TZ: "UTC" });

const zones = ["America/Los_Angeles", "Asia/Kathmandu", "Pacific/Kiritimati", "Australia/Lord_Howe"];
const dateSuites = ["tests/data", "tests/scale", "tests/render", "tests/layout", "tests/reliability", "tests/security"];
for (const zone of ci ? zones : zones.slice(0, 2)) {
  console.log(`\n— date-sensitive suites under TZ=${zone}`);
  run("npx", [...vitest, "--project", "unit", "--project", "dom", ...dateSuites], { TZ: zone });
}

run("npm", ["run", "build", "--silent"]);
run("npx", [...vitest, "--project", "dist", ...extra], { TZ: "UTC" });

const chromium = findChromium();
// Its pages need Chromium; without one they are skipped with the browser layer's warning below.
run("npx", [...vitest, "--project", "consumer", ...extra], {
  TZ: "UTC",
  ...(chromium ? { CHROMIUM_PATH: chromium } : {}),
});

if (!chromium) {
  const banner = "=".repeat(72);
  console.error(
    `\n${banner}\n  NO CHROMIUM FOUND: the browser layer (tests/browser) was NOT run.\n  Install Debian's package:  apt-get update && apt-get install -y chromium\n  or point CHROMIUM_PATH at a Chromium binary.\n${banner}\n`,
  );
  if (ci) {
    console.error("CI=true: a missing browser is a failure.");
    process.exit(1);
  }
  process.exit(0);
}

run("npx", [...vitest, "--project", "browser", ...extra], { CHROMIUM_PATH: chromium, TZ: "UTC" });

/**
 * Property-test run counts: bounded in `npm test`, long under `npm run fuzz`
 * (which sets FUZZ_RUNS). The seed stays fixed unless FUZZ_SEED is given, so
 * a failure in the suite reproduces exactly.
 */
export function runs(bounded: number): { numRuns: number; seed?: number } {
  const long = Number(process.env["FUZZ_RUNS"]);
  const seed = process.env["FUZZ_SEED"] === undefined ? undefined : Number(process.env["FUZZ_SEED"]);
  return { numRuns: long > 0 ? long : bounded, ...(seed === undefined ? {} : { seed }) };
}

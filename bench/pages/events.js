// The benchmark's one data set: seeded, so every library in every run and
// the Node side draw exactly the same events. Plain ESM without imports so
// both a page (<script type="module">) and Node can load it.

/** The four lanes every library gets, in this order. */
export const GROUPS = ["Politics", "Economy", "Diplomacy", "Courts"];

/** Two years from 2024-01-01 (UTC), the span the events fall in. */
export const SPAN_START = Date.UTC(2024, 0, 1);
export const SPAN_DAYS = 731;
const DAY = 86_400_000;

/**
 * A small, fast PRNG (xorshift32). Quality does not matter here, only that
 * the same seed gives the same sequence in Chromium and in Node.
 */
export function rng(seed) {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

/**
 * `n` events over two years at day precision, 30% of them ranges of 1–21
 * days, round-robin over four groups. Each is
 * `{ id, title, day, endDay, start, end, group }` where `day`/`endDay` are
 * ISO dates and `start`/`end` the same dates as UTC epoch ms (end exclusive
 * of nothing: it is the last day's midnight, as every peer reads it).
 */
export function syntheticEvents(n, seed = 20251202) {
  const random = rng(seed);
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const d = Math.floor(random() * SPAN_DAYS);
    const start = SPAN_START + d * DAY;
    const isRange = random() < 0.3;
    const end = isRange ? start + (1 + Math.floor(random() * 21)) * DAY : null;
    out[i] = {
      id: `e${i}`,
      title: `Event ${i + 1}: ${GROUPS[i % 4]} item`,
      day: new Date(start).toISOString().slice(0, 10),
      endDay: end === null ? null : new Date(end).toISOString().slice(0, 10),
      start,
      end,
      group: GROUPS[i % 4],
    };
  }
  return out;
}

/**
 * Sorting many events by numeric keys. `Array.prototype.sort` with a
 * comparator calls back into JavaScript about n·log2(n) times, 1.7 million
 * calls for 100,000 events; a radix sort on the keys' bits touches each key a
 * few times and calls the comparator only inside runs of equal keys.
 */

// Radix digits are a byte: eight passes cover a float64, and a pass whose
// digit is the same for every key (the sign and exponent of dates in one
// era, the zero low bits of whole days) is skipped. Wider digits need fewer
// passes but clear and sum far more counters, which costs most on a page's
// first render, when this code runs unoptimized.
const BITS = 8;
const MASK = (1 << BITS) - 1;
const PASSES = 32 / BITS;

// Below this many keys the comparator sort wins: a page's first render runs
// this code once, unoptimized, and a loop over every key per pass costs more
// there than the comparator calls the built-in sort makes (measured at
// 10,000 events in Chromium: 70 ms against 25).
export const RADIX_FROM = 32_768;

// Typed arrays use the platform's byte order; the word holding a float64's
// sign and exponent is the second of its pair on little-endian machines.
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The indices 0…n−1 ordered by `keys[0]`, then `keys[1]`, …, then `tie(i, j)`
 * (a comparator of two indices), then by index, so the order is stable and
 * fully determined. Every key array must hold n numbers (NaN sorts last).
 *
 * @example
 * ```ts
 * sortedIndices([new Float64Array([3, 1, 2])], 3); // Int32Array [1, 2, 0]
 * ```
 */
export function sortedIndices(keys: readonly Float64Array[], n: number, tie?: (i: number, j: number) => number): Int32Array {
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;
  if (!LITTLE || n < RADIX_FROM) {
    const first = keys[0] ?? new Float64Array(n);
    // The first key decides most comparisons; NaN and later keys go the long way.
    const all = Array.from(order).sort((i, j) => {
      const a = first[i]!, b = first[j]!;
      return a < b ? -1 : a > b ? 1 : compareKeys(keys, i, j) || (tie ? tie(i, j) : 0) || i - j;
    });
    return Int32Array.from(all);
  }
  let spare = new Int32Array(n);
  const counts = new Int32Array(1 << BITS);
  const digits = new Uint8Array(n);
  // Least significant key first: each pass is stable, so earlier passes
  // order the ties of later ones.
  for (let k = keys.length - 1; k >= 0; k--) {
    const words = orderedWords(keys[k]!, n);
    for (let pass = 0; pass < 2 * PASSES; pass++) {
      const word = words[pass < PASSES ? 0 : 1]!, shift = (pass % PASSES) * BITS;
      counts.fill(0);
      for (let i = 0; i < n; i++) {
        const d = (word[i]! >>> shift) & MASK;
        digits[i] = d;
        counts[d]!++;
      }
      if (counts[digits[0]!] === n) continue;
      let sum = 0;
      for (let d = 0; d <= MASK; d++) {
        const c = counts[d]!;
        counts[d] = sum;
        sum += c;
      }
      for (let r = 0; r < n; r++) {
        const i = order[r]!;
        spare[counts[digits[i]!]!++] = i;
      }
      [order, spare] = [spare, order];
    }
  }
  if (tie) breakTies(order, keys, tie);
  return order;
}

/**
 * The float64 keys as two unsigned 32-bit words (low, high) whose unsigned
 * order is the numeric order: negative numbers have every bit flipped,
 * others only the sign bit.
 */
function orderedWords(key: Float64Array, n: number): [Uint32Array, Uint32Array] {
  const raw = new Uint32Array(key.buffer, key.byteOffset, 2 * n);
  const lo = new Uint32Array(n), hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = raw[2 * i + 1]!, l = raw[2 * i]!;
    if (key[i] !== key[i]) {
      // NaN of either sign sorts last.
      hi[i] = 0xffffffff;
      lo[i] = 0xffffffff;
    } else if (h & 0x80000000) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0;
      lo[i] = l;
    }
  }
  return [lo, hi];
}

function compareKeys(keys: readonly Float64Array[], i: number, j: number): number {
  for (const key of keys) {
    const a = key[i]!, b = key[j]!;
    if (a < b || (b !== b && a === a)) return -1;
    if (a > b || (a !== a && b === b)) return 1;
  }
  return 0;
}

/** Sorts each run of indices whose keys are all equal by `tie`, then index. */
function breakTies(order: Int32Array, keys: readonly Float64Array[], tie: (i: number, j: number) => number): void {
  const n = order.length;
  const byTie = (i: number, j: number): number => tie(i, j) || i - j;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && compareKeys(keys, order[start]!, order[end]!) === 0) end++;
    if (end - start > 16) order.set(Array.from(order.subarray(start, end)).sort(byTie), start);
    else {
      // Short runs, the common case, sort in place.
      for (let r = start + 1; r < end; r++) {
        const i = order[r]!;
        let q = r - 1;
        for (; q >= start && byTie(order[q]!, i) > 0; q--) order[q + 1] = order[q]!;
        order[q + 1] = i;
      }
    }
    start = end;
  }
}

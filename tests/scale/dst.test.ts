// Days around DST changes: a tick per local midnight, none lost, none doubled,
// in zones with hour and half-hour shifts, forwards and backwards.
import { describe, expect, test } from "vitest";
import { timeScale, zonedTicks } from "../../src/scale/time.js";

const localDay = (t: number, zone: string): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(t);
const localHour = (t: number, zone: string): string =>
  new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(t);

const cases: [zone: string, change: string][] = [
  ["America/New_York", "2025-03-09"],
  ["America/New_York", "2025-11-02"],
  ["Europe/Berlin", "2025-03-30"],
  ["Europe/Berlin", "2025-10-26"],
  ["Australia/Lord_Howe", "2025-04-06"], // half-hour shift
  ["Australia/Lord_Howe", "2025-10-05"],
  ["Asia/Kathmandu", "2025-06-01"], // no DST, odd offset
];

describe("axis ticks across DST changes", () => {
  for (const [zone, change] of cases) {
    test(`${zone} around ${change}`, () => {
      const mid = Date.parse(`${change}T12:00Z`);
      const x = timeScale([mid - 5 * 86_400_000, mid + 5 * 86_400_000], [0, 1100]);
      const ticks = zonedTicks(x, 10, zone).map((t) => t.t);
      const days = ticks.map((t) => localDay(t, zone));
      expect(new Set(days).size, "no day twice").toBe(days.length);
      for (const t of ticks) expect(localHour(t, zone)).toBe("00:00");
      // Consecutive ticks are consecutive calendar days: none lost.
      for (let i = 1; i < days.length; i++) {
        const gap = (Date.parse(`${days[i]}T00:00Z`) - Date.parse(`${days[i - 1]}T00:00Z`)) / 86_400_000;
        expect(gap, `${days[i - 1]} → ${days[i]}`).toBe(1);
      }
      expect(days.length).toBeGreaterThanOrEqual(9);
    });
  }
});

import { expect, test } from "vitest";
import { keyAction, step } from "../../src/interact/keyboard.js";
import { rescaleX, transformFor } from "../../src/scale/transform.js";
import { timeScale } from "../../src/scale/time.js";

test("keys map to actions; others are left to the page", () => {
  expect(keyAction({ key: "ArrowRight" })).toEqual({ type: "move", by: 1 });
  expect(keyAction({ key: "ArrowUp" })).toEqual({ type: "move", by: -1 });
  expect(keyAction({ key: "+" })).toEqual({ type: "zoom", factor: 2 });
  expect(keyAction({ key: "Escape" })).toEqual({ type: "close" });
  expect(keyAction({ key: "Tab" })).toBeNull();
  expect(keyAction({ key: "ArrowRight", ctrlKey: true })).toBeNull();
});

test("step clamps and starts at an end", () => {
  expect(step(-1, 1, 5)).toBe(0);
  expect(step(-1, -1, 5)).toBe(4);
  expect(step(4, 1, 5)).toBe(4);
  expect(step(0, -1, 5)).toBe(0);
  expect(step(0, 1, 0)).toBe(-1);
});

test("transformFor shows the requested span and stays in bounds", () => {
  const x0 = timeScale([Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)], [0, 1000]);
  const t = transformFor(x0, Date.UTC(2025, 5, 1), Date.UTC(2025, 6, 1), 1e6);
  const x = rescaleX(x0, t);
  expect(Math.abs(x(Date.UTC(2025, 5, 1)) - 0)).toBeLessThan(1);
  expect(Math.abs(x(Date.UTC(2025, 6, 1)) - 1000)).toBeLessThan(1);
  const clamped = transformFor(x0, Date.UTC(2025, 11, 30), Date.UTC(2026, 2, 1), 1e6);
  expect(rescaleX(x0, clamped).domain()[1]).toBeLessThanOrEqual(Date.UTC(2026, 0, 1) + 1);
  expect(transformFor(x0, 0, 1, 10).k).toBe(10);
});

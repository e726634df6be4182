/**
 * Keyboard model of the chart, as a pure mapping from keys to actions: the
 * chart is one tab stop, arrows move between events in time order.
 */

export type KeyAction =
  | { type: "move"; by: 1 | -1 }
  | { type: "edge"; to: "first" | "last" }
  | { type: "zoom"; factor: number }
  | { type: "open" }
  | { type: "close" };

/**
 * The action for a key, or null when the key is not the chart's (so the
 * page keeps it: Tab, letters, shortcuts with modifiers).
 *
 * @example
 * ```ts
 * keyAction({ key: "ArrowRight" }); // { type: "move", by: 1 }
 * ```
 */
export function keyAction(e: {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}): KeyAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case "ArrowRight":
    case "ArrowDown":
      return { type: "move", by: 1 };
    case "ArrowLeft":
    case "ArrowUp":
      return { type: "move", by: -1 };
    case "Home":
      return { type: "edge", to: "first" };
    case "End":
      return { type: "edge", to: "last" };
    case "+":
    case "=":
      return { type: "zoom", factor: 2 };
    case "-":
    case "_":
      return { type: "zoom", factor: 0.5 };
    case "Enter":
    case " ":
      return { type: "open" };
    case "Escape":
      return { type: "close" };
    default:
      return null;
  }
}

/** Next position in a list of `length` after moving `by` from `current` (-1: nothing yet), clamped. */
export function step(current: number, by: 1 | -1, length: number): number {
  if (length === 0) return -1;
  if (current < 0) return by > 0 ? 0 : length - 1;
  return Math.min(length - 1, Math.max(0, current + by));
}

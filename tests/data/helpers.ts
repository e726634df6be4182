import type { Diagnostic } from "../../src/data/types.js";

/** Freezes a value and everything in it, so a test fails if code mutates input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

export const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => d.code);
export const find = (diagnostics: Diagnostic[], code: string): Diagnostic[] => diagnostics.filter((d) => d.code === code);

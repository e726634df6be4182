import { normalizeSteps, type NormalizeOptions, type NormalizeResult } from "./normalize.js";
import { nextTask } from "./tasks.js";
import type { Timeline, TimelineInput } from "./types.js";

/** Work between two turns of the page (ms). */
const SLICE_MS = 5;

/**
 * `normalize` in steps of about 5 ms, yielding to the page between
 * them, for data large enough that one call would hold the main thread
 * (10,000 events take 30 ms or more): input and output are the same as
 * `normalize`'s, and so are the options and their errors (a rejected
 * promise instead of a throw).
 *
 * @example
 * ```ts
 * import { normalizeAsync, timeline } from "citeline";
 *
 * const input = await (await fetch("events.json")).json();
 * const { timeline: data } = await normalizeAsync(input);
 * document.body.append(timeline(data));
 * ```
 */
export async function normalizeAsync(
  input: TimelineInput | Timeline,
  options: NormalizeOptions = {},
): Promise<NormalizeResult> {
  const steps = normalizeSteps(input, options);
  for (let t = performance.now(), step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() - t > SLICE_MS) {
      await nextTask();
      t = performance.now();
    }
  }
}

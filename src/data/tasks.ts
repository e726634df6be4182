/**
 * Giving the page a turn in the middle of long work: whatever waits
 * (input, a frame to paint) runs before the work goes on.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a later task: through `scheduler.yield()` where the browser
 * has it (the work then resumes ahead of tasks queued meanwhile, as one
 * job), else a zero timeout. Read at call time, never at import, so that
 * importing in Node or a worker touches no global.
 *
 * @example
 * ```ts
 * for (const chunk of chunks) {
 *   work(chunk);
 *   await nextTask();
 * }
 * ```
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

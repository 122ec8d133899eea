/** Waiting in the browser tests: one pause, and one loop that reads until something shows or a deadline passes. */

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Reads every `everyMs` until `done` holds for what was read, and returns that; past the deadline, throws
 * `failure(last)`. For what the browser will show after an event the test caused (a render, a badge, a stop).
 */
export async function pollFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  failure: (last: T) => string,
  { timeoutMs = 5_000, everyMs = 25 }: { timeoutMs?: number; everyMs?: number } = {},
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await read();
  while (!done(last)) {
    if (Date.now() > end) throw new Error(failure(last));
    await sleep(everyMs);
    last = await read();
  }
  return last;
}

import { describe, expect, it } from 'vitest';
import { createTabQueue } from '../../../lib/background/tab-queue';

/** A promise the test resolves by hand: "storage answered", at the moment the test chooses. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open: () => open() };
}

describe('createTabQueue', () => {
  it('runs one tab’s work in order even when an earlier step is slower', async () => {
    const enqueue = createTabQueue();
    const done: string[] = [];
    const slow = gate();
    const first = enqueue(1, async () => {
      await slow.opened;
      done.push('first');
    });
    const second = enqueue(1, async () => {
      done.push('second');
    });
    await Promise.resolve();
    expect(done).toEqual([]);
    slow.open();
    await Promise.all([first, second]);
    expect(done).toEqual(['first', 'second']);
  });

  it('does not make another tab wait, and keeps going after a failure', async () => {
    const errors: unknown[] = [];
    const enqueue = createTabQueue((e) => errors.push(e));
    const done: string[] = [];
    const storage = gate();
    const failing = enqueue(1, async () => {
      await storage.opened;
      throw new Error('storage gone');
    });
    await enqueue(2, async () => {
      done.push('tab 2');
    });
    expect(done).toEqual(['tab 2']);
    const after = enqueue(1, async () => {
      done.push('tab 1 after the failure');
    });
    storage.open();
    await failing;
    await after;
    expect(done).toEqual(['tab 2', 'tab 1 after the failure']);
    expect(errors).toHaveLength(1);
  });
});

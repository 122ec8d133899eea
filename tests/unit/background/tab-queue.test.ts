import { describe, expect, it } from 'vitest';
import { createTabQueue } from '../../../lib/background/tab-queue';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createTabQueue', () => {
  it('runs one tab’s work in order even when an earlier step is slower', async () => {
    const enqueue = createTabQueue();
    const done: string[] = [];
    enqueue(1, async () => {
      await tick(20);
      done.push('first');
    });
    enqueue(1, async () => {
      done.push('second');
    });
    await tick(40);
    expect(done).toEqual(['first', 'second']);
  });

  it('does not make another tab wait, and keeps going after a failure', async () => {
    const errors: unknown[] = [];
    const enqueue = createTabQueue((e) => errors.push(e));
    const done: string[] = [];
    enqueue(1, async () => {
      await tick(30);
      throw new Error('storage gone');
    });
    enqueue(2, async () => {
      done.push('tab 2');
    });
    enqueue(1, async () => {
      done.push('tab 1 after the failure');
    });
    await tick(10);
    expect(done).toEqual(['tab 2']);
    await tick(40);
    expect(done).toEqual(['tab 2', 'tab 1 after the failure']);
    expect(errors).toHaveLength(1);
  });
});

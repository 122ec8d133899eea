/**
 * One promise chain per tab. The background reads and writes per-tab storage in response to messages
 * that can arrive faster than storage answers; chaining per tab keeps an older update from landing after
 * a newer one, while different tabs never wait for each other.
 */
export type Enqueue = (tabId: number, work: () => Promise<void>) => Promise<void>;

/** The returned promise settles when this piece of work is done; it never rejects (failures go to `onError`). */
export function createTabQueue(onError: (error: unknown) => void = () => undefined): Enqueue {
  const queues = new Map<number, Promise<void>>();
  return (tabId, work) => {
    const next = (queues.get(tabId) ?? Promise.resolve()).then(work).catch(onError);
    queues.set(tabId, next);
    void next.then(() => {
      if (queues.get(tabId) === next) queues.delete(tabId);
    });
    return next;
  };
}

/**
 * Run `work` over `items` with at most `limit` running at once. The first failure stops the rest:
 * `stop` is aborted (so requests in flight end), no new item starts, and that failure is rethrown
 * only after every worker has settled, so nothing keeps running behind the caller's back.
 */
export async function runPool<T, R>(
  items: readonly T[],
  limit: number,
  stop: AbortController,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let firstError: { error: unknown } | null = null;
  const worker = async (): Promise<void> => {
    while (firstError === null && !stop.signal.aborted && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index]!, index);
      } catch (error) {
        if (firstError === null) {
          firstError = { error };
          stop.abort(error);
        }
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
  await Promise.all(workers);
  if (firstError !== null) throw (firstError as { error: unknown }).error;
  return results;
}

/**
 * netlab's one worker pool: runs `work` over the items, at most `size` at a time, each item once and
 * started in the items' order; the results come in the items' order. `stop` is asked before each
 * next item is started: once it says true, the items not yet started are left out (no result).
 */
export async function inPool<T, R>(items: readonly T[], size: number, work: (item: T, index: number) => Promise<R>, stop: () => boolean = () => false): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length && !stop()) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, lane));
  return results;
}

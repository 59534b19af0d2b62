/** One of N equal parts of a class: `--shard 2/3` is { index: 2, count: 3 } (1-based, as typed). */
export interface Shard {
  index: number;
  count: number;
}

/** "I/N" with 1 <= I <= N; undefined for anything else. */
export function parseShard(raw: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(raw.trim());
  if (!match) return undefined;
  const [index, count] = [Number(match[1]), Number(match[2])];
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}

/** Names in code-unit order: the same on every machine and locale (a shell glob's order is not). */
export const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The I-th of N contiguous, equal parts (sizes differ by one at most) of the items sorted by name.
 * Contiguous, not round-robin: shards 1..N merged in order give the rows in the sorted order, the
 * order a single run over the sorted list writes them in, so the merged gradebook is that run's.
 */
export function shardOf<T>(items: readonly T[], shard: Shard, nameOf: (item: T) => string): T[] {
  const sorted = [...items].sort((a, b) => byName(nameOf(a), nameOf(b)));
  const start = Math.floor(((shard.index - 1) * sorted.length) / shard.count);
  const end = Math.floor((shard.index * sorted.length) / shard.count);
  return sorted.slice(start, end);
}

/** How many parts of at most `size` a class of `length` needs (at least one). */
export const partsOf = (length: number, size: number): number => Math.max(1, Math.ceil(length / size));

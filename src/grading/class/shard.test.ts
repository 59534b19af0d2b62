import { parseShard, partsOf, shardOf } from "./shard";

describe("shards of a class", () => {
  test("--shard I/N reads 1 <= I <= N and refuses the rest", () => {
    expect(parseShard("2/3")).toEqual({ index: 2, count: 3 });
    expect(parseShard(" 1/1 ")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/3", "4/3", "3", "1/0", "a/b", "1/2/3", "-1/2", "1.5/3", ""]) expect([bad, parseShard(bad)]).toEqual([bad, undefined]);
  });

  test("N shards are contiguous parts of the sorted names, sizes differ by one at most, every name once", () => {
    const names = ["k", "b", "a", "j", "c", "i", "d", "h", "e", "g", "f"];
    for (const count of [1, 2, 3, 4, 11, 13]) {
      const parts = Array.from({ length: count }, (_, i) => shardOf(names, { index: i + 1, count }, (n) => n));
      expect(parts.flat()).toEqual([...names].sort());
      const sizes = parts.map((p) => p.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
    expect(shardOf(names, { index: 1, count: 3 }, (n) => n)).toEqual(["a", "b", "c"]);
  });

  test("the order is the same in every locale: code units, not a collation", () => {
    expect(shardOf(["b", "B", "a", "Z"], { index: 1, count: 1 }, (n) => n)).toEqual(["B", "Z", "a", "b"]);
  });

  test("parts of at most 254: 1 for an empty or small class, 2 from 255", () => {
    expect([0, 1, 254, 255, 508, 509, 2000].map((n) => partsOf(n, 254))).toEqual([1, 1, 1, 2, 2, 3, 8]);
  });
});

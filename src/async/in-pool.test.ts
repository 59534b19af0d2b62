import { inPool } from "./in-pool";

/** A task that ends when told to, recording when it starts and ends. */
function gate(log: string[], name: string) {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, run: async () => (log.push(`start ${name}`), await opened, log.push(`end ${name}`), name.toUpperCase()) };
}

describe("inPool (the one worker pool)", () => {
  test("at most size at once, started in order, results in the items' order", async () => {
    const log: string[] = [];
    const gates = ["a", "b", "c"].map((n) => gate(log, n));
    const pooled = inPool(gates, 2, (g) => g.run());
    await new Promise((r) => setImmediate(r));
    expect(log).toEqual(["start a", "start b"]);
    gates[1]?.open();
    await new Promise((r) => setImmediate(r));
    expect(log).toEqual(["start a", "start b", "end b", "start c"]);
    gates[2]?.open();
    gates[0]?.open();
    expect(await pooled).toEqual(["A", "B", "C"]);
  });

  test("stop leaves out what has not started; what runs finishes", async () => {
    const seen: number[] = [];
    const results = await inPool([1, 2, 3, 4], 1, async (n) => (seen.push(n), n * 10), () => seen.includes(2));
    expect(seen).toEqual([1, 2]);
    expect(results).toEqual([10, 20, undefined, undefined]);
  });

  test("a size below one still runs everything, one at a time; no items, no work", async () => {
    expect(await inPool([1, 2], 0, async (n) => n)).toEqual([1, 2]);
    expect(await inPool([], 3, async (n) => n)).toEqual([]);
  });
});

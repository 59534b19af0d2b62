import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { withMachineLock } from "./build-lock";

const name = `netlab-lock-test-${process.pid}`;
const dir = path.join(os.tmpdir(), `${name}.lock`);
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("withMachineLock: one holder at a time on this machine", () => {
  test("work under the same lock runs one after the other, never overlapping", async () => {
    const log: string[] = [];
    const job = (id: string) => withMachineLock(name, async () => {
      log.push(`${id} in`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      log.push(`${id} out`);
    });
    await Promise.all([job("a"), job("b"), job("c")]);
    for (let i = 0; i < log.length; i += 2) expect(log[i + 1]).toBe(log[i]?.replace(" in", " out"));
    expect(fs.existsSync(dir)).toBe(false);
  });

  test("a lock left by a dead process is taken over at once", async () => {
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "pid"), "2147483646");
    const started = Date.now();
    await withMachineLock(name, async () => undefined, 5_000);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test("a lock held too long does not hang the caller: the work runs after the wait", async () => {
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "pid"), String(process.pid));
    let ran = false;
    await withMachineLock(name, async () => void (ran = true), 300);
    expect(ran).toBe(true);
    expect(fs.existsSync(dir)).toBe(true); // not ours: left for its owner
  });
});

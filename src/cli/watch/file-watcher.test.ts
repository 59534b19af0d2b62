import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FileWatcher, isWslMount, type FallbackReason } from "./file-watcher";

const until = async (done: () => boolean, timeoutMs = 3000) => {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  return done();
};

describe("watching the exercise file", () => {
  let dir: string;
  let file: string;
  const watchers: FileWatcher[] = [];
  const watch = (...args: ConstructorParameters<typeof FileWatcher>) => {
    const w = new FileWatcher(...args);
    watchers.push(w);
    return w;
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-watch-"));
    file = path.join(dir, "link.ts");
    fs.writeFileSync(file, "stub");
  });
  afterEach(() => {
    for (const w of watchers.splice(0)) w.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("a save is seen through change events, once, within a moment", async () => {
    let changes = 0;
    const w = watch(file, () => changes++);
    await new Promise((r) => setTimeout(r, 50));
    const saved = Date.now();
    fs.writeFileSync(file, "solution");
    expect(await until(() => changes > 0)).toBe(true);
    expect(Date.now() - saved).toBeLessThan(500);
    await new Promise((r) => setTimeout(r, 300));
    expect(changes).toBe(1);
    expect(w.mode).toBe("events");
  });

  test("an editor that saves by renaming a new file over the old one is seen too", async () => {
    let changes = 0;
    watch(file, () => changes++);
    await new Promise((r) => setTimeout(r, 50));
    fs.writeFileSync(`${file}.swp`, "solution, longer");
    fs.renameSync(`${file}.swp`, file);
    expect(await until(() => changes > 0)).toBe(true);
  });

  test("--poll sees a save without change events", async () => {
    let changes = 0;
    const w = watch(file, () => changes++, { poll: true, pollMs: 50 });
    fs.writeFileSync(file, "solution");
    expect(await until(() => changes > 0, 1000)).toBe(true);
    expect(w.mode).toBe("poll");
  });

  test("where events do not arrive, the first save turns the watcher to polling by itself, and is not lost", async () => {
    let changes = 0;
    const reasons: FallbackReason[] = [];
    const w = watch(file, () => changes++, { events: false, verifyMs: 100, pollMs: 50, onFallback: (r) => reasons.push(r) });
    fs.writeFileSync(file, "solution");
    expect(await until(() => changes > 0, 2000)).toBe(true);
    expect(reasons).toEqual([{ why: "no-events" }]);
    expect(w.mode).toBe("poll");
    fs.writeFileSync(file, "solution, edited");
    expect(await until(() => changes > 1, 1000)).toBe(true);
  });

  test("a Windows drive under /mnt in WSL2 is polled from the start", () => {
    const proc = path.join(dir, "version");
    fs.writeFileSync(proc, "Linux version 5.15.90.1-microsoft-standard-WSL2");
    expect(isWslMount("/mnt/c/Users/me/netlab/exercises/ch3/link.ts", proc)).toBe(process.platform === "linux");
    expect(isWslMount("/home/me/netlab/exercises/ch3/link.ts", proc)).toBe(false);
  });
});

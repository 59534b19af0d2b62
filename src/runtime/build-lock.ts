import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isAlive } from "../process/process-alive";

/**
 * Runs `work` while holding a lock shared by every process on this machine (an atomic mkdir in the
 * temp folder). Used so that runs starting together (the selftest's steps, `grade --jobs 2`) build
 * the lab image once instead of each building its own and leaving the losers' images dangling.
 * A lock whose owner died is taken over; after `waitMs` the work runs anyway (a lock is an
 * optimisation here, never a reason to hang).
 */
export async function withMachineLock<T>(name: string, work: () => Promise<T>, waitMs = 120_000): Promise<T> {
  const dir = path.join(os.tmpdir(), `${name}.lock`);
  const owned = await acquire(dir, Date.now() + waitMs);
  try {
    return await work();
  } finally {
    if (owned) fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function acquire(dir: string, deadline: number): Promise<boolean> {
  for (;;) {
    try {
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, "pid"), String(process.pid));
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") return false;
    }
    if (isStale(dir)) {
      fs.rmSync(dir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The owner is gone, or never wrote its pid and the lock is older than a build can take. */
function isStale(dir: string): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(dir, "pid"), "utf8"));
    if (pid > 0) return !isAlive(pid);
  } catch {
    // no pid yet: the owner may be between mkdir and write
  }
  try {
    return Date.now() - fs.statSync(dir).mtimeMs > 60_000;
  } catch {
    return false;
  }
}

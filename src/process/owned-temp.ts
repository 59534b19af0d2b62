import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isAlive } from "./process-alive";

/** In a folder its owner was asked to keep (`netlab grade --keep`): no sweep removes it. */
const KEPT = ".netlab-keep";

/**
 * Temporary files and folders named after the process that owns them: PREFIX<pid>-<rest>. A process
 * that ends removes its own; one killed with SIGKILL cannot, and the next netlab process that makes
 * the same kind removes those whose owner is gone (`sweepDeadOwners`).
 */
export function ownedTempDir(prefix: string, options: { keep?: boolean; dir?: string } = {}): string {
  const folder = fs.mkdtempSync(path.join(options.dir ?? os.tmpdir(), `${prefix}${process.pid}-`));
  if (options.keep) fs.writeFileSync(path.join(folder, KEPT), "kept on request: no netlab sweep removes it\n");
  return folder;
}

/** The path of a temporary file of this process: PREFIX<pid>-NAME. */
export function ownedTempPath(prefix: string, name: string, dir = os.tmpdir()): string {
  return path.join(dir, `${prefix}${process.pid}-${name}`);
}

/**
 * Removes PREFIX<pid>-* whose process is gone, except folders kept on request. A name that carries no
 * pid (an older netlab's) is left alone: nothing says whose it is. A pid taken again by a new process
 * keeps the old one's files until that one ends too. Returns what it removed.
 */
export function sweepDeadOwners(prefix: string, dir = os.tmpdir(), alive = isAlive): string[] {
  const removed: string[] = [];
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    const pid = /^(\d+)-./.exec(entry.slice(prefix.length))?.[1];
    if (pid === undefined || Number(pid) === process.pid || alive(Number(pid))) continue;
    const target = path.join(dir, entry);
    if (fs.existsSync(path.join(target, KEPT))) continue;
    try {
      fs.rmSync(target, { recursive: true, force: true });
      removed.push(target);
    } catch {
      // Removed by another sweep at the same moment, or not ours to remove: left as it is.
    }
  }
  return removed;
}

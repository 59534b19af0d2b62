import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isAlive } from "../runtime/process-alive";

const PREFIX = "netlab-grade-";
/** In a scratch folder the instructor asked to keep (`--keep`): no later grader removes it. */
const KEPT = ".netlab-keep";

/**
 * A batch's scratch folder (the submissions' staged copies), named after the grader's process:
 * netlab-grade-<pid>-XXXXXX. A grader that ends removes its own; one killed with SIGKILL cannot, and
 * the next grader on this machine removes it (`sweepDeadGraderScratch`).
 */
export function makeGradeScratch(keep: boolean, dir = os.tmpdir()): string {
  const scratch = fs.mkdtempSync(path.join(dir, `${PREFIX}${process.pid}-`));
  if (keep) fs.writeFileSync(path.join(scratch, KEPT), "kept by netlab grade --keep\n");
  return scratch;
}

/**
 * Removes the scratch folders of graders that are gone and did not ask to keep them. A folder whose
 * name carries no pid (an older netlab's) is left alone: nothing says whose it is. Returns the removed.
 */
export function sweepDeadGraderScratch(dir = os.tmpdir(), alive = isAlive): string[] {
  const removed: string[] = [];
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const entry of entries) {
    const pid = new RegExp(`^${PREFIX}(\\d+)-[^/]+$`).exec(entry)?.[1];
    if (pid === undefined || Number(pid) === process.pid || alive(Number(pid))) continue;
    const folder = path.join(dir, entry);
    if (fs.existsSync(path.join(folder, KEPT))) continue;
    try {
      fs.rmSync(folder, { recursive: true, force: true });
      removed.push(folder);
    } catch {
      // Another grader removing it at the same moment, or not ours to remove: left as it is.
    }
  }
  return removed;
}

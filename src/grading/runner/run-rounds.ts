import type { FileResult } from "../../jest-run/events";
import { runJest, type JestRunRequest } from "./run-jest";
import { isStopping } from "./stop-signal";

/** Why a test file has no report: it ran past its deadline, or its process ended under it. */
export type FileFault = "timeout" | "ended";

export interface RoundsOutcome {
  reports: Map<string, FileResult>;
  faults: Map<string, FileFault>;
  /** Set when jest itself could not run (no test file ever started): the grader's problem, not the submission's. */
  graderError?: string;
  /** The jest runs used: their owner pids and run ids (every resource they made is removed). */
  runs: Array<{ pid?: number; runId?: string }>;
}

const MAX_ATTEMPTS = 3;

/**
 * Runs test files until each has a report or a fault. A file that times out is stopped by killing
 * its whole run; the files that were running beside it did nothing wrong and run again in the next
 * round. Each round removes at least one file, so the whole is bounded.
 */
export async function runRounds(base: Omit<JestRunRequest, "files">, files: string[]): Promise<RoundsOutcome> {
  const reports = new Map<string, FileResult>();
  const faults = new Map<string, FileFault>();
  const runs: RoundsOutcome["runs"] = [];
  const attempts = new Map<string, number>();
  let pending = [...files];
  let failedStarts = 0;
  while (pending.length > 0) {
    if (isStopping()) return { reports, faults, runs, graderError: "grading was interrupted" };
    const out = await runJest({ ...base, files: pending });
    runs.push({ pid: out.pid, runId: out.runId });
    if (isStopping()) return { reports, faults, runs, graderError: "grading was interrupted" };
    for (const [file, report] of out.reports) reports.set(file, report);
    for (const file of out.timedOut) faults.set(file, "timeout");
    if (!out.startedAny && out.reports.size === 0) {
      failedStarts += 1;
      if (failedStarts >= 2) return { reports, faults, runs, graderError: `jest exited with ${out.exitCode ?? "a signal"} before running any test file:\n${out.output.trim()}` };
      continue;
    }
    const next: string[] = [];
    for (const file of pending) {
      if (reports.has(file) || faults.has(file)) continue;
      const tries = (attempts.get(file) ?? 0) + 1;
      attempts.set(file, tries);
      // Interrupted beside a file that timed out, or never reached: run it again.
      if (tries < MAX_ATTEMPTS && (out.killed || !out.unfinished.includes(file))) next.push(file);
      else faults.set(file, "ended");
    }
    pending = next;
  }
  return { reports, faults, runs };
}

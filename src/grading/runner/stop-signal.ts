import { killGroup } from "../../jest-run/kill-group";

/**
 * The jest runs of this grader that are still going (their process groups), and whether grading is
 * being stopped. Light on purpose: the CLI's signal handler uses it without loading the engine code.
 */
const live = new Set<number>();
let stopping = false;

export function trackRun(pid: number): void {
  live.add(pid);
}

export function untrackRun(pid: number): void {
  live.delete(pid);
}

/** Kills every jest run still going and starts no new one (the grader is being interrupted). */
export function stopAllRuns(): void {
  stopping = true;
  for (const pid of live) killGroup(pid);
}

export function isStopping(): boolean {
  return stopping;
}

/** What the grader knows of one test file of a jest run, from the grading events. */
export interface FileClock {
  /** jest handed the file to a worker (the reporter's onTestFileStart). */
  startedAt: number;
  /** The file's code was loaded and its first hook was about to run (the grading guard's beforeAll). */
  readyAt?: number;
  /** The file reported its result. */
  done: boolean;
}

/**
 * How long a file may take to load before its tests begin, in multiples of the file timeout. Loading
 * is jest's and netlab's work (compiling, requiring testcontainers), which on a loaded 2-core machine
 * can take a good share of the timeout; counting it against the learner's time let the file bound
 * overtake the exercise's own, kinder bound. An endless loop at import time still ends, just later.
 */
export const LOAD_BOUND_FACTOR = 2;

/**
 * Files past their deadline at `now`: `timeoutMs` after their tests began, or, for a file still
 * loading, `LOAD_BOUND_FACTOR` times that after jest started it. `marginMs` takes files that are that
 * close to their deadline too, so that files stuck on one shared cause go in one kill.
 */
export function overdueFiles(clocks: Map<string, FileClock>, now: number, timeoutMs: number, marginMs = 0): string[] {
  return [...clocks]
    .filter(([, c]) => !c.done && now - (c.readyAt ?? c.startedAt) > (c.readyAt === undefined ? LOAD_BOUND_FACTOR * timeoutMs : timeoutMs) - marginMs)
    .map(([file]) => file);
}

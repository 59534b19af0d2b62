import fs from "node:fs";
import type { FailureFacts, KeyedMessage } from "../messages/facts";

export type { FailureFacts, KeyedMessage };

/** The environment variable that names a run's events file (reporter.js, tests-begin.ts and the loop guard append to it). */
export const EVENTS_ENV = "NETLAB_JEST_EVENTS";

/** One failure of a test: its text (for display only), its facts when netlab raised it, the learner's frames. */
interface Failure {
  text: string;
  facts?: FailureFacts;
  frames: string[];
}

/** One test as it ended. */
export interface TestResult {
  ancestorTitles: string[];
  title: string;
  /** jest's status: passed, failed, pending, skipped, todo, disabled. */
  status: string;
  durationMs: number;
  failures: Failure[];
}

/** One finished test file. */
export interface FileResult {
  file: string;
  /** Set when the file could not run at all (its import threw, its worker died). */
  execError?: string;
  tests: TestResult[];
}

/** What a jest run says as it goes, in order. `at` is the writer's clock (ms since the epoch). */
export type RunEvent =
  /** After jest's global setup: the run id it chose labels every resource of the run. */
  | { type: "run"; runId?: string; pid: number; at: number }
  /** jest handed a test file to a worker. */
  | { type: "fileStart"; file: string; at: number }
  /** The file's code is loaded and its first hook is about to run (tests-begin.ts). */
  | { type: "testsBegin"; file: string; at: number }
  | { type: "test"; file: string; test: TestResult; at: number }
  | ({ type: "fileDone"; at: number } & FileResult)
  /** The loop guard stopped the process: learner code blocked it (written just before the kill). */
  | { type: "blocked"; message: KeyedMessage; at: number };

/** Reads the events a jest run has appended since the last call (whole lines only). */
export class EventTail {
  private offset = 0;
  private partial = "";

  constructor(private readonly file: string) {}

  read(): RunEvent[] {
    let text: string;
    try {
      const fd = fs.openSync(this.file, "r");
      try {
        const size = fs.fstatSync(fd).size;
        if (size <= this.offset) return [];
        const buffer = Buffer.alloc(size - this.offset);
        fs.readSync(fd, buffer, 0, buffer.length, this.offset);
        this.offset = size;
        text = this.partial + buffer.toString("utf8");
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      return [];
    }
    const lines = text.split("\n");
    this.partial = lines.pop() ?? "";
    return lines.filter((l) => l.trim()).flatMap((l) => {
      try {
        return [JSON.parse(l) as RunEvent];
      } catch {
        return [];
      }
    });
  }
}

/** The file results of a finished run's events, by file. */
export function fileResults(events: RunEvent[]): Map<string, FileResult> {
  const results = new Map<string, FileResult>();
  for (const e of events) if (e.type === "fileDone") results.set(e.file, { file: e.file, execError: e.execError, tests: e.tests });
  return results;
}

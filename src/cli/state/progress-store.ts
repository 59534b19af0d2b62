import type { FailureFacts } from "../../jest-run/events";
import fs from "node:fs";
import path from "node:path";
import { t } from "../../messages/translate";
import { EXIT, ExitError } from "../command";

/** What one check of an exercise saw: the failed tests and their teaching messages. */
export interface LastCheck {
  at: string;
  passed: number;
  total: number;
  /** How many tests the file has (skipped ones included): the next check knows when it has seen them all. */
  cases?: number;
  /** What failed: the test, the text the learner read, and what netlab knew of it (the hints read that). */
  failures: Array<{ test: string; message: string; facts?: FailureFacts }>;
  /** The checks this engine could not show (n/a), each with why: `hint` repeats them. */
  notShown?: string[];
}

/** One exercise's line in the state file. */
interface ExerciseState {
  /** n/a: this engine cannot show any of its checks (all skipped with a reason): neither done nor to do. */
  status: "done" | "pending" | "n/a";
  /** How many of its hints the learner has seen (`netlab hint` shows the next one). */
  hints?: number;
  lastCheck?: LastCheck;
}

export interface Progress {
  version: 1;
  exercises: Record<string, ExerciseState>;
}

/** The plain state file in the project (git-ignored): done/pending per exercise, hints seen, last check. */
export const PROGRESS_FILE = path.join(".netlab", "progress.json");

export function progressPath(root: string): string {
  return path.join(root, PROGRESS_FILE);
}

export function loadProgress(root: string): Progress {
  const file = progressPath(root);
  if (!fs.existsSync(file)) return { version: 1, exercises: {} };
  try {
    const raw = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Progress>;
    if (raw.version !== 1 || typeof raw.exercises !== "object" || raw.exercises === null) throw new Error("unknown format");
    return { version: 1, exercises: raw.exercises };
  } catch (err) {
    throw new ExitError(EXIT.failed, t("cliStateUnreadable", { file: PROGRESS_FILE, cause: err instanceof Error ? err.message : String(err) }));
  }
}

/** Writes the whole file at once (a temporary file renamed over it): never half a file. */
function saveProgress(root: string, progress: Progress): void {
  const file = progressPath(root);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(progress, null, 2)}\n`);
  fs.renameSync(temporary, file);
}

/** Read, change, write: the state file is re-read each time, so that two commands do not undo each other. */
export function updateProgress(root: string, change: (progress: Progress) => void): Progress {
  const progress = loadProgress(root);
  change(progress);
  saveProgress(root, progress);
  return progress;
}

export function isDone(progress: Progress, id: string): boolean {
  return progress.exercises[id]?.status === "done";
}

/** Nothing left to do here: done, or not shown by this engine at all. */
export function isSettled(progress: Progress, id: string): boolean {
  return isDone(progress, id) || progress.exercises[id]?.status === "n/a";
}

/** Records a check's outcome: done when every test passed, n/a when every test was n/a, pending otherwise. */
export function recordCheck(root: string, id: string, check: LastCheck): Progress {
  return updateProgress(root, (p) => {
    const previous = p.exercises[id] ?? { status: "pending" };
    const notShown = check.total === 0 && (check.cases ?? 0) > 0 && check.failures.length === 0;
    p.exercises[id] = { ...previous, status: check.total > 0 && check.passed === check.total ? "done" : notShown ? "n/a" : "pending", lastCheck: check };
  });
}

/** Forgets an exercise: not done, no hints seen, no last check. */
export function clearExercise(root: string, id: string): void {
  updateProgress(root, (p) => {
    delete p.exercises[id];
  });
}

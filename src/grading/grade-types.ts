import type { Exercise } from "../course/catalogue";
import type { PlannedTest } from "./test-plan";

/** How one test went for one submission. */
export interface TestGrade {
  test: PlannedTest;
  /** skipped: the check cannot run on this engine; it does not count. */
  status: "passed" | "failed" | "skipped";
  score: number;
  maxScore: number;
  /** The teaching message (empty when it passed), cleaned for the learner. */
  message: string;
  durationMs: number;
}

export interface ExerciseGrade {
  exercise: Exercise;
  score: number;
  maxScore: number;
  tests: TestGrade[];
  /** Why the exercise scored 0 without running (missing file, forbidden import, syntax error). */
  blocked?: string;
}

export interface SubmissionGrade {
  /** The submission folder's name: its row in gradebook.csv and its folder in --out. */
  name: string;
  path: string;
  /** False when the grader itself failed (not the submission): no score is given. */
  graded: boolean;
  error?: string;
  /** Not graded because the engine got stuck under it (its failures were the engine's): the batch stops. */
  engineStuck?: boolean;
  score: number;
  maxScore: number;
  exercises: ExerciseGrade[];
  /** What the learner should know that costs nothing (extra files). */
  notes: string[];
  ms: number;
  /** The jest runs used (owner pid and run id), all removed from the engine afterwards. */
  runs: Array<{ pid?: number; runId?: string }>;
}

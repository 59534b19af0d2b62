import type { Exercise } from "../course/catalogue";
import type { EngineNeed } from "../runtime/engine-profile";

/** One test the grader expects to see, known before anything runs. */
export interface PlannedTest {
  /** Matches the test in jest's report: file, describe titles, title, and which occurrence. */
  key: string;
  /** Absolute path of the test file. */
  file: string;
  /** What people read: "test/ch3/link.test.ts", or "hidden/ch3/link.test.ts" for an instructor-only test. */
  shownFile: string;
  exercise: string;
  ancestorTitles: string[];
  title: string;
  /** From --extra-tests: graded, never shipped. */
  hidden: boolean;
  /** What the engine must show for it to count (testNeeding): decided by the grader's own engine profile. */
  needs: EngineNeed[];
}

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

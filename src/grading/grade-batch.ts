import fs from "node:fs";
import path from "node:path";
import { loadProjectCatalogue } from "../course/catalogue";
import { t } from "../messages/translate";
import { gradebookHeader, mergeGradebook, parseCsv, toGradebookCsv } from "../report/gradebook-csv";
import type { Visibility } from "../report/results-json";
import { writeReports } from "../report/write-reports";
import { ensureLabImage } from "../runtime/lab-image";
import { PROFILE_ENV } from "../runtime/engine-profile";
import { ensureSandboxImage } from "../runtime/sandbox-image";
import { engineProfile } from "../runtime/read-engine-profile";
import { sumPoints } from "../report/points";
import type { SubmissionGrade } from "../report/grade-types";
import { gradeSubmission } from "./grade-submission";
import { settleSweeps } from "../lab/teardown";
import { planTests } from "./test-plan";
import { inPool } from "../async/in-pool";
import { ownedTempDir, sweepDeadOwners } from "../process/owned-temp";

/** The batch's scratch folder in the temp dir: netlab-grade-<pid>-XXXXXX. */
export const GRADE_SCRATCH = "netlab-grade-";

export interface BatchOptions {
  /** The instructor's project. */
  root: string;
  /** Submission folders; each folder's name is its row and its folder in `out`. */
  submissions: string[];
  out: string;
  /** Submissions graded at the same time. */
  jobs: number;
  /** Per exercise (its test file); the learner's code gets half of it. */
  timeoutSeconds: number;
  /** jest workers per submission. */
  workers: number;
  extraTests?: string;
  /** Grade only these exercises. */
  only?: string[];
  hiddenVisibility: Visibility;
  keep?: boolean;
  /** Called once the tests are planned and the out folder checked, before the first submission. */
  onStart?: () => void;
  onProgress?: (done: number, total: number, grade: SubmissionGrade) => void;
  /** Asked when a submission's tests failed: is the engine stuck? (default: probe it) */
  engineLooksStuck?: () => Promise<boolean>;
  /** Trusted code (your own solutions): run it in the test process, as npm test does. Sandboxed otherwise. */
  inProcess?: boolean;
}

export interface BatchResult {
  grades: SubmissionGrade[];
  exerciseIds: string[];
  ms: number;
  /** Rows of an earlier gradebook in `out` kept as they were (submissions not in this batch). */
  keptRows?: string[];
  /** With `keep`: where the staged copies of the submissions are. */
  keptStage?: string;
}

/**
 * `out` holds a gradebook of other exercises: grading into it would mix the two. Nothing was graded.
 * @lazy
 */
export class OutFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutFolderError";
  }
}

/**
 * The instructor's tests could not be planned (unreadable titles, unknown ids): nothing was graded.
 * @lazy
 */
export class PlanError extends Error {
  constructor(readonly problems: string[]) {
    super(t("gradePlanProblems", { problems: problems.map((p) => `- ${p}`).join("\n") }));
    this.name = "PlanError";
  }
}

/**
 * Grades a batch of submissions, `jobs` at a time on one engine (every run has its own names,
 * labels and subnets, so they never collide). Each submission's reports are written as soon as it
 * is graded; gradebook.csv at the end. A submission's faults never stop the batch.
 */
export async function gradeBatch(options: BatchOptions): Promise<BatchResult> {
  const started = Date.now();
  const root = fs.realpathSync(options.root);
  const course = loadProjectCatalogue(root);
  const { plan, problems } = planTests(root, course, { only: options.only, extraTests: options.extraTests });
  if (problems.length > 0) throw new PlanError(problems);
  const exerciseIds = plan.exercises.map((e) => e.id);
  const gradebook = path.join(options.out, "gradebook.csv");
  const previous = fs.existsSync(gradebook) ? fs.readFileSync(gradebook, "utf8") : undefined;
  if (previous !== undefined) {
    const header = parseCsv(previous)[0] ?? [];
    if (header.join(",") !== gradebookHeader(exerciseIds).join(",")) {
      throw new OutFolderError(t("gradeOutOtherExercises", { out: options.out, has: header.slice(1, -2).join(", ") || "?", wants: exerciseIds.join(", ") }));
    }
  }
  options.onStart?.();

  // Resolved once here and handed down, so that parallel runs never build the lab image twice.
  const image = await ensureLabImage();
  // The grader's engine decides which checks are n/a, once, for every submission alike.
  const profile = await engineProfile();
  // Built (or found) once, as the lab image: every submission's sandboxes run it.
  const sandboxImage = options.inProcess ? undefined : await ensureSandboxImage();
  // The staged submissions; those of a grader killed with SIGKILL go with the next grader's start.
  sweepDeadOwners(GRADE_SCRATCH);
  const scratch = ownedTempDir(GRADE_SCRATCH, { keep: options.keep });
  fs.mkdirSync(options.out, { recursive: true });
  const grades: SubmissionGrade[] = new Array(options.submissions.length);
  let done = 0;

  const maxScore = sumPoints(plan.exercises.map((e) => e.points));
  /** A submission the grader could not grade: no score at all (its gradebook cells stay empty). */
  const notGraded = (index: number, error: string, engineStuck?: boolean): SubmissionGrade => {
    const submission = path.resolve(options.submissions[index] as string);
    return { name: path.basename(submission), path: submission, graded: false, engineStuck, error, score: 0, maxScore, exercises: [], notes: [], ms: 0, runs: [] };
  };

  const gradeOne = async (index: number): Promise<SubmissionGrade> => {
    const submission = path.resolve(options.submissions[index] as string);
    const name = path.basename(submission);
    const stage = path.join(scratch, `${index}-${name}`);
    try {
      return await gradeSubmission(submission, name, {
        root,
        course,
        plan,
        extraTests: options.extraTests,
        timeoutSeconds: options.timeoutSeconds,
        workers: options.workers,
        stage,
        keep: options.keep,
        env: { NETLAB_RESOLVED_IMAGE: image.name, [PROFILE_ENV]: JSON.stringify(profile), ...(sandboxImage ? { NETLAB_SANDBOX_IMAGE: sandboxImage } : {}) },
        profile,
        inProcess: options.inProcess,
        engineLooksStuck: options.engineLooksStuck,
      });
    } catch (err) {
      return notGraded(index, err instanceof Error ? (err.stack ?? err.message) : String(err));
    }
  };

  // Once the engine is stuck, every later submission would fail the same way: stop, and grade none
  // of the rest rather than give them the engine's zeros.
  let stuckAt: string | undefined;
  const gradeAndReport = async (_submission: string, index: number) => {
    const grade = await gradeOne(index);
    if (grade.engineStuck) stuckAt ??= grade.name;
    grades[index] = grade;
    writeReports(options.out, grade, { hiddenVisibility: options.hiddenVisibility });
    done += 1;
    options.onProgress?.(done, options.submissions.length, grade);
  };
  try {
    await inPool(options.submissions, options.jobs, gradeAndReport, () => stuckAt !== undefined);
  } finally {
    await settleSweeps();
    if (!options.keep) fs.rmSync(scratch, { recursive: true, force: true });
  }
  for (let index = 0; index < options.submissions.length; index++) {
    grades[index] ??= notGraded(index, t("gradeStoppedEngineStuck", { at: stuckAt ?? "?" }), true);
  }
  // An earlier gradebook here (re-grading a few after a stuck engine) keeps its other rows.
  const { csv, kept } = previous !== undefined ? mergeGradebook(previous, exerciseIds, grades) : { csv: toGradebookCsv(exerciseIds, grades), kept: [] };
  fs.writeFileSync(gradebook, csv);
  return { grades, exerciseIds, ms: Date.now() - started, keptRows: kept, keptStage: options.keep ? scratch : undefined };
}

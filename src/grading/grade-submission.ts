import fs from "node:fs";
import path from "node:path";
import type { Course } from "../course/catalogue";
import { t } from "../messages/translate";
import { cleanMessage } from "../report/clean-message";
import { withLocatedEngine } from "../runtime/engine-env";
import { engineLooksStuck } from "../runtime/probe-engine";
import type { EngineProfile } from "../runtime/engine-profile";
import { sumPoints } from "../report/points";
import type { SubmissionGrade } from "../report/grade-types";
import { writeGradingConfig } from "./runner/jest-config";
import { GRADER_PID_ENV } from "../lab/lab-run";
import { SHOWN_ENV, SOURCES_ENV } from "../sandbox/sources";
import { writeStandIns } from "../sandbox/stand-ins";
import { transpileExercises } from "../sandbox/transpile";
import { runRounds } from "./runner/run-rounds";
import { scanSubmission } from "./scan-submission";
import { scoreSubmission } from "./score";
import type { TestPlan } from "./test-plan";

export interface SubmissionOptions {
  /** The instructor's project (real path): tests, framework, config and node_modules come from here. */
  root: string;
  course: Course;
  plan: TestPlan;
  extraTests?: string;
  /** Per test file (one exercise's tests); the learner's own code gets half of it. */
  timeoutSeconds: number;
  /** jest workers for this submission. */
  workers: number;
  /** A private folder for this submission's staged files; removed afterwards unless `keep`. */
  stage: string;
  keep?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Asked when tests failed or files were stopped: is the engine stuck? (default: probe it) */
  engineLooksStuck?: () => Promise<boolean>;
  /** The grader's engine profile: which checks are n/a here. */
  profile?: EngineProfile;
  /** Run the learner's code inside the test process (code the grader trusts: its own solutions); sandboxed otherwise. */
  inProcess?: boolean;
}

/**
 * Grades one submission: only its exercise files are taken (copied into a private folder), the
 * instructor's jest runs the instructor's tests against them with NETLAB_TARGET pointing there, and
 * every test is scored. Whatever the submission does, this returns a grade; `graded` is false only
 * when the grader itself could not run jest.
 */
export async function gradeSubmission(submission: string, name: string, options: SubmissionOptions): Promise<SubmissionGrade> {
  const started = Date.now();
  const scan = scanSubmission(submission, options.plan.exercises, options.course.exercises);
  const target = path.join(options.stage, "exercises");
  fs.mkdirSync(target, { recursive: true });
  for (const rel of scan.copy) {
    fs.mkdirSync(path.dirname(path.join(target, rel)), { recursive: true });
    fs.copyFileSync(path.join(scan.exercisesDir as string, rel), path.join(target, rel));
  }

  // Untrusted code runs in sandboxes; the tests import stand-ins that forward into them.
  const sandboxed = !options.inProcess;
  const standIns = path.join(options.stage, "stand-ins");
  const sources = path.join(options.stage, "sandbox-sources");
  if (sandboxed) {
    const transpiled = transpileExercises(target, scan.copy.filter((rel) => rel.endsWith(".ts")));
    for (const [rel, code] of Object.entries(transpiled)) {
      fs.mkdirSync(path.dirname(path.join(sources, rel)), { recursive: true });
      fs.writeFileSync(path.join(sources, rel), code);
    }
    await writeStandIns(transpiled, standIns);
  }

  const files = options.plan.files.filter((f) => f.exercises.some((id) => !scan.blocked.has(id))).map((f) => f.file);
  const events = path.join(options.stage, "events.jsonl");
  const configFile = path.join(options.stage, "jest.config.json");
  await writeGradingConfig(configFile, { root: options.root, workers: options.workers, extraTests: options.extraTests });
  // The jest processes grade on the engine the grader located (a context, a socket), not one of their own finding.
  const env: NodeJS.ProcessEnv = {
    ...withLocatedEngine(process.env),
    ...options.env,
    NETLAB_TARGET: sandboxed ? standIns : target,
    ...(sandboxed ? { [SOURCES_ENV]: sources, [SHOWN_ENV]: target } : {}),
    NETLAB_EXERCISE_TIMEOUT_MS: String(Math.round((options.timeoutSeconds * 1000) / 2)),
    NETLAB_WORKERS: String(options.workers),
  };
  // A fresh run of its own: jest's global setup picks the run id; a worker id would confuse jest.
  delete env.NETLAB_RUN_ID;
  delete env.JEST_WORKER_ID;
  // Tied to this process: if the grader is killed, its jest runs end and reap what they made.
  env[GRADER_PID_ENV] = String(process.pid);

  try {
    const rounds =
      files.length > 0
        ? await runRounds({ root: options.root, configFile, eventsFile: events, env, fileTimeoutMs: options.timeoutSeconds * 1000, startTimeoutMs: 120_000 }, files)
        : { reports: new Map(), faults: new Map(), runs: [] };
    // jest names files by absolute path, or relative to the project root in stack frames.
    const replace: Array<[string, string]> = [
      [path.relative(options.root, fs.realpathSync(target)), "exercises"],
      [fs.realpathSync(target), "exercises"],
      [target, "exercises"],
      [`${options.root}/`, ""],
      ...(options.extraTests ? [[`${path.resolve(options.extraTests)}/`, "hidden/"] as [string, string]] : []),
    ];
    const exercises = scoreSubmission({
      plan: options.plan,
      blocked: scan.blocked,
      reports: rounds.reports,
      faults: rounds.faults,
      timeoutSeconds: options.timeoutSeconds,
      clean: (raw) => cleanMessage(raw, { replace }),
      profile: options.profile,
    });
    const base = { name, path: submission, notes: scan.notes, exercises, runs: rounds.runs, maxScore: sumPoints(exercises.map((e) => e.maxScore)) };
    if ("graderError" in rounds && rounds.graderError) {
      return { ...base, graded: false, error: rounds.graderError, score: 0, ms: Date.now() - started };
    }
    // On a stuck engine every check fails or runs out of time: those zeros would be the engine's, not the learner's.
    const troubled = rounds.faults.size > 0 || exercises.some((e) => e.tests.some((x) => x.status === "failed"));
    if (troubled && (await (options.engineLooksStuck ?? engineLooksStuck)())) {
      const error = t("engineStuck", { what: `the tests of ${name}`, seconds: options.timeoutSeconds });
      return { ...base, graded: false, engineStuck: true, error, score: 0, ms: Date.now() - started };
    }
    return { ...base, graded: true, score: sumPoints(exercises.map((e) => e.score)), ms: Date.now() - started };
  } finally {
    if (!options.keep) fs.rmSync(options.stage, { recursive: true, force: true });
  }
}

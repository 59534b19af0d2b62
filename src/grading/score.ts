import { t } from "../messages/translate";
import { allotPoints } from "./allot-points";
import { sumPoints } from "../report/points";
import type { ExerciseGrade, PlannedTest, TestGrade } from "../report/grade-types";
import type { FileResult, TestResult } from "../jest-run/events";
import type { FileFault } from "./runner/run-rounds";
import { testKey, type TestPlan } from "./test-plan";
import { notShownHere, type EngineProfile } from "../runtime/engine-profile";

export interface ScoreInput {
  plan: TestPlan;
  /** Exercises that score 0 without running, with why. */
  blocked: Map<string, string>;
  reports: Map<string, FileResult>;
  faults: Map<string, FileFault>;
  timeoutSeconds: number;
  /** Turns a raw jest message into what the learner reads. */
  clean: (raw: string) => string;
  /**
   * The grader's own engine profile: it alone decides which tests are n/a (testNeeding), so that
   * nothing in a submission can turn a check into one that does not count.
   */
  profile?: EngineProfile;
}

/**
 * Scores every planned test of a submission. An exercise's points are spread over its tests that
 * this engine can show; a test passes only when jest said so. A test the engine cannot show (n/a)
 * counts for nothing either way, and an exercise with nothing to show is out of the maximum.
 * Whatever went wrong (a blocked exercise, a timed-out or crashed test file, a missing result) costs
 * only the tests it touched.
 */
export function scoreSubmission(input: ScoreInput): ExerciseGrade[] {
  const reported = indexReports(input.reports);
  return input.plan.exercises.map((exercise) => {
    const planned = input.plan.tests.filter((p) => p.exercise === exercise.id);
    const blocked = input.blocked.get(exercise.id);
    const outcomes = planned.map((test) => outcome(test, blocked, reported.get(test.key), input));
    const scored = outcomes.filter((o) => o.status !== "skipped");
    const maxScore = scored.length > 0 ? exercise.points : 0;
    const shares = allotPoints(maxScore, scored.length);
    const tests: TestGrade[] = outcomes.map((o) => {
      const index = scored.findIndex((s) => s.test === o.test);
      const maxScore = index >= 0 ? (shares[index] ?? 0) : 0;
      const status = index >= 0 ? (scored[index]?.status ?? o.status) : o.status;
      return { ...o, status, maxScore, score: status === "passed" ? maxScore : 0 };
    });
    return {
      exercise,
      tests,
      blocked,
      score: sumPoints(tests.map((g) => g.score)),
      maxScore,
    };
  });
}

type Outcome = Omit<TestGrade, "score" | "maxScore">;

function outcome(test: PlannedTest, blocked: string | undefined, seen: TestResult | undefined, input: ScoreInput): Outcome {
  const failed = (message: string): Outcome => ({ test, status: "failed", message, durationMs: seen?.durationMs ?? 0 });
  const exercise = input.plan.exercises.find((e) => e.id === test.exercise);
  const notShown = input.profile && notShownHere(input.profile, test.needs);
  if (notShown) return { test, status: "skipped", message: t(notShown.key, notShown.params), durationMs: 0 };
  if (blocked) return failed(blocked);
  const fault = input.faults.get(test.file);
  if (fault === "timeout") return failed(t("gradeTimeout", { exercise: test.exercise, testFile: test.shownFile, seconds: input.timeoutSeconds, file: exercise?.file ?? "" }));
  if (fault === "ended") return failed(t("gradeProcessEnded", { exercise: test.exercise, testFile: test.shownFile }));
  const report = input.reports.get(test.file);
  if (report?.execError) return failed(t("gradeSuiteFailed", { exercise: test.exercise, testFile: test.shownFile, detail: input.clean(report.execError) }));
  if (!seen) return failed(t("gradeNoResult", { testFile: test.shownFile }));
  if (seen.status === "passed") return { test, status: "passed", message: "", durationMs: seen.durationMs };
  // The first three failures say it; more is the same cause repeated (an afterEach after a failed test).
  if (seen.status === "failed") return failed(input.clean(seen.failures.slice(0, 3).map((f) => f.text).join("\n\n")));
  // A skip the grader's engine does not explain did not run the check: it cannot be a pass.
  return failed(t("gradeNotRun", { testFile: test.shownFile }));
}

/** Reported tests by the same key the plan uses (file, titles, occurrence). */
function indexReports(reports: Map<string, FileResult>): Map<string, TestResult> {
  const index = new Map<string, TestResult>();
  for (const report of reports.values()) {
    const seen = new Map<string, number>();
    for (const test of report.tests) {
      const name = [...test.ancestorTitles, test.title].join("\u0000");
      const occurrence = seen.get(name) ?? 0;
      seen.set(name, occurrence + 1);
      index.set(testKey(report.file, test.ancestorTitles, test.title, occurrence), test);
    }
  }
  return index;
}

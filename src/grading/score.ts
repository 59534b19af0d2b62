import { t } from "../messages/translate";
import { allotPoints, sumPoints } from "./allot-points";
import type { ExerciseGrade, TestGrade } from "./grade-types";
import type { FileReport, ReportedTest } from "./runner/jest-events";
import type { FileFault } from "./runner/run-rounds";
import { testKey, type PlannedTest, type TestPlan } from "./test-plan";

export interface ScoreInput {
  plan: TestPlan;
  /** Exercises that score 0 without running, with why. */
  blocked: Map<string, string>;
  reports: Map<string, FileReport>;
  faults: Map<string, FileFault>;
  timeoutSeconds: number;
  /** Turns a raw jest message into what the learner reads. */
  clean: (raw: string) => string;
}

/**
 * Scores every planned test of a submission. An exercise's points are spread over its tests that
 * could run on this engine; a test passes only when jest said so. Whatever went wrong (a blocked
 * exercise, a timed-out or crashed test file, a missing result) costs only the tests it touched.
 */
export function scoreSubmission(input: ScoreInput): ExerciseGrade[] {
  const reported = indexReports(input.reports);
  return input.plan.exercises.map((exercise) => {
    const planned = input.plan.tests.filter((p) => p.exercise === exercise.id);
    const blocked = input.blocked.get(exercise.id);
    const outcomes = planned.map((test) => outcome(test, blocked, reported.get(test.key), input));
    const counted = outcomes.filter((o) => o.status !== "skipped");
    // Every check skipped here: nothing could be graded, and that must not read as full marks.
    const scored = counted.length > 0 ? counted : outcomes.map((o) => ({ ...o, status: "failed" as const }));
    const shares = allotPoints(exercise.points, scored.length);
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
      maxScore: exercise.points,
    };
  });
}

type Outcome = Omit<TestGrade, "score" | "maxScore">;

function outcome(test: PlannedTest, blocked: string | undefined, seen: ReportedTest | undefined, input: ScoreInput): Outcome {
  const failed = (message: string): Outcome => ({ test, status: "failed", message, durationMs: seen?.durationMs ?? 0 });
  const exercise = input.plan.exercises.find((e) => e.id === test.exercise);
  if (blocked) return failed(blocked);
  const fault = input.faults.get(test.file);
  if (fault === "timeout") return failed(t("gradeTimeout", { exercise: test.exercise, testFile: test.shownFile, seconds: input.timeoutSeconds, file: exercise?.file ?? "" }));
  if (fault === "ended") return failed(t("gradeProcessEnded", { exercise: test.exercise, testFile: test.shownFile }));
  const report = input.reports.get(test.file);
  if (report?.execError) return failed(t("gradeSuiteFailed", { exercise: test.exercise, testFile: test.shownFile, detail: input.clean(report.execError) }));
  if (!seen) return failed(t("gradeNoResult", { testFile: test.shownFile }));
  if (seen.status === "passed") return { test, status: "passed", message: "", durationMs: seen.durationMs };
  if (seen.status === "failed") return failed(input.clean(seen.failureMessages.join("\n\n")));
  return { test, status: "skipped", message: t("gradeSkippedHere", {}), durationMs: 0 };
}

/** Reported tests by the same key the plan uses (file, titles, occurrence). */
function indexReports(reports: Map<string, FileReport>): Map<string, ReportedTest> {
  const index = new Map<string, ReportedTest>();
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

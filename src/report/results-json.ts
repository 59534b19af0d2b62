import { formatPoints, sumPoints } from "./points";
import type { SubmissionGrade } from "./grade-types";
import { t } from "../messages/translate";

/** Who sees a test on Gradescope, and when. */
export const VISIBILITIES = ["visible", "hidden", "after_due_date", "after_published"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

interface GradescopeTest {
  name: string;
  number: string;
  score: number;
  max_score: number;
  status: "passed" | "failed";
  /** The teaching message of a failed test; empty when it passed. */
  output: string;
  visibility: Visibility;
  tags: string[];
}

/** Gradescope's results.json (https://gradescope-autograders.readthedocs.io/en/latest/specs/). */
export interface GradescopeResults {
  score: number;
  max_score: number;
  /** Seconds. */
  execution_time: number;
  output: string;
  visibility: Visibility;
  stdout_visibility: Visibility;
  tests: GradescopeTest[];
}

export interface ResultsOptions {
  /** Visibility of instructor-only tests (--extra-tests); visible tests are always "visible". */
  hiddenVisibility: Visibility;
}

/** One submission's grade in Gradescope's format: one entry per test, numbered exercise.test. */
export function toResults(grade: SubmissionGrade, options: ResultsOptions): GradescopeResults {
  const tests: GradescopeTest[] = [];
  grade.exercises.forEach((exercise, e) => {
    exercise.tests
      .filter((g) => g.status !== "skipped")
      .forEach((g, i) => {
        tests.push({
          name: `${[...g.test.ancestorTitles, g.test.title].join(" › ")}`,
          number: `${e + 1}.${i + 1}`,
          score: g.score,
          max_score: g.maxScore,
          status: g.status === "passed" ? "passed" : "failed",
          output: g.message,
          visibility: g.test.hidden ? options.hiddenVisibility : "visible",
          tags: [exercise.exercise.id, ...(g.test.hidden ? ["hidden"] : [])],
        });
      });
  });
  const passed = tests.filter((x) => x.status === "passed").length;
  const summary = grade.graded
    ? t("resultsSummary", { score: formatPoints(grade.score), max: formatPoints(grade.maxScore), passed, total: tests.length })
    : t("gradeNotGraded", { name: grade.name, detail: grade.error ?? "" });
  const notShown = grade.exercises.flatMap((e) => e.tests.filter((g) => g.status === "skipped").map((g) => `${e.exercise.id}: ${g.test.hidden ? "(hidden)" : g.test.title}`));
  const notShownLine = notShown.length > 0 ? [t("resultsNotShown", { count: notShown.length, checks: notShown.join("; ") })] : [];
  return {
    score: grade.graded ? grade.score : 0,
    max_score: grade.maxScore,
    execution_time: Math.round(grade.ms / 1000),
    output: [summary, ...notShownLine, ...grade.notes].join("\n\n"),
    visibility: "visible",
    stdout_visibility: "hidden",
    tests: grade.graded ? tests : [],
  };
}

/** Checks a results.json against the format above; [] when it is valid. */
export function validateResults(value: unknown): string[] {
  const problems: string[] = [];
  const r = value as Partial<GradescopeResults> | null;
  if (typeof r !== "object" || r === null) return ["results.json must hold an object"];
  const num = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= 0;
  if (!num(r.score)) problems.push("score must be a number >= 0");
  if (!num(r.max_score)) problems.push("max_score must be a number >= 0");
  if (!num(r.execution_time)) problems.push("execution_time must be a number of seconds >= 0");
  if (typeof r.output !== "string") problems.push("output must be a string");
  for (const key of ["visibility", "stdout_visibility"] as const) {
    if (r[key] !== undefined && !VISIBILITIES.includes(r[key] as Visibility)) problems.push(`${key} must be one of ${VISIBILITIES.join(", ")}`);
  }
  if (!Array.isArray(r.tests)) return [...problems, "tests must be a list"];
  const numbers = new Set<string>();
  r.tests.forEach((test: Partial<GradescopeTest>, i) => {
    const where = `tests[${i}]`;
    if (typeof test?.name !== "string" || test.name === "") problems.push(`${where}.name must be a non-empty string`);
    if (typeof test?.number !== "string" || numbers.has(test.number)) problems.push(`${where}.number must be a string, unique`);
    numbers.add(String(test?.number));
    if (!num(test?.score) || !num(test?.max_score) || (test.score as number) > (test.max_score as number) + 1e-9) problems.push(`${where}: score and max_score must be numbers with 0 <= score <= max_score`);
    if (test?.status !== "passed" && test?.status !== "failed") problems.push(`${where}.status must be "passed" or "failed"`);
    if (test?.status === "passed" && test.score !== test.max_score) problems.push(`${where}: a passed test scores its max_score`);
    if (typeof test?.output !== "string") problems.push(`${where}.output must be a string`);
    if (!VISIBILITIES.includes(test?.visibility as Visibility)) problems.push(`${where}.visibility must be one of ${VISIBILITIES.join(", ")}`);
  });
  if (r.tests.length > 0 && num(r.score) && num(r.max_score)) {
    const score = sumPoints(r.tests.map((x) => x.score));
    const max = sumPoints(r.tests.map((x) => x.max_score));
    if (Math.abs(score - (r.score as number)) > 0.005) problems.push(`score ${r.score} is not the sum of the tests' scores (${score})`);
    if (Math.abs(max - (r.max_score as number)) > 0.005) problems.push(`max_score ${r.max_score} is not the sum of the tests' max_score (${max})`);
  }
  return problems;
}

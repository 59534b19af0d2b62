import type { SubmissionGrade } from "../grading/grade-types";
import { formatPoints } from "../grading/allot-points";

/** A CSV cell: quoted when it must be, and never read by a spreadsheet as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The batch's gradebook: `submission,<exercise id>...,total,max`, one row per submission, in the
 * order given. A submission the grader could not grade has empty score cells (never a false 0).
 */
export function toGradebookCsv(exerciseIds: string[], grades: SubmissionGrade[]): string {
  const rows = [["submission", ...exerciseIds, "total", "max"]];
  for (const grade of grades) {
    const scores = exerciseIds.map((id) => {
      const e = grade.exercises.find((x) => x.exercise.id === id);
      return grade.graded && e ? formatPoints(e.score) : "";
    });
    rows.push([grade.name, ...scores, grade.graded ? formatPoints(grade.score) : "", formatPoints(grade.maxScore)]);
  }
  return `${rows.map((r) => r.map(csvCell).join(",")).join("\n")}\n`;
}

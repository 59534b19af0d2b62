import type { SubmissionGrade } from "../grading/grade-types";
import { formatPoints } from "../grading/allot-points";

const WIDE = 120;

/**
 * The batch on the terminal: a row per submission, a column per exercise, the total and the time.
 * When exercise ids would make it wider than a terminal, columns are numbered and listed below.
 */
export function summaryTable(exerciseIds: string[], grades: SubmissionGrade[]): string {
  const nameWidth = Math.max(10, ...grades.map((g) => g.name.length));
  const plain = ["submission", ...exerciseIds, "total", "time"].join("  ").length + nameWidth;
  const headers = plain > WIDE ? exerciseIds.map((_, i) => `#${i + 1}`) : exerciseIds;
  const widths = headers.map((h) => Math.max(h.length, 5));
  const head = ["submission".padEnd(nameWidth), ...headers.map((h, i) => h.padStart(widths[i] ?? 5)), "total".padStart(11), "time".padStart(7)].join("  ");
  const lines = [head, "-".repeat(head.length)];
  for (const g of grades) {
    const cells = exerciseIds.map((id, i) => {
      const e = g.exercises.find((x) => x.exercise.id === id);
      return (g.graded && e ? formatPoints(e.score) : "-").padStart(widths[i] ?? 5);
    });
    const total = g.graded ? `${formatPoints(g.score)}/${formatPoints(g.maxScore)}` : "not graded";
    lines.push([g.name.padEnd(nameWidth), ...cells, total.padStart(11), `${(g.ms / 1000).toFixed(1)}s`.padStart(7)].join("  "));
  }
  if (headers !== exerciseIds) lines.push("", ...exerciseIds.map((id, i) => `#${i + 1} ${id}`));
  return lines.join("\n");
}

import type { SubmissionGrade } from "./grade-types";
import { formatPoints } from "./points";

const WIDE = 120;

/** One line of the summary: the cells as shown ("-" for none). */
export interface SummaryRow {
  name: string;
  scores: string[];
  /** "score/max", or "not graded". */
  total: string;
  /** "12.3s", or "-" when unknown. */
  time: string;
}

/**
 * The batch on the terminal: a row per submission, a column per exercise, the total and the time.
 * When exercise ids would make it wider than a terminal, columns are numbered and listed below.
 */
export function summaryTable(exerciseIds: string[], grades: SubmissionGrade[]): string {
  return summaryOfRows(
    exerciseIds,
    grades.map((g) => ({
      name: g.name,
      scores: exerciseIds.map((id) => {
        const e = g.exercises.find((x) => x.exercise.id === id);
        return g.graded && e ? formatPoints(e.score) : "-";
      }),
      total: g.graded ? `${formatPoints(g.score)}/${formatPoints(g.maxScore)}` : "not graded",
      time: `${(g.ms / 1000).toFixed(1)}s`,
    })),
  );
}

/** The same table from rows already rendered (a merged gradebook's). */
export function summaryOfRows(exerciseIds: string[], rows: SummaryRow[]): string {
  const nameWidth = Math.max(10, ...rows.map((g) => g.name.length));
  const plain = ["submission", ...exerciseIds, "total", "time"].join("  ").length + nameWidth;
  const headers = plain > WIDE ? exerciseIds.map((_, i) => `#${i + 1}`) : exerciseIds;
  const widths = headers.map((h) => Math.max(h.length, 5));
  const head = ["submission".padEnd(nameWidth), ...headers.map((h, i) => h.padStart(widths[i] ?? 5)), "total".padStart(11), "time".padStart(7)].join("  ");
  const lines = [head, "-".repeat(head.length)];
  for (const g of rows) {
    const cells = exerciseIds.map((_, i) => (g.scores[i] ?? "-").padStart(widths[i] ?? 5));
    lines.push([g.name.padEnd(nameWidth), ...cells, g.total.padStart(11), g.time.padStart(7)].join("  "));
  }
  if (headers !== exerciseIds) lines.push("", ...exerciseIds.map((id, i) => `#${i + 1} ${id}`));
  return lines.join("\n");
}

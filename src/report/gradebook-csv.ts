import type { SubmissionGrade } from "./grade-types";
import { formatPoints } from "./points";

/** A CSV cell: quoted when it must be, and never read by a spreadsheet as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The gradebook's header for these exercises. */
export function gradebookHeader(exerciseIds: string[]): string[] {
  return ["submission", ...exerciseIds, "total", "max"];
}

/** One submission's row: an ungraded one has empty score cells (never a false 0). */
function gradebookRow(exerciseIds: string[], grade: SubmissionGrade): string[] {
  const scores = exerciseIds.map((id) => {
    const e = grade.exercises.find((x) => x.exercise.id === id);
    return grade.graded && e ? formatPoints(e.score) : "";
  });
  return [grade.name, ...scores, grade.graded ? formatPoints(grade.score) : "", formatPoints(grade.maxScore)];
}

const toCsv = (rows: string[][]) => `${rows.map((r) => r.map(csvCell).join(",")).join("\n")}\n`;

/**
 * The batch's gradebook: `submission,<exercise id>...,total,max`, one row per submission, in the
 * order given. A submission the grader could not grade has empty score cells (never a false 0).
 */
export function toGradebookCsv(exerciseIds: string[], grades: SubmissionGrade[]): string {
  return toCsv([gradebookHeader(exerciseIds), ...grades.map((g) => gradebookRow(exerciseIds, g))]);
}

/** Reads CSV as written above (RFC 4180 quoting); the "'" that guards a formula stays on. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      rows.push([...row, cell]);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A submission's name as given, from its first cell as written (the formula guard taken off). */
export const rowName = (row: string[]): string => (row[0] ?? "").replace(/^'(?=[=+@\t\r])/, "");

/**
 * The gradebook after grading some submissions again into a folder that has one: rows of
 * submissions not in this batch are kept where they were, re-graded ones are replaced in place,
 * new ones are added at the end. Re-grading a few (after a stuck engine, a fixed test) loses no
 * other row. The caller has checked that the earlier gradebook has the same header.
 */
export function mergeGradebook(previous: string, exerciseIds: string[], grades: SubmissionGrade[]): { csv: string; kept: string[] } {
  return mergeGradebookRows(previous, exerciseIds, grades.map((g) => gradebookRow(exerciseIds, g)));
}

/**
 * The same, for rows already written (another gradebook's, `netlab gradebook merge`): first cells as
 * a gradebook holds them, guarded or not.
 */
export function mergeGradebookRows(previous: string, exerciseIds: string[], rows: string[][]): { csv: string; kept: string[] } {
  const fresh = new Map(rows.map((row) => [rowName(row), row]));
  const kept: string[] = [];
  const merged = parseCsv(previous)
    .slice(1)
    .map((row) => {
      const name = rowName(row);
      const replacement = fresh.get(name);
      if (replacement) {
        fresh.delete(name);
        return replacement;
      }
      kept.push(name);
      return row;
    });
  return { csv: toCsv([gradebookHeader(exerciseIds), ...merged, ...fresh.values()]), kept };
}

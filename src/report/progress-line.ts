import type { SubmissionGrade } from "./grade-types";
import { formatPoints } from "./points";

/** One line of progress: a bar, how many are done, and the one that just finished. */
export function progressLine(done: number, total: number, last?: SubmissionGrade, width = 24): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
  const what = last ? `  ${last.name}: ${last.graded ? `${formatPoints(last.score)}/${formatPoints(last.maxScore)}` : "not graded"} (${(last.ms / 1000).toFixed(1)}s)` : "";
  return `${bar} ${done}/${total}${what}`;
}

import type { FileResult } from "../../jest-run/events";
import { cleanFailure } from "../../jest-run/failure-text";

/** A check's outcome in numbers: failed tests, passed tests, skipped ones (neither). */
export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  /** The test file itself could not run (syntax error, an import that throws). */
  suiteFailed: boolean;
}

export function tally(report: FileResult): Tally {
  const count = (status: string) => report.tests.filter((t) => t.status === status).length;
  const passed = count("passed");
  const failed = count("failed");
  return { passed, failed, skipped: report.tests.length - passed - failed, suiteFailed: Boolean(report.execError) };
}

/** Done: something was checked and nothing failed. */
export function isPass(t: Tally): boolean {
  return !t.suiteFailed && t.failed === 0 && t.passed > 0;
}

export interface FailureGroup {
  message: string;
  tests: string[];
}

/** Failed tests with the same message together (an untouched stub fails every test the same way), in order. */
export function groupFailures(report: FileResult): FailureGroup[] {
  const groups: FailureGroup[] = [];
  for (const test of report.tests.filter((t) => t.status === "failed")) {
    const message = cleanFailure(test.failures.map((f) => f.text).join("\n\n"));
    const group = groups.find((g) => g.message === message);
    if (group) group.tests.push(test.title);
    else groups.push({ message, tests: [test.title] });
  }
  return groups;
}

/** The failure lines to print: the file's own error if it could not run, then each group's tests, then its message indented under them. */
export function failureLines(groups: FailureGroup[], execError?: string): string[] {
  const lines: string[] = [];
  if (execError) lines.push("", ...indent(cleanFailure(execError), "    "));
  for (const group of groups) {
    lines.push("", ...group.tests.map((title) => `  ● ${title}`), "", ...indent(group.message, "    "));
  }
  return lines;
}

function indent(text: string, by: string): string[] {
  return text.split("\n").map((line) => (line ? `${by}${line}` : ""));
}

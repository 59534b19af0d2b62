import { stripVTControlCharacters } from "node:util";
import type { JestReport } from "./jest-report";

/** A check's outcome in numbers: failed tests, passed tests, skipped ones (neither). */
export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  /** The test file itself could not run (syntax error, an import that throws). */
  suiteFailed: boolean;
}

export function tally(report: JestReport): Tally {
  const count = (status: string) => report.tests.filter((t) => t.status === status).length;
  const passed = count("passed");
  const failed = count("failed");
  return { passed, failed, skipped: report.tests.length - passed - failed, suiteFailed: report.suiteErrors.length > 0 };
}

/** Done: something was checked and nothing failed. */
export function isPass(t: Tally): boolean {
  return !t.suiteFailed && t.failed === 0 && t.passed > 0;
}

/**
 * A failure message as the learner should read it: no colour codes, no stack frames into netlab or
 * jest, no "Error: " prefix; the teaching text and jest's own expected/received lines stay.
 */
export function cleanFailure(message: string): string {
  return (
    stripVTControlCharacters(message)
      .split("\n")
      .filter((line) => !/^\s+at\s.+(:\d+(:\d+)?\)?|<anonymous>\)?|native\)?)$/.test(line))
      .join("\n")
      // "Error: " and netlab's own "NetlabError: " say nothing; TypeError and the like do.
      .replace(/^\s*(Netlab)?Error:\s+/, "")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd()
  );
}

export interface FailureGroup {
  message: string;
  tests: string[];
}

/** Failed tests with the same message together (an untouched stub fails every test the same way), in order. */
export function groupFailures(report: JestReport): FailureGroup[] {
  const groups: FailureGroup[] = [];
  for (const test of report.tests.filter((t) => t.status === "failed")) {
    const message = cleanFailure(test.failureMessages.join("\n\n"));
    const group = groups.find((g) => g.message === message);
    if (group) group.tests.push(test.title);
    else groups.push({ message, tests: [test.title] });
  }
  return groups;
}

/** The failure lines to print: each group's tests, then its message indented under them. */
export function failureLines(groups: FailureGroup[], suiteErrors: JestReport["suiteErrors"]): string[] {
  const lines: string[] = [];
  for (const error of suiteErrors) {
    lines.push("", ...indent(cleanFailure(error.message), "    "));
  }
  for (const group of groups) {
    lines.push("", ...group.tests.map((title) => `  ● ${title}`), "", ...indent(group.message, "    "));
  }
  return lines;
}

function indent(text: string, by: string): string[] {
  return text.split("\n").map((line) => (line ? `${by}${line}` : ""));
}

/** The last lines of a long output. */
export function tail(text: string, lines = 40): string {
  const all = text.trimEnd().split("\n");
  return all.slice(-lines).join("\n");
}

import fs from "node:fs";

/** One test of a jest --json report. */
export interface JestTest {
  file: string;
  /** describe titles and the test title, joined by spaces. */
  fullName: string;
  ancestorTitles: string[];
  title: string;
  status: string;
  failureMessages: string[];
  durationMs: number;
}

export interface JestReport {
  tests: JestTest[];
  /** Suites that failed before any test ran (syntax error, import that throws). */
  suiteErrors: Array<{ file: string; message: string }>;
}

interface RawReport {
  testResults: Array<{
    name: string;
    message?: string;
    testExecError?: { message?: string };
    assertionResults: Array<{ fullName: string; ancestorTitles: string[]; title: string; status: string; failureMessages?: string[]; duration?: number | null }>;
  }>;
}

/** Reads `jest --json --outputFile` output; undefined when jest wrote none (it crashed first). */
export function readJestReport(file: string): JestReport | undefined {
  if (!fs.existsSync(file)) return undefined;
  return parseJestReport(JSON.parse(fs.readFileSync(file, "utf8")) as RawReport);
}

export function parseJestReport(raw: RawReport): JestReport {
  const tests: JestTest[] = [];
  const suiteErrors: JestReport["suiteErrors"] = [];
  for (const suite of raw.testResults) {
    if (suite.assertionResults.length === 0 && (suite.message || suite.testExecError)) {
      suiteErrors.push({ file: suite.name, message: suite.testExecError?.message ?? suite.message ?? "" });
    }
    for (const a of suite.assertionResults) {
      tests.push({
        file: suite.name,
        fullName: a.fullName,
        ancestorTitles: a.ancestorTitles,
        title: a.title,
        status: a.status,
        failureMessages: a.failureMessages ?? [],
        durationMs: a.duration ?? 0,
      });
    }
  }
  return { tests, suiteErrors };
}

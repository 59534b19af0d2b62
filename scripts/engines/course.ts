import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { naKey, readNaLog } from "./na-log";
import { log, run, seconds } from "./shell";

const root = path.resolve(__dirname, "../..");
const COURSE_MS = Number(process.env.NETLAB_ENGINES_COURSE_S ?? 900) * 1000;

export type Target = "solutions" | "exercises";

export interface TestOutcome {
  /** The test file, relative to the project (test/ch1/host-mode.test.ts). */
  file: string;
  titles: string[];
  status: "passed" | "failed" | "na";
  /** failed: the message's first lines; na: the recorded reason, if any. */
  detail?: string;
}

export interface CourseRun {
  target: Target;
  tests: TestOutcome[];
  ms: number;
  /** Set when jest wrote no results (it crashed, timed out, or global setup refused). */
  broken?: string;
  /** Checks a passing test did not make (reportSkipped's console.warn): not n/a, but not checked. */
  skippedChecks: SkippedCheck[];
}

export interface SkippedCheck {
  file: string;
  check: string;
  why: string;
}

/** reportSkipped's warnings in jest's output, each under the test file jest printed last. */
export function skippedChecks(output: string): SkippedCheck[] {
  const found: SkippedCheck[] = [];
  let file = "";
  const lines = stripAnsi(output).split("\n");
  lines.forEach((line, i) => {
    const result = /^(?:PASS|FAIL) (?:\S+ )?(test\/\S+\.test\.ts)/.exec(line);
    if (result?.[1]) file = result[1];
    const skipped = /^\s+skipped: (.*)$/.exec(line);
    if (skipped?.[1]) found.push({ file, check: skipped[1], why: /^\s+Why: (.*)$/.exec(lines[i + 1] ?? "")?.[1] ?? "" });
  });
  return found;
}

interface JestJson {
  testResults: Array<{
    name: string;
    message: string;
    assertionResults: Array<{ ancestorTitles: string[]; title: string; status: string; failureMessages: string[] }>;
  }>;
}

// Variables of a netlab run this process may carry: each course run starts its own.
const RUN_VARIABLES = ["NETLAB_RUN_ID", "NETLAB_RUN_PID", "NETLAB_RESOLVED_IMAGE"];

// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "");

/** The first lines of a failure message that say something (no blank lines, no stack). */
export function firstLines(message: string, count = 6): string {
  return stripAnsi(message)
    .split("\n")
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() && !/^\s+at /.test(l))
    .slice(0, count)
    .join("\n");
}

/** The course (test/ch*) on the solutions or the stubs against one engine, as jest reports it. */
export async function runCourse(engine: string, dockerHost: string, target: Target): Promise<CourseRun> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `netlab-engines-${engine}-${target}-`));
  const out = path.join(scratch, "jest.json");
  const naLog = path.join(scratch, "na.jsonl");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DOCKER_HOST: dockerHost,
    NETLAB_TARGET: target,
    TESTCONTAINERS_RYUK_DISABLED: "true",
    NETLAB_NA_LOG: naLog,
    FORCE_COLOR: "0",
  };
  for (const name of RUN_VARIABLES) delete env[name];
  log(`  [${engine}] course on ${target}...`);
  const done = await run("npx", ["jest", "-c", "jest.course.config.js", "--json", "--outputFile", out], {
    cwd: root,
    env,
    timeoutMs: COURSE_MS,
    // Progress: one line per test file, and netlab's own lines (image build, reaping).
    onLine: (line) => {
      if (/^(PASS|FAIL) |^netlab: /.test(line)) log(`  [${engine} ${target}] ${line}`);
    },
  });
  try {
    if (!fs.existsSync(out)) {
      const why = done.timedOut ? `no end within ${seconds(COURSE_MS)}` : `jest exited ${done.code} with no results`;
      return { target, tests: [], ms: done.ms, skippedChecks: [], broken: `${why}: ${firstLines(done.output.slice(-2000), 8)}` };
    }
    const json = JSON.parse(fs.readFileSync(out, "utf8")) as JestJson;
    const reasons = new Map(readNaLog(naLog).map((e) => [naKey(e.file, e.titles), e.reason]));
    const tests: TestOutcome[] = [];
    for (const file of json.testResults) {
      const rel = path.relative(root, file.name);
      if (file.assertionResults.length === 0) {
        // A file that could not run at all (a syntax error, a throw at load): one failure for it.
        tests.push({ file: rel, titles: ["(test file)"], status: "failed", detail: firstLines(file.message) });
      }
      for (const a of file.assertionResults) {
        const titles = [...a.ancestorTitles, a.title];
        if (a.status === "passed") tests.push({ file: rel, titles, status: "passed" });
        else if (a.status === "failed") tests.push({ file: rel, titles, status: "failed", detail: firstLines(a.failureMessages.join("\n")) });
        else tests.push({ file: rel, titles, status: "na", detail: reasons.get(naKey(file.name, titles)) });
      }
    }
    return { target, tests, ms: done.ms, skippedChecks: skippedChecks(done.output), broken: done.timedOut ? `no end within ${seconds(COURSE_MS)}` : undefined };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

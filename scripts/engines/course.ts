import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { notShownKey, readNotShown } from "../../src/course/not-shown-log";
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
  /** na: the reason's message key (naNoLegacyLinks), a short name for the table. */
  reasonKey?: string;
}

export interface CourseRun {
  target: Target;
  tests: TestOutcome[];
  ms: number;
  /** Set when jest wrote no results (it crashed, timed out, or global setup refused). */
  broken?: string;
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
function firstLines(message: string, count = 6): string {
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
  const done = await run("npx", ["jest", "-c", "jest.course.config.ts", "--json", "--outputFile", out], {
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
      return { target, tests: [], ms: done.ms, broken: `${why}: ${firstLines(done.output.slice(-2000), 8)}` };
    }
    const json = JSON.parse(fs.readFileSync(out, "utf8")) as JestJson;
    // The reason of each n/a test, as testNeeding recorded it (rendered in the run's language).
    const reasons = new Map(readNotShown(naLog).map((e) => [notShownKey(e.file, e.title), { key: e.reason.key, text: e.text.split("\n").slice(-1)[0]?.replace(/^Why: /, "") }]));
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
        else tests.push({ file: rel, titles, status: "na", detail: reasons.get(notShownKey(file.name, a.title))?.text, reasonKey: reasons.get(notShownKey(file.name, a.title))?.key });
      }
    }
    return { target, tests, ms: done.ms, broken: done.timedOut ? `no end within ${seconds(COURSE_MS)}` : undefined };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

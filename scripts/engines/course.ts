import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { notShownKey, readNotShown } from "../../src/course/not-shown-log";
import { fileResults } from "../../src/jest-run/events";
import { firstLines } from "../../src/jest-run/failure-text";
import { COURSE_CONFIG_FILE, startJest } from "../../src/jest-run/start-jest";
import { log, seconds } from "./shell";

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

// Variables of a netlab run this process may carry: each course run starts its own.
const RUN_VARIABLES = ["NETLAB_RUN_ID", "NETLAB_RUN_PID", "NETLAB_RESOLVED_IMAGE"];

/** The course (test/ch*) on the solutions or the stubs against one engine, as jest reports it. */
export async function runCourse(engine: string, dockerHost: string, target: Target): Promise<CourseRun> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `netlab-engines-${engine}-${target}-`));
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
  let partial = "";
  const jest = startJest({
    root,
    args: ["-c", COURSE_CONFIG_FILE],
    env,
    // Progress: one line per test file (jest's own reporter), and netlab's own lines (image build, reaping).
    reporters: ["default"],
    onOutput: (text) => {
      const lines = (partial + text).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) if (/^(PASS|FAIL) |^netlab: /.test(line)) log(`  [${engine} ${target}] ${line}`);
    },
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    jest.kill("SIGTERM");
    setTimeout(() => jest.kill("SIGKILL"), 10_000).unref();
  }, COURSE_MS);
  const done = await jest.ended;
  clearTimeout(timer);
  try {
    const results = [...fileResults(done.events).values()];
    if (results.length === 0) {
      const why = timedOut ? `no end within ${seconds(COURSE_MS)}` : `jest exited ${done.code} with no results`;
      return { target, tests: [], ms: done.ms, broken: `${why}: ${firstLines(done.output.slice(-2000), 8)}` };
    }
    // The reason of each n/a test, as testNeeding recorded it (rendered in the run's language).
    const reasons = new Map(readNotShown(naLog).map((e) => [notShownKey(e.file, e.title), { key: e.reason.key, text: e.text.split("\n").slice(-1)[0]?.replace(/^Why: /, "") }]));
    const tests: TestOutcome[] = [];
    for (const file of results) {
      const rel = path.relative(root, file.file);
      if (file.tests.length === 0) {
        // A file that could not run at all (a syntax error, a throw at load): one failure for it.
        tests.push({ file: rel, titles: ["(test file)"], status: "failed", detail: firstLines(file.execError ?? "") });
      }
      for (const a of file.tests) {
        const titles = [...a.ancestorTitles, a.title];
        if (a.status === "passed") tests.push({ file: rel, titles, status: "passed" });
        else if (a.status === "failed") tests.push({ file: rel, titles, status: "failed", detail: firstLines(a.failures.map((f) => f.text).join("\n")) });
        else tests.push({ file: rel, titles, status: "na", detail: reasons.get(notShownKey(file.file, a.title))?.text, reasonKey: reasons.get(notShownKey(file.file, a.title))?.key });
      }
    }
    return { target, tests, ms: done.ms, broken: timedOut ? `no end within ${seconds(COURSE_MS)}` : undefined };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

import path from "node:path";
import { currentRun } from "../lab/run-identity";
import { t } from "../messages/translate";
import { guardEventLoop } from "./loop-guard";
import { EXERCISE_TIMEOUT_MS } from "./use-exercise";

/**
 * Arms the loop guard for one course test file (its setup, before the file and the learner's code
 * load): learner code that blocks the event loop for as long as an exercise may take stops the test
 * process with a message, instead of hanging `npm test` past every time limit and Ctrl-C.
 * `netlab grade` has its own bound for that (the whole jest process group is killed): not armed there.
 */
export function guardTestFile(testPath: string, env: NodeJS.ProcessEnv = process.env): (() => void) | undefined {
  if (env.NETLAB_GRADE_EVENTS) return undefined;
  const file = exerciseFileOf(testPath);
  const run = currentRun(env);
  // The process that owns the run (jest in-band) takes jest's global teardown down with it: the
  // cleanup goes to a detached child. A jest worker's run is cleaned up by jest's own teardown.
  const owner = run.ownerPid === process.pid;
  return guardEventLoop({
    afterMs: EXERCISE_TIMEOUT_MS,
    message: t("exerciseBlocked", { file, seconds: Math.round(EXERCISE_TIMEOUT_MS / 1000), run: run.runId }),
    cleanup: owner ? { command: path.join(__dirname, "..", "..", "scripts", "reap-run.js"), args: [run.runId] } : undefined,
  });
}

/** test/ch1/host-mode.test.ts checks exercises/ch1/host-mode.ts (hidden tests: hidden-tests/ch1/x-hidden.test.ts too). */
export function exerciseFileOf(testPath: string): string {
  const parts = testPath.split(path.sep);
  const chapter = parts[parts.length - 2] ?? "";
  const name = (parts[parts.length - 1] ?? "").replace(/(-hidden)?\.test\.ts$/, ".ts");
  return `exercises/${chapter}/${name}`;
}

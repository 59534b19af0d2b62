import { currentRun, REAP_RUN_SCRIPT } from "../lab/run-identity";
import { GRADER_PID_ENV } from "../lab/lab-run";
import { EVENTS_ENV } from "../jest-run/events";
import { withLocatedEngine } from "../runtime/engine-env";
import { t } from "../messages/translate";
import { guardEventLoop } from "./loop-guard";
import { loadCatalogue } from "../course/catalogue";
import { EXERCISE_TIMEOUT_MS } from "../course/run-bounded";

/**
 * Arms the loop guard while an exercise's learner code runs (useExercise; explore runs that too): code that blocks
 * the event loop for as long as an exercise may take stops the test process with a message,
 * instead of hanging `npm test` past every time limit and Ctrl-C. Not around loading (a cold
 * ts-jest compile on a slow machine blocks too, and must not be taken for a loop), and not in
 * `netlab grade`, which has its own bound for that (it kills the whole jest process group).
 */
export function guardLearnerCode(exercise: string, env: NodeJS.ProcessEnv = process.env): (() => void) | undefined {
  if (env[GRADER_PID_ENV]) return undefined;
  const known = loadCatalogue().exercises.find((e) => e.id === exercise)?.file;
  const file = known ? `exercises/${known}` : exercise;
  const run = currentRun(env);
  // The process that owns the run (jest in-band) takes jest's global teardown down with it: the
  // cleanup goes to a detached child. A jest worker's run is cleaned up by jest's own teardown.
  const owner = run.ownerPid === process.pid;
  // How long learner code may block the event loop: the exercise's limit, unless told otherwise.
  const afterMs = Number(env.NETLAB_LOOP_GUARD_MS ?? EXERCISE_TIMEOUT_MS);
  const params = { file, seconds: Math.round(afterMs / 1000), run: run.runId };
  const events = env[EVENTS_ENV];
  return guardEventLoop({
    afterMs,
    message: t("exerciseBlocked", params),
    // The check reads the stop from the run's events, as data: its message key and parameters.
    record: events ? { file: events, line: JSON.stringify({ type: "blocked", message: { key: "exerciseBlocked", params }, at: Date.now() }) } : undefined,
    // The reaper sweeps the engine this process located (the thread cannot locate it once blocked).
    cleanup: owner ? { command: REAP_RUN_SCRIPT, args: [run.runId], env: withLocatedEngine(env) } : undefined,
  });
}


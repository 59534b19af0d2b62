import os from "node:os";
import { spawn } from "node:child_process";
import { isAlive } from "../process/process-alive";
import { NetlabError } from "../errors";
import { getEngine } from "../runtime/engine";
import { withLocatedEngine } from "../runtime/engine-env";
import { ensureLabImage } from "../runtime/lab-image";
import { engineProfile } from "../runtime/read-engine-profile";
import { withTimeout } from "../async/with-timeout";
import { reapOrphans } from "./reaper";
import { currentRun, LABELS, REAP_RUN_SCRIPT, startRun } from "./run-identity";
import { removeLabelled } from "./teardown";
import { onInterrupt } from "../async/on-interrupt";

/**
 * Starts a run in this process (jest's parent, a CLI command): engine check, reaping of dead runs'
 * leftovers, the lab image. Children (jest workers) inherit the run id and the image through the
 * environment. On SIGINT/SIGTERM a detached helper removes the run's resources after we are gone.
 */
export async function startLabRun(log: (line: string) => void = () => undefined): Promise<void> {
  await getEngine();
  const run = startRun();
  // The first calls that need the engine's network controller: a deadlocked engine is named here, not waited on forever.
  const reaped = await withinDeadline(reapOrphans(run.host), START_BOUND_MS, "docker ps / docker network ls");
  if (reaped.containers.length + reaped.networks.length > 0) {
    log(`Removed ${reaped.containers.length} container(s) and ${reaped.networks.length} network(s) left by interrupted runs`);
  }
  for (const failure of reaped.failed) log(`Could not remove yet what an interrupted run left (${failure}); the next run or \`npx netlab clean\` tries again`);
  const image = await ensureLabImage(log);
  process.env.NETLAB_RESOLVED_IMAGE = image.name;
  // Read once here; jest workers and child processes get it through the environment (testNeeding).
  await engineProfile();
  reapOnSignal(run.runId);
}

/** How long the engine may take for the run's first listing (far more than a healthy one needs, even loaded). */
const START_BOUND_MS = 60_000;

function withinDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return withTimeout(work, ms, () => {
    throw new NetlabError("engineStuck", { what, seconds: ms / 1000 });
  });
}

/** Removes every resource of this process's run. */
export async function endLabRun(): Promise<void> {
  await removeLabelled([`${LABELS.run}=${currentRun().runId}`]);
}

let signalsHooked = false;

/** Set by `netlab grade` for its jest runs: the grader's pid. A grader that dies takes its runs with it. */
export const GRADER_PID_ENV = "NETLAB_GRADER_PID";

function reapOnSignal(runId: string): void {
  if (signalsHooked) return;
  signalsHooked = true;
  // The process is about to go: hand the cleanup to a detached child that outlives it.
  // Named the engine this process located, so that the reaper sweeps that one.
  const reap = () => spawn(process.execPath, [REAP_RUN_SCRIPT, runId], { detached: true, stdio: "ignore", env: withLocatedEngine() }).unref();
  // The jest process ends as a shell reports a signal's end: 128 + its number (SIGINT 130, SIGTERM 143).
  onInterrupt(reap, { signals: ["SIGINT", "SIGTERM", "SIGHUP"], exitCode: (signal) => 128 + (os.constants.signals[signal] ?? 15) });
  // A grader killed outright (SIGKILL) sends no signal on: its jest notices it gone within half a
  // second, reaps the run (its lab containers and sandboxes) and ends its whole process group.
  const grader = Number(process.env[GRADER_PID_ENV]);
  if (!grader) return;
  setInterval(() => {
    if (isAlive(grader)) return;
    reap();
    try {
      process.kill(-process.pid, "SIGKILL");
    } catch {
      process.kill(process.pid, "SIGKILL");
    }
  }, 500).unref();
}

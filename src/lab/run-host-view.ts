import { getEngine } from "../runtime/engine";
import { startHostViewHelper } from "./host-view-helper";
import { currentRun } from "./run-identity";

/** The id of the run's own host-view helper, handed from the global setup to the test files. */
const RUN_HOST_VIEW_ENV = "NETLAB_RUN_HOST_VIEW";
/** The "lab" the run's helper belongs to: none of the run's Labs, so that no Lab's teardown removes it. */
const RUN_LEVEL = "run";

/**
 * Starts the run's host-view helper (a host-network container that reads `ip addr` on the Docker
 * host) ahead of the tests: a warm check does it before the learner saves (test/support/global-setup.ts),
 * so that reading the host after the save costs an exec, not a container start. Labelled with the
 * run, removed with it. A helper that could not start is no error: each Lab then starts its own.
 */
export async function startRunHostView(): Promise<void> {
  try {
    const { running } = await startHostViewHelper(currentRun(), RUN_LEVEL);
    process.env[RUN_HOST_VIEW_ENV] = running.id;
  } catch {
    delete process.env[RUN_HOST_VIEW_ENV];
  }
}

/** The run's host-view helper, when the global setup started one and it still runs: its id and engine name. */
export async function runHostView(): Promise<{ id: string; realName: string } | undefined> {
  const id = process.env[RUN_HOST_VIEW_ENV];
  if (!id) return undefined;
  const { docker } = await getEngine();
  const info = await docker.getContainer(id).inspect().catch(() => undefined);
  return info?.State.Running ? { id, realName: info.Name.replace(/^\//, "") } : undefined;
}

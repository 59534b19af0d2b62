import { startContainer } from "../runtime/container-spec";
import type { RunningContainer } from "../runtime/exec";
import { ensureLabImage } from "../runtime/lab-image";
import { HOST_VIEW_HELPER, labelsFor, realName, type RunIdentity } from "./run-identity";

// Long enough for any run, short enough that a leak found by hand is plainly stale; the Lab's or the
// run's teardown (or the reaper) removes it by label well before.
export const STAY_UP = ["sleep", "86400"];

/**
 * Starts a host-view helper: a host-network container of the lab image that reads `ip addr` on the
 * Docker host. `lab` is the Lab it belongs to, or "run" for the run's own (run-host-view.ts).
 */
export async function startHostViewHelper(run: RunIdentity, lab: string): Promise<{ realName: string; running: RunningContainer }> {
  const image = await ensureLabImage();
  const name = realName(run, lab, HOST_VIEW_HELPER);
  const running = await startContainer({ image: image.name, name, labels: labelsFor(run, lab, HOST_VIEW_HELPER), networkMode: "host", command: STAY_UP });
  return { realName: name, running };
}

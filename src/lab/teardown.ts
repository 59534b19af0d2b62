import os from "node:os";
import { getEngine } from "../runtime/engine";
import { removeLabelledWith, sweepLabelledWith, type Removed } from "../runtime/remove-labelled";
import { LABELS } from "./run-identity";

export type { Removed };

/**
 * Removes every container, then every network, carrying all the given labels ("key=value"), on
 * this process's engine. Label-based, so it also finds what a half-finished `docker run` created
 * but never reported. The one teardown (src/runtime/remove-labelled.js) that scripts/reap-run.js runs too.
 */
export async function removeLabelled(labelFilters: string[]): Promise<Removed> {
  const { docker } = await getEngine();
  return removeLabelledWith(docker, labelFilters);
}

const lateSweeps = new Set<Promise<void>>();

/** How long after a killed run's sweep its late `docker run` calls have landed. */
const LATE_SWEEP_MS = 2500;

/**
 * Removes a finished run's containers and networks by its run label (or, when it died before
 * saying its id, by its owner pid on this host). A killed run may have had a `docker run` in
 * flight that lands a moment later, so it is swept again after a while, without holding up the
 * caller: `settleSweeps()` waits for those late sweeps. Never rejects.
 */
export async function removeRunLeftovers(runId: string | undefined, pid: number | undefined, killed: boolean): Promise<void> {
  const filters = runId ? [`${LABELS.run}=${runId}`] : pid !== undefined ? [`${LABELS.pid}=${pid}`, `${LABELS.host}=${os.hostname()}`] : undefined;
  if (!filters) return;
  await removeLabelled(filters).catch(() => undefined);
  if (!killed) return;
  const late = getEngine().then(({ docker }) => sweepLabelledWith(docker, filters, [LATE_SWEEP_MS]), () => undefined);
  lateSweeps.add(late);
  void late.finally(() => lateSweeps.delete(late));
}

/** Waits until every killed run has had its second sweep: then nothing of the batch is left. */
export async function settleSweeps(): Promise<void> {
  while (lateSweeps.size > 0) await Promise.all([...lateSweeps]);
}

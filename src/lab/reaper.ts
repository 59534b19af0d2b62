import { listContainers } from "../runtime/containers";
import { listNetworks } from "../runtime/networks";
import { LABELS } from "./run-identity";
import { removeLabelled, type Removed } from "./teardown";
import { isAlive } from "../process/process-alive";

export { isAlive };

// A run owned by another machine sharing this engine is only taken as dead after this long.
const FOREIGN_RUN_MAX_AGE_MS = 12 * 60 * 60 * 1000;

export interface RunOwner {
  runId: string;
  pid: number;
  host: string;
  created: number;
}

/** A run is orphaned when its owner process on this host is gone, or it is old and from elsewhere. */
export function isOrphaned(owner: RunOwner, host: string, now = Date.now(), alive = isAlive): boolean {
  if (owner.host === host) return !alive(owner.pid);
  return now - owner.created > FOREIGN_RUN_MAX_AGE_MS;
}

/**
 * The runs that have resources on the engine, from their labels.
 * @lazy
 */
export async function runsOnEngine(): Promise<RunOwner[]> {
  const filter = [`${LABELS.managed}=1`];
  const [containers, networks] = await Promise.all([listContainers(filter), listNetworks({ label: filter })]);
  const owners = new Map<string, RunOwner>();
  for (const labels of [...containers.map((c) => c.Labels), ...networks.map((n) => n.Labels ?? {})]) {
    const runId = labels[LABELS.run];
    if (!runId || owners.has(runId)) continue;
    owners.set(runId, {
      runId,
      pid: Number(labels[LABELS.pid]),
      host: labels[LABELS.host] ?? "",
      created: Date.parse(labels[LABELS.created] ?? "") || 0,
    });
  }
  return [...owners.values()];
}

/**
 * Removes what runs that died (killed, crashed) left on the engine. Live runs are never touched.
 * Best effort: a leftover that will not go (yet) is reported in `failed`, never thrown, because a
 * dead run's debris must not stop a live run from starting; the next start or `netlab clean` retries.
 */
export async function reapOrphans(host: string): Promise<Removed & { failed: string[] }> {
  const orphans = (await runsOnEngine()).filter((o) => isOrphaned(o, host));
  const failed: string[] = [];
  const removed = await Promise.all(
    orphans.map((o) =>
      removeLabelled([`${LABELS.run}=${o.runId}`]).catch((err: unknown): Removed => {
        failed.push(`run ${o.runId}: ${err instanceof Error ? err.message : String(err)}`);
        return { containers: [], networks: [] };
      }),
    ),
  );
  return {
    containers: removed.flatMap((r) => r.containers),
    networks: removed.flatMap((r) => r.networks),
    failed,
  };
}

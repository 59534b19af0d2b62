import { LABELS } from "../../../src/lab/run-identity";
import { listContainers } from "../../../src/runtime/containers";
import { listNetworks } from "../../../src/runtime/networks";

/** A unix socket path with nothing behind it: "no engine reachable", without any network traffic. */
export const NO_ENGINE = { DOCKER_HOST: "unix:///nonexistent/netlab-test/docker.sock" };

/** The names of the containers and networks of one run still on the engine. */
export async function runResources(runId: string): Promise<string[]> {
  const filter = [`${LABELS.run}=${runId}`];
  const [containers, networks] = await Promise.all([listContainers(filter), listNetworks({ label: filter })]);
  return [...containers.map((c) => (c.Names[0] ?? c.Id).replace(/^\//, "")), ...networks.map((n) => n.Name)];
}

/** What of the run is still on the engine once its removal had up to 10 s to finish (a detached sweep). */
export async function runResourcesAfterCleanup(runId: string): Promise<string[]> {
  let left = await runResources(runId);
  for (let i = 0; i < 40 && left.length > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    left = await runResources(runId);
  }
  return left;
}

import { listContainers, removeContainer } from "../runtime/containers";
import { listNetworks, removeNetwork } from "../runtime/networks";

export interface Removed {
  containers: string[];
  networks: string[];
}

/**
 * Removes every container, then every network, carrying all the given labels ("key=value").
 * Label-based, so it also finds what a half-finished `docker run` created but never reported.
 */
export async function removeLabelled(labelFilters: string[]): Promise<Removed> {
  const containers = await listContainers(labelFilters);
  await Promise.all(containers.map((c) => removeContainer(c.Id)));
  const networks = await listNetworks({ label: labelFilters });
  // A network still has endpoints until its containers are gone, hence the order.
  await Promise.all(networks.map((n) => removeNetwork(n.Id)));
  return {
    containers: containers.map((c) => (c.Names[0] ?? c.Id).replace(/^\//, "")),
    networks: networks.map((n) => n.Name),
  };
}

import type Dockerode from "dockerode";
import { getEngine } from "./engine";

export interface NetworkSpec {
  name: string;
  driver: string;
  labels: Record<string, string>;
  subnet?: string;
  gateway?: string;
  internal?: boolean;
}

/**
 * docker network create [--driver D] [--subnet S --gateway G] NAME (through the API: testcontainers has
 * no IPAM). Gives the new network's id, as the CLI prints it: one API call, inspect it for the rest.
 */
export async function createNetwork(spec: NetworkSpec): Promise<{ Id: string }> {
  const { client } = await getEngine();
  const ipam = spec.subnet
    ? { Driver: "default", Config: [{ Subnet: spec.subnet, ...(spec.gateway ? { Gateway: spec.gateway } : {}) }] }
    : undefined;
  const network = await client.network.create({
    Name: spec.name,
    Driver: spec.driver,
    Labels: spec.labels,
    CheckDuplicate: true,
    Internal: spec.internal ?? false,
    ...(ipam ? { IPAM: ipam } : {}),
  });
  return { Id: network.id };
}

/** docker network connect [--alias A] NETWORK CONTAINER */
export async function connectNetwork(network: string, container: string, aliases: string[]): Promise<void> {
  const { docker } = await getEngine();
  await docker.getNetwork(network).connect({ Container: container, EndpointConfig: { Aliases: aliases } });
}

/** docker network disconnect NETWORK CONTAINER */
export async function disconnectNetwork(network: string, container: string): Promise<void> {
  const { docker } = await getEngine();
  await docker.getNetwork(network).disconnect({ Container: container, Force: true });
}

/** docker network inspect NAME */
export async function inspectNetwork(nameOrId: string): Promise<Dockerode.NetworkInspectInfo> {
  const { docker } = await getEngine();
  return (await docker.getNetwork(nameOrId).inspect()) as Dockerode.NetworkInspectInfo;
}

/** docker network ls (all of them: names, subnets), for clash checks. */
export async function listNetworks(filters?: Record<string, string[]>): Promise<Dockerode.NetworkInspectInfo[]> {
  const { docker } = await getEngine();
  return docker.listNetworks(filters ? { filters } : {});
}

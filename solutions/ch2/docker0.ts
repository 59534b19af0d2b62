import { Lab } from "netlab";

/** What the engine says about its default bridge. */
export interface BridgeFacts {
  /** The subnet containers on the default bridge get their addresses from. */
  subnet: string;
  /** The gateway they route through: docker0's own address on the host. */
  gateway: string;
}

/**
 * Chapter 2, exercise 1: docker0, the default bridge.
 *
 *   docker run -d --name c1 netlab-lab sleep 86400          (c2 and c3 the same)
 *   docker network inspect bridge      ->  .IPAM.Config[0].Subnet
 *   docker inspect c1                  ->  .NetworkSettings.Networks.bridge.Gateway
 */
export async function readDocker0(lab: Lab): Promise<BridgeFacts> {
  await Promise.all(["c1", "c2", "c3"].map((name) => lab.run(name)));
  const info = await lab.inspectNetwork("bridge");
  const ipv4 = info.IPAM?.Config?.find((c) => c.Subnet && !c.Subnet.includes(":"));
  const endpoint = (await lab.container("c1").addresses()).find((a) => a.network === "bridge");
  if (!ipv4?.Subnet || !endpoint) throw new Error("the engine reports no IPv4 subnet for its default bridge");
  return { subnet: ipv4.Subnet, gateway: ipv4.Gateway ?? endpoint.gateway };
}

import { Lab, notYetDone } from "netlab";

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
 * Start "c1", "c2" and "c3" with no network option (so on the default bridge), then read from the
 * engine the default bridge's subnet and gateway and return them. Do not write them down from memory:
 * 172.17.0.0/16 and 172.17.0.1 are only the usual values, and an engine can be configured otherwise.
 *
 *   docker run -d --name c1 netlab-lab sleep 86400          (c2 and c3 the same)
 *   docker network inspect bridge      ->  .IPAM.Config[0].Subnet (and .Gateway, on some engines)
 *   docker inspect c1                  ->  .NetworkSettings.Networks.bridge.Gateway
 *
 * Some engines leave the gateway out of the network's IPAM config; every container's endpoint on
 * the network has it. In netlab: `lab.inspectNetwork("bridge")` and `lab.container("c1").addresses()`.
 */
export async function readDocker0(lab: Lab): Promise<BridgeFacts> {
  // TODO: start c1, c2 and c3; then read the default bridge's subnet and gateway from the engine.
  notYetDone('start "c1", "c2" and "c3", then return { subnet, gateway } read with lab.inspectNetwork("bridge") and c1\'s addresses()');
}

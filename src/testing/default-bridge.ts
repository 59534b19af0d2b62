import type { Lab } from "../lab/lab";
import { engineProfile } from "../runtime/read-engine-profile";

/** Docker's default bridge as this engine has it: never assumed, always read. */
export interface DefaultBridge {
  /** docker network inspect bridge: the IPv4 entry of .IPAM.Config (172.17.0.0/16 unless configured otherwise). */
  subnet: string;
  /** Its gateway: the bridge's own address on the host. */
  gateway: string;
  /**
   * The Linux bridge behind it (docker0 on Docker, podman0 on Podman): as the engine names it, else the
   * host interface holding an address in the subnet; undefined when neither says (callers must check).
   */
  bridge: string | undefined;
}

/** Reads the default bridge's subnet, gateway and Linux bridge name from the engine (and the host). */
export async function defaultBridge(lab: Lab): Promise<DefaultBridge> {
  const [ipam, bridge] = await Promise.all([lab.networkIpam("bridge"), lab.bridgeOf("bridge")]);
  if (!ipam.subnet || !ipam.gateway) {
    throw new Error(`netlab: the engine reports no IPv4 subnet and gateway for its default bridge (found ${JSON.stringify(ipam)})`);
  }
  return { subnet: ipam.subnet, gateway: ipam.gateway, bridge };
}

/**
 * For a check that reads the host's interfaces: where the engine makes the default network's bridge
 * only while a container is on it (Podman's podman0), one of the check's own is put there first, so
 * that the bridge is on the host as docker0 always is. Nothing on an engine that keeps it.
 */
export async function holdDefaultBridge(lab: Lab): Promise<void> {
  if ((await engineProfile()).defaultBridgeOnDemand) await lab.run("bridge-keeper");
}

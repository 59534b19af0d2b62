import type { Lab } from "../lab/lab";

/** Docker's default bridge as this engine has it: never assumed, always read. */
export interface DefaultBridge {
  /** docker network inspect bridge: .IPAM.Config[].Subnet (172.17.0.0/16 unless configured otherwise). */
  subnet: string;
  /** Its gateway: docker0's own address on the host. */
  gateway: string;
  /** The Linux bridge behind it: .Options["com.docker.network.bridge.name"] (docker0). */
  bridge: string;
}

/** Reads the default bridge's subnet, gateway and Linux bridge name from the engine. */
export async function defaultBridge(lab: Lab): Promise<DefaultBridge> {
  const [ipam, info] = await Promise.all([lab.networkIpam("bridge"), lab.inspectNetwork("bridge")]);
  if (!ipam.subnet || !ipam.gateway) {
    throw new Error(`netlab: the engine reports no IPv4 subnet and gateway for its default bridge (found ${JSON.stringify(ipam)})`);
  }
  return { subnet: ipam.subnet, gateway: ipam.gateway, bridge: info.Options?.["com.docker.network.bridge.name"] ?? "docker0" };
}

import os from "node:os";

/**
 * Does the Docker engine run on this very host? It does when one of this host's interfaces holds the
 * default bridge's gateway address (docker0's). On Docker Desktop or Colima the bridge lives in a VM:
 * container addresses are not routable from here, and the host's own iptables are not the engine's.
 */
export function engineIsLocal(gateway: string, interfaces = os.networkInterfaces()): boolean {
  return Object.values(interfaces).some((addresses) => (addresses ?? []).some((a) => a.family === "IPv4" && a.address === gateway));
}

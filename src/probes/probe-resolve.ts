import type { LabContainer } from "../lab/lab-container";
import { probeReach } from "./probe-reach";

/** What a name lookup inside a container gave. */
export interface ResolveResult {
  from: string;
  name: string;
  address?: string;
  /** Where the answer came from: the container's /etc/hosts (links) or DNS (user-defined networks). */
  source?: "hosts" | "dns";
}

/**
 * Resolves NAME inside FROM the way ping does (/etc/hosts first, then the DNS in resolv.conf), and
 * says which of the two answered.
 */
export async function probeResolve(from: LabContainer, name: string): Promise<ResolveResult> {
  const [reach, hosts] = await Promise.all([probeReach(from, name), from.exec(["cat", "/etc/hosts"])]);
  if (!reach.resolved) return { from: from.name, name };
  const inHosts = hosts.stdout.split("\n").some((line) => line.split(/\s+/).slice(1).includes(name));
  return { from: from.name, name, address: reach.address, source: inHosts ? "hosts" : "dns" };
}

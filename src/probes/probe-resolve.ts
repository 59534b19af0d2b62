import type { LabContainer } from "../lab/lab-container";
import { assertTargetSyntax, isAddress } from "./lab-targets";
import { probeReach } from "./probe-reach";
import { quickLookup } from "./quick-lookup";

/** What a name lookup inside a container gave. */
export interface ResolveResult {
  from: string;
  name: string;
  address?: string;
  /** Where the answer came from: the container's /etc/hosts (links) or DNS (user-defined networks). */
  source?: "hosts" | "dns";
}

export interface ResolveOptions {
  /**
   * "Does not resolve" may count after this many ms instead of the resolver's second: when a lookup
   * of the container's own name, sent at the same moment, was answered within half of it, and no
   * answer sat unread in the lookup's socket (quick-lookup.ts says why that keeps it honest).
   * Otherwise the probe waits the full lookup, as without it.
   */
  unansweredMs?: number;
}

/**
 * Resolves NAME inside FROM the way ping does (/etc/hosts first, then the DNS in resolv.conf), and
 * says which of the two answered.
 */
export async function probeResolve(from: LabContainer, name: string, options: ResolveOptions = {}): Promise<ResolveResult> {
  const [address, hosts] = await Promise.all([lookUp(from, name, options), from.exec(["cat", "/etc/hosts"])]);
  if (address === undefined) return { from: from.name, name };
  const inHosts = hosts.stdout.split("\n").some((line) => line.split(/\s+/).slice(1).includes(name));
  return { from: from.name, name, address, source: inHosts ? "hosts" : "dns" };
}

async function lookUp(from: LabContainer, name: string, options: ResolveOptions): Promise<string | undefined> {
  if (options.unansweredMs !== undefined && !isAddress(name)) {
    assertTargetSyntax(name);
    const quick = await quickLookup(from, name, options.unansweredMs);
    if (quick.verdict === "resolved") return quick.address;
    if (quick.verdict === "unresolved" || quick.verdict === "unanswered") return undefined;
  }
  const reach = await probeReach(from, name);
  return reach.resolved ? reach.address : undefined;
}

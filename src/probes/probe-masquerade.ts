import { NetlabError } from "../errors";
import { findMasquerade, readNatRules, type MasqueradeFinding } from "../runtime/host-nat-rules";

/**
 * Is there the rule that rewrites a container's address to the host's on the way out, for SUBNET
 * leaving by any interface but BRIDGE? Reads rules only, sends nothing. Asked only where the run's
 * engine profile says the network host is here and its rules are readable (testNeeding("hostFirewall")):
 * a listing that fails now is a broken probe, said as such, never a pass.
 */
export async function probeMasquerade(subnet: string, bridge: string | undefined, firewall: "iptables" | "nftables" | "unknown"): Promise<MasqueradeFinding> {
  const rules = await readNatRules(firewall);
  if ("failed" in rules) throw new NetlabError("probeBroken", { tool: rules.failed.split(":")[0] ?? "iptables", container: "this host", output: rules.failed });
  return findMasquerade(rules, subnet, bridge);
}

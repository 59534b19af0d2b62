import { types } from "node:util";
import { NetlabError } from "../errors";
import { listNetworks } from "../runtime/networks";
import { classifyEngineError } from "../runtime/shapes/engine-error";
import { firstHost, parseCidr } from "./cidr";
import { findClashes, hostRoutes, pickFreeSubnet, type AddressUser } from "./subnet-plan";

/** Who uses address space now: this host's routes and every Docker network's subnets. */
export async function addressUsers(): Promise<AddressUser[]> {
  const networks = await listNetworks();
  const fromDocker = networks.flatMap((n) =>
    (n.IPAM?.Config ?? [])
      .filter((c) => c.Subnet && parseCidr(c.Subnet))
      .map((c) => ({ cidr: c.Subnet as string, what: `the Docker network "${n.Name}"` })),
  );
  const dockerCidrs = new Set(fromDocker.map((u) => u.cidr));
  // A Docker network's own route (docker0, br-...) is that network, not a second clash.
  return [...fromDocker, ...hostRoutes().filter((r) => !dockerCidrs.has(r.cidr))];
}

/** Throws a teaching error when the subnet overlaps a host route or another Docker network. */
export function assertNoClash(subnet: string, users: AddressUser[]): void {
  const clashes = findClashes(subnet, users);
  if (clashes.length > 0) {
    throw new NetlabError("subnetClash", { subnet, clashes: clashes.map((c) => `${c.cidr} (${c.what})`).join(", ") });
  }
}

const handedOut = new Set<string>();

/** A free /24 and its gateway; never the same twice in one process. */
export async function allocateSubnet(): Promise<{ subnet: string; gateway: string }> {
  const users = [...(await addressUsers()), ...[...handedOut].map((cidr) => ({ cidr, what: "this run" }))];
  const subnet = pickFreeSubnet(users);
  const parsed = subnet ? parseCidr(subnet) : undefined;
  if (!subnet || !parsed) {
    throw new NetlabError("subnetClash", { subnet: "10.128.0.0/9 and 172.16.0.0/12", clashes: "every candidate /24 netlab tried" });
  }
  handedOut.add(subnet);
  return { subnet, gateway: firstHost(parsed) };
}

/** A Docker API error in the learner's terms: plain names, and what the engine meant (whatever its wording). */
export function translateDockerError(err: unknown, action: string, plain: (s: string) => string, subnet?: string): Error {
  if (err instanceof NetlabError) return err;
  // isNativeError: the engine's errors come from testcontainers' realm inside a jest file (load-testcontainers.ts).
  const raw = types.isNativeError(err) ? err.message : String(err);
  const message = plain(raw.replace(/^\(HTTP code \d+\)\s*(unexpected|server error|conflict|bad parameter)?\s*-\s*/i, "").trim());
  const meaning = classifyEngineError((err as { statusCode?: number } | undefined)?.statusCode, message);
  if (meaning.kind === "portTaken") return new NetlabError("portTaken", { action, port: meaning.port, hostIp: meaning.hostIp, cause: message });
  if (meaning.kind === "linkUnsupported") return new NetlabError("linkUnsupported", { action, cause: message });
  if (subnet && meaning.kind === "subnetOverlap") {
    return new NetlabError("subnetClash", { subnet, clashes: `a network the engine already has (it said: ${message})` });
  }
  return new NetlabError("dockerRefused", { action, cause: message });
}

import { NetlabError } from "../errors";
import type { Lab } from "../lab/lab";

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function isAddress(target: string): boolean {
  return IPV4.test(target);
}

/**
 * A probe may send traffic only to the run's own containers and to loopback. An address target must
 * be one of this lab's containers' addresses, read from the engine; anything else is a Matcher error.
 */
export async function assertLabTarget(lab: Lab, target: string): Promise<void> {
  assertTargetSyntax(target);
  if (!isAddress(target) || target.startsWith("127.")) return;
  const owned = await labAddresses(lab);
  if (!owned.has(target)) throw new NetlabError("foreignAddress", { address: target });
}

async function labAddresses(lab: Lab): Promise<Set<string>> {
  const all = await Promise.all(lab.listContainers().map((c) => c.addresses().catch(() => [])));
  return new Set(all.flat().map((a) => a.ip));
}

/** Names and addresses only: a target is passed to a command inside the container. */
export function assertTargetSyntax(target: string): void {
  if (typeof target !== "string" || !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(target)) throw new NetlabError("foreignAddress", { address: target });
}

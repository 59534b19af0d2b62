import type { MatcherContext } from "expect";
import { contains, parseCidr } from "../lab/cidr";
import type { ContainerAddress } from "../lab/lab-container";
import { t } from "../messages/translate";
import { keyed, render, type KeyedMessage } from "../messages/facts";
import { callHint, failureText, matcherFacts } from "./failure-text";
import { labContainerSubject } from "./subject";

/** await expect(c1).toHaveAddressIn("172.17.0.0/16"): one of its addresses (docker inspect) lies in the subnet. */
export async function toHaveAddressIn(this: MatcherContext, received: unknown, cidr: string) {
  const container = labContainerSubject("toHaveAddressIn", received);
  const subnet = parseCidr(cidr);
  if (!subnet) throw new Error(`Matcher error: "${cidr}" is not an IPv4 subnet such as "172.17.0.0/16".`);
  const addresses = await container.addresses();
  const pass = addresses.some((a) => contains(subnet, a.ip));
  const isNot = this.isNot ?? false;
  return { pass, message: () => addressMessage(container.name, cidr, addresses, isNot), facts: matcherFacts("toHaveAddressIn", container.name, cidr, isNot, addressSeen(addresses)) };
}

/** The addresses a container has, as the failure's Received line says them. */
export function addressSeen(addresses: ContainerAddress[]): KeyedMessage {
  return keyed("seenAddresses", { addresses: addresses.map((a) => `${a.ip}/${a.prefixLength} on ${a.network}`).join(", ") });
}

export function addressMessage(container: string, cidr: string, addresses: ContainerAddress[], isNot: boolean): string {
  return failureText({
    hint: callHint("toHaveAddressIn", container, [cidr], isNot),
    expected: t(isNot ? "expectedNoAddressIn" : "expectedAddressIn", { container, cidr }),
    received: render(addressSeen(addresses)),
    why: t("whyAddressIn", {}),
    next: t("tryAddressIn", { container }),
  });
}

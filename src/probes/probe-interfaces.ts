import type { LabContainer } from "../lab/lab-container";
import { IFLINK_COMMAND, parseIpLink, withAddresses, withIflinks, type NetInterface } from "../lab/ip-output";

/** `ip -o link` and `ip -o -4 addr` inside a container: its own interfaces, as it sees them (eth0@ifN...). */
export async function probeInterfaces(container: LabContainer): Promise<NetInterface[]> {
  const [link, addr, iflink] = await Promise.all([container.exec(["ip", "-o", "link"]), container.exec(["ip", "-o", "-4", "addr"]), container.exec(IFLINK_COMMAND)]);
  return withIflinks(withAddresses(parseIpLink(link.stdout), addr.stdout), iflink.stdout);
}

import type { LabContainer } from "../lab/lab-container";
import { parseIpLink, withAddresses, type NetInterface } from "../lab/ip-output";

/** `ip -o link` and `ip -o -4 addr` inside a container: its own interfaces, as it sees them (eth0@ifN...). */
export async function probeInterfaces(container: LabContainer): Promise<NetInterface[]> {
  const [link, addr] = await Promise.all([container.exec(["ip", "-o", "link"]), container.exec(["ip", "-o", "-4", "addr"])]);
  return withAddresses(parseIpLink(link.stdout), addr.stdout);
}

import type { LabContainer } from "../lab/lab-container";
import { INTERFACES_COMMAND, parseInterfaces, type NetInterface } from "../lab/ip-output";

/** `ip -o link` and `ip -o -4 addr` inside a container: its own interfaces, as it sees them (eth0@ifN...). */
export async function probeInterfaces(container: LabContainer): Promise<NetInterface[]> {
  return parseInterfaces((await container.exec(INTERFACES_COMMAND)).stdout);
}

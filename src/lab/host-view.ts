import type { LabContainer } from "./lab-container";
import { INTERFACES_COMMAND, parseInterfaces, parseIpRoute, type NetInterface, type Route } from "./ip-output";

/** `ip addr` and `ip route` of the Docker host, read through a helper container in host network mode. */
export class HostView {
  constructor(private readonly helper: LabContainer) {}

  /** ip -o link + ip -o -4 addr, parsed. */
  async interfaces(): Promise<NetInterface[]> {
    return parseInterfaces((await this.helper.exec(INTERFACES_COMMAND)).stdout);
  }

  /** ip route */
  async routes(): Promise<Route[]> {
    return parseIpRoute((await this.helper.exec(["ip", "route"])).stdout);
  }

  /** The interface with this index (the host side of a veth whose container side says eth0@ifN). */
  async byIndex(index: number): Promise<NetInterface | undefined> {
    return (await this.interfaces()).find((i) => i.index === index);
  }

  /** Runs a command in the host's network namespace (iptables is not in busybox: use `ip`, `cat /proc/...`). */
  exec(command: string | string[]) {
    return this.helper.exec(command);
  }
}

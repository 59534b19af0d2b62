// Mutant of ch2-host-reach: a wrong solution a learner writes.
// Breaks the claim: the device is the host's interface (the learner answers c1's own eth0).
import { Lab } from "netlab";

export interface HostRoute {
  address: string;
  device: string;
}

export async function routeToContainer(lab: Lab): Promise<HostRoute> {
  const c1 = await lab.run("c1");
  return { address: (await c1.ip("bridge")) ?? "", device: "eth0" };
}

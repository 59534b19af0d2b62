// Mutant of ch2-host-reach: a wrong solution a learner writes.
// Breaks the claim: the device is read from the host's route to the bridge's subnet (typed in: docker0).
import { Lab } from "netlab";

export interface HostRoute {
  address: string;
  device: string;
}

export async function routeToContainer(lab: Lab): Promise<HostRoute> {
  const c1 = await lab.run("c1");
  return { address: (await c1.ip("bridge")) ?? "", device: "docker0" };
}

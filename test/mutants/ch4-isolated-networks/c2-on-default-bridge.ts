// Mutant of ch4-isolated-networks: a wrong solution a learner writes.
// Breaks the claim: c2 is on mynet (mynet is created, but c2 runs on the default bridge).
import { Lab, type SubnetPlan } from "netlab";

export async function isolateNetworks(lab: Lab, net: SubnetPlan): Promise<void> {
  await lab.createNetwork("mynet", { subnet: net.subnet, gateway: net.gateway });
  await Promise.all([lab.run("c1"), lab.run("c2")]);
}

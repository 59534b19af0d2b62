// Mutant of ch3-user-network: a wrong solution a learner writes.
// Breaks the claim: c1 and c2 are members of diynetwork (created, but they run on the default bridge).
import { Lab, type SubnetPlan } from "netlab";

export async function createDiyNetwork(lab: Lab, net: SubnetPlan): Promise<void> {
  await lab.createNetwork("diynetwork", { driver: "bridge", subnet: net.subnet, gateway: net.gateway });
  await Promise.all([lab.run("c1"), lab.run("c2")]);
}

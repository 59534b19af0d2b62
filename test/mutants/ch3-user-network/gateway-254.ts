// Mutant of ch3-user-network: a wrong solution a learner writes.
// Breaks the claim: the gateway is the one handed in (the learner puts it at the top of the range, .254).
import { Lab, type SubnetPlan } from "netlab";

export async function createDiyNetwork(lab: Lab, net: SubnetPlan): Promise<void> {
  const gateway = net.subnet.replace(/\.0\/24$/, ".254");
  await lab.createNetwork("diynetwork", { driver: "bridge", subnet: net.subnet, gateway });
  await Promise.all([lab.run("c1", { network: "diynetwork" }), lab.run("c2", { network: "diynetwork" })]);
}

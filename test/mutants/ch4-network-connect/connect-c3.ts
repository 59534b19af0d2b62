// Mutant of ch4-network-connect: a wrong solution a learner writes.
// Breaks the claim: only c1 is connected; c3 still cannot reach c2 (c3 is connected instead).
import { Lab, type SubnetPlan } from "netlab";

export async function connectNetworks(lab: Lab, net: SubnetPlan): Promise<void> {
  await lab.createNetwork("mynet", { subnet: net.subnet, gateway: net.gateway });
  await Promise.all([lab.run("c1"), lab.run("c3"), lab.run("c2", { network: "mynet" })]);
  await lab.connect("mynet", "c3");
}

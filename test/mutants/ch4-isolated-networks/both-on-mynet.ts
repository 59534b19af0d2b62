// Mutant of ch4-isolated-networks: a wrong solution a learner writes.
// Breaks the claim: c1 is on the default bridge (both are put on mynet).
import { Lab, type SubnetPlan } from "netlab";

export async function isolateNetworks(lab: Lab, net: SubnetPlan): Promise<void> {
  await lab.createNetwork("mynet", { subnet: net.subnet, gateway: net.gateway });
  await Promise.all([lab.run("c1", { network: "mynet" }), lab.run("c2", { network: "mynet" })]);
}

// Mutant of ch4-network-connect: a wrong solution a learner writes.
// Breaks the claim: connect adds a network: c1 keeps the default bridge (c1 is started on mynet instead).
import { Lab, type SubnetPlan } from "netlab";

export async function connectNetworks(lab: Lab, net: SubnetPlan): Promise<void> {
  await lab.createNetwork("mynet", { subnet: net.subnet, gateway: net.gateway });
  await Promise.all([lab.run("c1", { network: "mynet" }), lab.run("c3"), lab.run("c2", { network: "mynet" })]);
}

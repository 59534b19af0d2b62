// Mutant of ch4-network-connect: a wrong solution a learner writes.
// Breaks the claim: c1 is connected to mynet and gets a second address (the connect is left out).
import { Lab, type SubnetPlan } from "netlab";

export async function connectNetworks(lab: Lab, net: SubnetPlan): Promise<void> {
  await lab.createNetwork("mynet", { subnet: net.subnet, gateway: net.gateway });
  await Promise.all([lab.run("c1"), lab.run("c3"), lab.run("c2", { network: "mynet" })]);
}

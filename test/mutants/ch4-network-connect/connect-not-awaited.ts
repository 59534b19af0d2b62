// Mutant of ch4-network-connect: a wrong solution a learner writes.
// Breaks the claim: c1 is on mynet when the checks look (the connect is not awaited).
import { Lab, type SubnetPlan } from "netlab";

export async function connectNetworks(lab: Lab, net: SubnetPlan): Promise<void> {
  await lab.createNetwork("mynet", { subnet: net.subnet, gateway: net.gateway });
  await Promise.all([lab.run("c1"), lab.run("c3"), lab.run("c2", { network: "mynet" })]);
  void lab.connect("mynet", "c1");
}

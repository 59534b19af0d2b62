// Mutant of ch4-isolated-networks: a wrong solution a learner writes.
// Breaks the claim: mynet has the subnet handed in (created without one: the engine picks its own).
import { Lab, type SubnetPlan } from "netlab";

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function isolateNetworks(lab: Lab, net: SubnetPlan): Promise<void> {
  await lab.createNetwork("mynet");
  await Promise.all([lab.run("c1"), lab.run("c2", { network: "mynet" })]);
}

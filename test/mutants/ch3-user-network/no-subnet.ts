// Mutant of ch3-user-network: a wrong solution a learner writes.
// Breaks the claim: diynetwork has the subnet and gateway handed in (created without them: the engine picks its own).
import { Lab, type SubnetPlan } from "netlab";

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function createDiyNetwork(lab: Lab, net: SubnetPlan): Promise<void> {
  await lab.createNetwork("diynetwork", { driver: "bridge" });
  await Promise.all([lab.run("c1", { network: "diynetwork" }), lab.run("c2", { network: "diynetwork" })]);
}

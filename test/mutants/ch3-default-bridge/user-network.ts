// Mutant of ch3-default-bridge: a wrong solution a learner writes.
// Breaks the claim: both are on the default bridge (the learner makes a network of their own).
import { Lab } from "netlab";

export async function startOnDefaultBridge(lab: Lab): Promise<void> {
  const net = await lab.freeSubnet();
  await lab.createNetwork("mine", { subnet: net.subnet, gateway: net.gateway });
  await Promise.all([lab.run("c1", { network: "mine" }), lab.run("c2", { network: "mine" })]);
}

// Mutant of ch3-link: a wrong solution a learner writes.
// Breaks the claim: the name comes from --link and works one way only (a user network gives names both ways).
import { Lab } from "netlab";

export async function linkContainers(lab: Lab): Promise<void> {
  const net = await lab.freeSubnet();
  await lab.createNetwork("linknet", { subnet: net.subnet, gateway: net.gateway });
  await lab.run("c1", { network: "linknet" });
  await lab.run("c2", { network: "linknet" });
}

// Mutant of ch4-network-disconnect: a wrong solution a learner writes.
// Breaks the claim: it is c1 that is disconnected (c2 is taken off mynet).
import { Lab } from "netlab";

export async function disconnectC1(lab: Lab): Promise<void> {
  await lab.disconnect("mynet", "c2");
}

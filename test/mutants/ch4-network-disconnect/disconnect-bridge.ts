// Mutant of ch4-network-disconnect: a wrong solution a learner writes.
// Breaks the claim: c1 leaves mynet and stays on the default bridge (it leaves the default bridge).
import { Lab } from "netlab";

export async function disconnectC1(lab: Lab): Promise<void> {
  await lab.disconnect("bridge", "c1");
}

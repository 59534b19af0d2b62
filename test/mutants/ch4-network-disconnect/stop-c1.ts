// Mutant of ch4-network-disconnect: a wrong solution a learner writes.
// Breaks the claim: c1 keeps running on the default bridge with c3 (the learner stops c1 to cut it off).
import { Lab } from "netlab";

export async function disconnectC1(lab: Lab): Promise<void> {
  await lab.stop("c1");
}

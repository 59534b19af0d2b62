// Mutant of ch3-default-bridge: a wrong solution a learner writes.
// Breaks the claim: on the default bridge neither container finds the other by name (c1 is linked to c2: the other direction).
import { Lab } from "netlab";

export async function startOnDefaultBridge(lab: Lab): Promise<void> {
  await lab.run("c2");
  await lab.run("c1", { links: ["c2"] });
}

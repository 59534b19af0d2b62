// Mutant of ch3-default-bridge: a wrong solution a learner writes.
// Breaks the claim: on the default bridge neither container finds the other by name (c2 is linked to c1).
import { Lab } from "netlab";

export async function startOnDefaultBridge(lab: Lab): Promise<void> {
  await lab.run("c1");
  await lab.run("c2", { links: ["c1"] });
}

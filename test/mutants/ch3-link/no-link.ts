// Mutant of ch3-link: a wrong solution a learner writes.
// Breaks the claim: c2 reaches c1 by name through the link (no link: the default bridge has no names).
import { Lab } from "netlab";

export async function linkContainers(lab: Lab): Promise<void> {
  await lab.run("c1");
  await lab.run("c2");
}

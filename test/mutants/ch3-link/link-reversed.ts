// Mutant of ch3-link: a wrong solution a learner writes.
// Breaks the claim: c2 is started with the link to c1 (c1 is started linked to c2).
import { Lab } from "netlab";

export async function linkContainers(lab: Lab): Promise<void> {
  await lab.run("c2");
  await lab.run("c1", { links: ["c2"] });
}

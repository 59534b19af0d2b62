// Mutant of ch3-link: a wrong solution a learner writes.
// Breaks the claim: the link writes C1_* variables into c2 (an alias renames them: --link c1:db gives DB_*).
import { Lab } from "netlab";

export async function linkContainers(lab: Lab): Promise<void> {
  await lab.run("c1");
  await lab.run("c2", { links: ["c1:db"] });
}

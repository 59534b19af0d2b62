// Mutant of ch2-find-veth: a wrong solution a learner writes.
// Breaks the claim: the answer is the host end of the pair (the learner returns the container's own end, eth0).
import { Lab } from "netlab";

export async function findHostVeth(lab: Lab, container: string): Promise<string> {
  await lab.exec(container, ["ip", "-o", "link", "show", "eth0"]);
  return "eth0";
}

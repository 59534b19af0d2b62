// Mutant of ch2-find-veth: a wrong solution a learner writes.
// Breaks the claim: the host end is a veth of its own, plugged into docker0 (the learner answers the bridge, from memory).
import { Lab } from "netlab";

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function findHostVeth(lab: Lab, container: string): Promise<string> {
  return "docker0";
}

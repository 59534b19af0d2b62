// Mutant of ch2-docker0: a wrong solution a learner writes.
// Breaks the claim: the subnet and gateway are read from the engine (typed in from memory: Docker's usual values).
import { Lab } from "netlab";

export interface BridgeFacts {
  subnet: string;
  gateway: string;
}

export async function readDocker0(lab: Lab): Promise<BridgeFacts> {
  await Promise.all(["c1", "c2", "c3"].map((name) => lab.run(name)));
  return { subnet: "172.17.0.0/16", gateway: "172.17.0.1" };
}

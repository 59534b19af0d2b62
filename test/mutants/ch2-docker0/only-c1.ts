// Mutant of ch2-docker0: a wrong solution a learner writes.
// Breaks the claim: c1, c2 and c3 are started and each gets an address (only c1 is started).
import { Lab } from "netlab";

export interface BridgeFacts {
  subnet: string;
  gateway: string;
}

export async function readDocker0(lab: Lab): Promise<BridgeFacts> {
  await lab.run("c1");
  const info = await lab.inspectNetwork("bridge");
  const ipv4 = info.IPAM?.Config?.find((c) => c.Subnet && !c.Subnet.includes(":"));
  const endpoint = (await lab.container("c1").addresses()).find((a) => a.network === "bridge");
  return { subnet: ipv4?.Subnet ?? "", gateway: ipv4?.Gateway ?? endpoint?.gateway ?? "" };
}

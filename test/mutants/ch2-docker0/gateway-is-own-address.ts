// Mutant of ch2-docker0: a wrong solution a learner writes.
// Breaks the claim: the gateway is docker0's address (the learner returns c1's own address).
import { Lab } from "netlab";

export interface BridgeFacts {
  subnet: string;
  gateway: string;
}

export async function readDocker0(lab: Lab): Promise<BridgeFacts> {
  await Promise.all(["c1", "c2", "c3"].map((name) => lab.run(name)));
  const info = await lab.inspectNetwork("bridge");
  const subnet = info.IPAM?.Config?.find((c) => c.Subnet && !c.Subnet.includes(":"))?.Subnet ?? "";
  const own = (await lab.container("c1").addresses()).find((a) => a.network === "bridge");
  return { subnet, gateway: own?.ip ?? "" };
}

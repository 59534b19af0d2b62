// Mutant of ch2-host-reach: a wrong solution a learner writes.
// Breaks the claim: the address is c1's own (the learner returns the gateway c1 routes through).
import { Lab } from "netlab";

export interface HostRoute {
  address: string;
  device: string;
}

export async function routeToContainer(lab: Lab): Promise<HostRoute> {
  const c1 = await lab.run("c1");
  const [endpoint, info, view] = await Promise.all([c1.addresses(), lab.inspectNetwork("bridge"), lab.hostView()]);
  const subnet = info.IPAM?.Config?.find((c) => c.Subnet && !c.Subnet.includes(":"))?.Subnet;
  const route = (await view.routes()).find((r) => r.destination === subnet);
  return { address: endpoint.find((a) => a.network === "bridge")?.gateway ?? "", device: route?.dev ?? "" };
}

import { Lab } from "netlab";

/** How the Docker host reaches a container: the address, and the host interface the route goes out of. */
export interface HostRoute {
  address: string;
  device: string;
}

/**
 * Chapter 2, exercise 3: from the host to a container, through docker0.
 *
 *   docker run -d --name c1 netlab-lab sleep 86400
 *   docker inspect c1             ->  .NetworkSettings.Networks.bridge.IPAddress
 *   docker network inspect bridge ->  .IPAM.Config[0].Subnet
 *   ip route                      (on the Docker host)  ->  "<subnet> dev docker0 ..."
 */
export async function routeToContainer(lab: Lab): Promise<HostRoute> {
  const c1 = await lab.run("c1");
  const [address, info, view] = await Promise.all([c1.ip("bridge"), lab.inspectNetwork("bridge"), lab.hostView()]);
  const subnet = info.IPAM?.Config?.find((c) => c.Subnet && !c.Subnet.includes(":"))?.Subnet;
  const route = (await view.routes()).find((r) => r.destination === subnet);
  if (!address || !route?.dev) throw new Error(`no address for c1 or no host route for ${subnet}`);
  return { address, device: route.dev };
}

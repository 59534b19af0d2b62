import { Lab, notYetDone } from "netlab";

/** How the Docker host reaches a container: the address, and the host interface the route goes out of. */
export interface HostRoute {
  address: string;
  device: string;
}

/**
 * Chapter 2, exercise 3: from the host to a container, through docker0.
 *
 * Start "c1" on the default bridge. Return its address (from the engine) and the host interface the
 * Docker host sends packets for that address out of. The host's routing table has a route for the
 * default bridge's subnet ("172.17.0.0/16 dev docker0 ..."): its device is the answer.
 *
 *   docker run -d --name c1 netlab-lab sleep 86400
 *   docker inspect c1             ->  .NetworkSettings.Networks.bridge.IPAddress
 *   docker network inspect bridge ->  .IPAM.Config[0].Subnet
 *   ip route                      (on the Docker host)  ->  "<subnet> dev docker0 ..."
 *
 * In netlab: `lab.container("c1").ip("bridge")`, `lab.inspectNetwork("bridge")` and
 * `(await lab.hostView()).routes()` (each route has a destination and a dev).
 */
export async function routeToContainer(lab: Lab): Promise<HostRoute> {
  // TODO: start c1; return its address and the device of the host route for the default bridge's subnet.
  notYetDone('start "c1", then return { address: c1\'s address, device: the dev of the host route for the bridge\'s subnet }');
}

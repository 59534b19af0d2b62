import { Lab, notYetDone, type SubnetPlan } from "netlab";

/**
 * Chapter 4, exercise 2: docker network connect.
 *
 * Build two worlds as in exercise 1, with one more container on the default bridge: "c1" and "c3"
 * on the default bridge, "c2" on mynet. Then connect c1 to mynet. c1 gets a second interface and a
 * second address, on mynet: it now reaches c2 (by name too, through mynet's DNS) and still reaches
 * c3. c3 was not connected, so it still cannot reach c2.
 *
 *   docker network create --subnet <net.subnet> --gateway <net.gateway> mynet
 *   docker run -d --name c1 netlab-lab sleep 86400
 *   docker run -d --name c3 netlab-lab sleep 86400
 *   docker run -d --name c2 --network mynet netlab-lab sleep 86400
 *   docker network connect mynet c1
 *
 * In netlab: `lab.connect("mynet", "c1")` is `docker network connect mynet c1`.
 */
export async function connectNetworks(lab: Lab, net: SubnetPlan): Promise<void> {
  // TODO: create mynet; run c1 and c3 on the default bridge, c2 on mynet; then connect c1 to mynet.
  notYetDone(`create "mynet" (subnet net.subnet, in this run ${net.subnet}), run "c1" and "c3" on the default bridge and "c2" on mynet, then lab.connect("mynet", "c1")`);
}

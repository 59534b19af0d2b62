import { Lab, type SubnetPlan } from "netlab";

/**
 * Chapter 4, exercise 1: two networks, two worlds.
 *
 *   docker network create --subnet <net.subnet> --gateway <net.gateway> mynet
 *   docker run -d --name c1 netlab-lab sleep 86400
 *   docker run -d --name c2 --network mynet netlab-lab sleep 86400
 */
export async function isolateNetworks(lab: Lab, net: SubnetPlan): Promise<void> {
  await lab.createNetwork("mynet", { subnet: net.subnet, gateway: net.gateway });
  await Promise.all([lab.run("c1"), lab.run("c2", { network: "mynet" })]);
}

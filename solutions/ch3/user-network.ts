import { Lab, type SubnetPlan } from "netlab";

/**
 * Chapter 3, exercise 3: a user-defined bridge network with its own subnet and gateway.
 *
 *   docker network create --driver bridge --subnet <net.subnet> --gateway <net.gateway> diynetwork
 *   docker run -d --name c1 --network diynetwork netlab-lab sleep 86400
 *   docker run -d --name c2 --network diynetwork netlab-lab sleep 86400
 */
export async function createDiyNetwork(lab: Lab, net: SubnetPlan): Promise<void> {
  await lab.createNetwork("diynetwork", { driver: "bridge", subnet: net.subnet, gateway: net.gateway });
  await Promise.all([lab.run("c1", { network: "diynetwork" }), lab.run("c2", { network: "diynetwork" })]);
}

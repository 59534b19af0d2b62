import { Lab, notYetDone, type SubnetPlan } from "netlab";

/**
 * Chapter 3, exercise 3: a user-defined bridge network with its own subnet and gateway.
 *
 * Create a bridge network "diynetwork" with the subnet and gateway you are given, then start "c1"
 * and "c2" on it. On a network you create, Docker runs a DNS server (127.0.0.11) that knows every
 * member by name, so c1 and c2 reach each other by name, both ways.
 *
 * The course note uses 192.168.0.0/16 and 192.168.0.1. That range is what many home routers use,
 * and Docker's own pools too: netlab hands you a free subnet instead (`net.subnet`, `net.gateway`).
 *
 *   docker network create --driver bridge --subnet <net.subnet> --gateway <net.gateway> diynetwork
 *   docker run -d --name c1 --network diynetwork netlab-lab sleep 86400
 *   docker run -d --name c2 --network diynetwork netlab-lab sleep 86400
 *
 * In netlab: `lab.createNetwork(name, { driver, subnet, gateway })` and `lab.run(name, { network })`.
 */
export async function createDiyNetwork(lab: Lab, net: SubnetPlan): Promise<void> {
  // TODO: create "diynetwork" (driver bridge, net.subnet, net.gateway), then run c1 and c2 on it.
  notYetDone(`create "diynetwork" with subnet net.subnet and gateway net.gateway (in this run ${net.subnet} and ${net.gateway}; use the variables, each run gets its own), then run "c1" and "c2" with { network: "diynetwork" }`);
}

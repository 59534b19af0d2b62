import { Lab, notYetDone, type SubnetPlan } from "netlab";

/**
 * Chapter 4, exercise 1: two networks, two worlds.
 *
 * Create a bridge network "mynet" with the subnet and gateway you are given. Start "c1" on the
 * default bridge (docker0) and "c2" on mynet. Each network is its own Linux bridge on the host, and
 * Docker keeps bridges apart: c1 and c2 cannot reach each other, not even by address.
 *
 *   docker network create --subnet <net.subnet> --gateway <net.gateway> mynet
 *   docker run -d --name c1 netlab-lab sleep 86400
 *   docker run -d --name c2 --network mynet netlab-lab sleep 86400
 *
 * In netlab: `lab.createNetwork("mynet", { subnet, gateway })`, `lab.run(name, { network })`.
 */
export async function isolateNetworks(lab: Lab, net: SubnetPlan): Promise<void> {
  // TODO: create mynet; run c1 on the default bridge and c2 on mynet.
  notYetDone(`create "mynet" with subnet net.subnet and gateway net.gateway (in this run ${net.subnet} and ${net.gateway}; use the variables, each run gets its own), then run "c1" (default bridge) and "c2" with { network: "mynet" }`);
}

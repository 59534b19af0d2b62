// Mutant of ch1-bridge-mode: a wrong solution a learner writes.
// Breaks the claim: both are on the default bridge (web2 is put on a network of its own to keep the port 80s apart).
import { Lab } from "netlab";

export const WEB_SERVER = ["httpd", "-f", "-p", "80", "-h", "/var/www"];

export async function startBridgeServers(lab: Lab): Promise<void> {
  const net = await lab.freeSubnet();
  await lab.createNetwork("web2net", { subnet: net.subnet, gateway: net.gateway });
  await Promise.all([lab.run("web1", { network: "bridge", command: WEB_SERVER }), lab.run("web2", { network: "web2net", command: WEB_SERVER })]);
}

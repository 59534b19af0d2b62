// Mutant of ch1-bridge-mode: a wrong solution a learner writes.
// Breaks the claim: both serve on port 80 (the containers run, but nothing listens: the command was left out).
import { Lab } from "netlab";

export const WEB_SERVER = ["httpd", "-f", "-p", "80", "-h", "/var/www"];

export async function startBridgeServers(lab: Lab): Promise<void> {
  await Promise.all([lab.run("web1", { network: "bridge" }), lab.run("web2", { network: "bridge" })]);
}

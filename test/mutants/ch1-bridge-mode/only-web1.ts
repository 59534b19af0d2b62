// Mutant of ch1-bridge-mode: a wrong solution a learner writes.
// Breaks the claim: both servers run at once, each on its own port 80 (the learner fears a port clash and starts one).
import { Lab } from "netlab";

export const WEB_SERVER = ["httpd", "-f", "-p", "80", "-h", "/var/www"];

export async function startBridgeServers(lab: Lab): Promise<void> {
  // "Two servers on port 80 would clash": only web1.
  await lab.run("web1", { network: "bridge", command: WEB_SERVER });
}

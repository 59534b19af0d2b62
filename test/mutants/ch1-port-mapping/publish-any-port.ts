// Mutant of ch1-port-mapping: a wrong solution a learner writes.
// Breaks the claim: port 80 is published on the host port handed in (publish: [80] lets the engine pick one).
import { Lab } from "netlab";

export const WEB_SERVER = ["httpd", "-f", "-p", "80", "-h", "/var/www"];

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function publishServer(lab: Lab, hostPort: number): Promise<void> {
  await lab.run("web", { publish: [80], command: WEB_SERVER });
}

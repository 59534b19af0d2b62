// Mutant of ch1-port-mapping: a wrong solution a learner writes.
// Breaks the claim: it is the container's port 80 that is published (HOST:CONTAINER read the other way: the host port on both sides).
import { Lab } from "netlab";

export const WEB_SERVER = ["httpd", "-f", "-p", "80", "-h", "/var/www"];

export async function publishServer(lab: Lab, hostPort: number): Promise<void> {
  await lab.run("web", { publish: [`${hostPort}:${hostPort}`], command: WEB_SERVER });
}

// Mutant of ch1-port-mapping: a wrong solution a learner writes.
// Breaks the claim: web's port 80 is published on the host at all (-p was left out).
import { Lab } from "netlab";

export const WEB_SERVER = ["httpd", "-f", "-p", "80", "-h", "/var/www"];

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function publishServer(lab: Lab, hostPort: number): Promise<void> {
  await lab.run("web", { command: WEB_SERVER });
}

// Mutant of ch1-port-mapping: a wrong solution a learner writes.
// Breaks the claim: the host reaches web's server through the published port (published, but no server runs).
import { Lab } from "netlab";

export const WEB_SERVER = ["httpd", "-f", "-p", "80", "-h", "/var/www"];

export async function publishServer(lab: Lab, hostPort: number): Promise<void> {
  await lab.run("web", { publish: [`${hostPort}:80`] });
}

// Mutant of ch1-host-mode: a wrong solution a learner writes.
// Breaks the claim: h2 runs the same server on the same port (it runs the default command, so nothing conflicts).
import { Lab } from "netlab";

export function hostServer(port: number): string[] {
  return ["httpd", "-f", "-p", `127.0.0.1:${port}`, "-h", "/var/www"];
}

export async function startHostServers(lab: Lab, port: number): Promise<void> {
  await lab.run("h1", { network: "host", command: hostServer(port) });
  await lab.run("h2", { network: "host" });
}

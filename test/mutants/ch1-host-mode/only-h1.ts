// Mutant of ch1-host-mode: a wrong solution a learner writes.
// Breaks the claim: a second host-mode server on the same port cannot bind and exits (h2 is never started).
import { Lab } from "netlab";

export function hostServer(port: number): string[] {
  return ["httpd", "-f", "-p", `127.0.0.1:${port}`, "-h", "/var/www"];
}

export async function startHostServers(lab: Lab, port: number): Promise<void> {
  // "h2 would only fail anyway."
  await lab.run("h1", { network: "host", command: hostServer(port) });
}

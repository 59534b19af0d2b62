// Mutant of ch1-host-mode: a wrong solution a learner writes.
// Breaks the claim: h1 and h2 run in host mode, on the host's network (here they are on the default bridge, so both serve).
import { Lab } from "netlab";

export function hostServer(port: number): string[] {
  return ["httpd", "-f", "-p", `127.0.0.1:${port}`, "-h", "/var/www"];
}

export async function startHostServers(lab: Lab, port: number): Promise<void> {
  await lab.run("h1", { command: hostServer(port) });
  await lab.run("h2", { command: hostServer(port) });
}

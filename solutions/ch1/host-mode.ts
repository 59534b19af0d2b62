import { Lab } from "netlab";

/** busybox's web server in the foreground on 127.0.0.1:PORT of whatever network it runs in. */
export function hostServer(port: number): string[] {
  return ["httpd", "-f", "-p", `127.0.0.1:${port}`, "-h", "/var/www"];
}

/**
 * Chapter 1, exercise 2: host mode.
 *
 *   docker run -d --name h1 --network host netlab-lab httpd -f -p 127.0.0.1:PORT -h /var/www
 *   docker run -d --name h2 --network host netlab-lab httpd -f -p 127.0.0.1:PORT -h /var/www
 */
export async function startHostServers(lab: Lab, port: number): Promise<void> {
  // One after the other: h1 takes the port first, and h2 then finds it taken.
  await lab.run("h1", { network: "host", command: hostServer(port) });
  await lab.run("h2", { network: "host", command: hostServer(port) });
}

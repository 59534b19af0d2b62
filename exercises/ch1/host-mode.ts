import { Lab, notYetDone } from "netlab";

/** busybox's web server in the foreground on 127.0.0.1:PORT of whatever network it runs in. */
export function hostServer(port: number): string[] {
  return ["httpd", "-f", "-p", `127.0.0.1:${port}`, "-h", "/var/www"];
}

/**
 * Chapter 1, exercise 2: host mode.
 *
 * Start "h1" in host mode running `hostServer(port)`, then "h2" in host mode running the same
 * server on the same port. A host-mode container has no network namespace of its own: it sees the
 * Docker host's interfaces and addresses, and its server binds the host's port. So the second server
 * finds the port taken and exits, which a bridge container never would (see exercise 1).
 *
 * The port is handed to you: a free one on this machine, so that nothing else is disturbed. The
 * server binds 127.0.0.1 only (hostServer's -p 127.0.0.1:PORT): the host's own loopback, where the
 * Docker host reaches it.
 *
 *   docker run -d --name h1 --network host netlab-lab httpd -f -p 127.0.0.1:PORT -h /var/www
 *   docker run -d --name h2 --network host netlab-lab httpd -f -p 127.0.0.1:PORT -h /var/www
 *
 * In netlab: `lab.run("h1", { network: "host", command: hostServer(port) })`.
 */
export async function startHostServers(lab: Lab, port: number): Promise<void> {
  // TODO: start h1, then h2, both in host mode, both running hostServer(port).
  notYetDone(`start "h1", then "h2", each with { network: "host", command: hostServer(port) } (port is ${port} in this run; use the variable, each run gets its own)`);
}

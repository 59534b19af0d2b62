import { Lab, notYetDone } from "netlab";

/** busybox's web server in the foreground, serving /var/www on the container's port 80. */
export const WEB_SERVER = ["httpd", "-f", "-p", "80", "-h", "/var/www"];

/**
 * Chapter 1, exercise 3: port mapping (the course note's "NAT" mode).
 *
 * Start "web" on the default bridge running WEB_SERVER, and publish its port 80 on the host port you
 * are given. Clients on the Docker host then connect to 127.0.0.1:hostPort, and Docker forwards the
 * connection to the container's port 80, translating the addresses on the way.
 *
 * The host port is handed to you (a free one on this machine): a fixed number such as 8080 could be
 * taken by another program or by another run of these tests.
 *
 *   docker run -d --name web -p HOSTPORT:80 netlab-lab httpd -f -p 80 -h /var/www
 *
 * In netlab: `lab.run("web", { publish: [`${hostPort}:80`], command: WEB_SERVER })` is `-p HOSTPORT:80`,
 * with the port you were given (never a number of your own).
 */
export async function publishServer(lab: Lab, hostPort: number): Promise<void> {
  // TODO: start web running WEB_SERVER, with container port 80 published on hostPort.
  notYetDone(`start "web" with { publish: [\`\${hostPort}:80\`], command: WEB_SERVER } (hostPort is ${hostPort} in this run; use the variable, each run gets its own)`);
}

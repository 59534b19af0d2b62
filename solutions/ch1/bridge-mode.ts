import { Lab } from "netlab";

/** busybox's web server in the foreground, serving /var/www on the container's port 80. */
export const WEB_SERVER = ["httpd", "-f", "-p", "80", "-h", "/var/www"];

/**
 * Chapter 1, exercise 1: bridge mode, Docker's default.
 *
 *   docker run -d --name web1 --network bridge netlab-lab httpd -f -p 80 -h /var/www
 *   docker run -d --name web2 --network bridge netlab-lab httpd -f -p 80 -h /var/www
 */
export async function startBridgeServers(lab: Lab): Promise<void> {
  // Two port 80s, one per network namespace: they can start together.
  await Promise.all([lab.run("web1", { network: "bridge", command: WEB_SERVER }), lab.run("web2", { network: "bridge", command: WEB_SERVER })]);
}

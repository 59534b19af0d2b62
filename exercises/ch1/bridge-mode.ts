import { Lab, notYetDone } from "netlab";

/** busybox's web server in the foreground, serving /var/www on the container's port 80. */
export const WEB_SERVER = ["httpd", "-f", "-p", "80", "-h", "/var/www"];

/**
 * Chapter 1, exercise 1: bridge mode, Docker's default.
 *
 * Start two web servers, "web1" and "web2", on the default bridge, both listening on port 80. In
 * bridge mode every container has its own network namespace: its own interfaces (lo and eth0), its
 * own address in the bridge's subnet, and its own port 80, so the two servers never collide.
 *
 *   docker run -d --name web1 --network bridge netlab-lab httpd -f -p 80 -h /var/www
 *   docker run -d --name web2 --network bridge netlab-lab httpd -f -p 80 -h /var/www
 *
 * In netlab: `lab.run("web1", { network: "bridge", command: WEB_SERVER })` is that `docker run`.
 */
export async function startBridgeServers(lab: Lab): Promise<void> {
  // TODO: start web1 and web2 on the default bridge, both running WEB_SERVER.
  notYetDone('start "web1" and "web2" with { network: "bridge", command: WEB_SERVER } (both on port 80)');
}

import { Lab } from "netlab";

/** busybox's web server in the foreground, serving /var/www on the container's port 80. */
export const WEB_SERVER = ["httpd", "-f", "-p", "80", "-h", "/var/www"];

/**
 * Chapter 1, exercise 3: port mapping (the course note's "NAT" mode).
 *
 *   docker run -d --name web -p HOSTPORT:80 netlab-lab httpd -f -p 80 -h /var/www
 */
export async function publishServer(lab: Lab, hostPort: number): Promise<void> {
  // The port handed in, never a fixed one: another program or run may hold 8080.
  await lab.run("web", { publish: [`${hostPort}:80`], command: WEB_SERVER });
}

import { Lab } from "netlab";

/**
 * Chapter 3, exercise 2: --link.
 *
 *   docker run -d --name c1 netlab-lab sleep 86400
 *   docker run -d --name c2 --link c1 netlab-lab sleep 86400
 */
export async function linkContainers(lab: Lab): Promise<void> {
  // The link target must exist when c2 is created: Docker resolves it at `docker run` time.
  await lab.run("c1");
  await lab.run("c2", { links: ["c1"] });
}

import { Lab, notYetDone } from "netlab";

/**
 * Chapter 3, exercise 2: --link.
 *
 * Start "c1", then start "c2" with a link to c1. Docker writes c1's name and address into c2's
 * /etc/hosts (and C1_* variables into c2's environment), so c2 can ping c1 by name. Nothing is
 * written into c1: the link works one way only.
 *
 *   docker run -d --name c1 netlab-lab sleep 86400
 *   docker run -d --name c2 --link c1 netlab-lab sleep 86400
 *
 * In netlab: `lab.run(name, { links: ["c1"] })` is `docker run --link c1`.
 */
export async function linkContainers(lab: Lab): Promise<void> {
  // TODO: start c1; then start c2 linked to c1 (c1 must exist first).
  notYetDone('start "c1", then "c2" with { links: ["c1"] }');
}

import { Lab } from "netlab";

/**
 * Chapter 3, exercise 1: two containers on the default bridge (docker0).
 *
 *   docker run -d --name c1 netlab-lab sleep 86400
 *   docker run -d --name c2 netlab-lab sleep 86400
 */
export async function startOnDefaultBridge(lab: Lab): Promise<void> {
  await Promise.all([lab.run("c1"), lab.run("c2")]);
}

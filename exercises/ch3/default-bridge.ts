import { Lab, notYetDone } from "netlab";

/**
 * Chapter 3, exercise 1: two containers on the default bridge (docker0).
 *
 * Start two containers, "c1" and "c2", with no network option: Docker puts them on its default
 * bridge network. The checks then show that they reach each other by address, but not by name.
 *
 *   docker run -d --name c1 netlab-lab sleep 86400
 *   docker run -d --name c2 netlab-lab sleep 86400
 *
 * In netlab: `await lab.run("c1")` is that `docker run`.
 */
export async function startOnDefaultBridge(lab: Lab): Promise<void> {
  // TODO: start c1, then c2, both on the default bridge.
  notYetDone('start "c1" and "c2" on the default bridge with lab.run("c1") and lab.run("c2")');
}

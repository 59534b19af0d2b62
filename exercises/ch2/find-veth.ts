import { Lab, notYetDone } from "netlab";

/**
 * Chapter 2, exercise 2: find a container's veth on the host.
 *
 * A veth pair is a virtual cable with two ends. One end is the container's eth0; the other is an
 * interface on the Docker host, plugged into docker0. Inside the container, `ip link` shows eth0 as
 * "eth0@ifN": N is the index of the other end on the host. Return the name of that host interface.
 *
 *   docker exec CONTAINER ip -o link show eth0     ->  "7: eth0@if8: <...>"   (so N = 8)
 *   ip -o link                (on the Docker host)  ->  "8: veth3c1a2b9@if7: <...> master docker0"
 *
 * In netlab: `lab.exec(container, ["ip", "-o", "link", "show", "eth0"])` runs the first command, and
 * `(await lab.hostView()).byIndex(n)` finds the host interface with index n.
 */
export async function findHostVeth(lab: Lab, container: string): Promise<string> {
  // TODO: read eth0@ifN inside the container, then return the name of the host interface with index N.
  notYetDone(`read "eth0@ifN" inside ${container} (ip -o link show eth0), then return the name of the host interface with index N (lab.hostView())`);
}

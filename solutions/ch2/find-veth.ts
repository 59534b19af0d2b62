import { Lab } from "netlab";

/**
 * Chapter 2, exercise 2: find a container's veth on the host.
 *
 *   docker exec CONTAINER ip -o link show eth0     ->  "7: eth0@if8: <...>"   (so N = 8)
 *   ip -o link                (on the Docker host)  ->  "8: veth3c1a2b9@if7: <...> master docker0"
 */
export async function findHostVeth(lab: Lab, container: string): Promise<string> {
  const { stdout } = await lab.exec(container, ["ip", "-o", "link", "show", "eth0"]);
  const peer = /\beth0@if(\d+):/.exec(stdout)?.[1];
  if (!peer) throw new Error(`no "eth0@ifN" in the output of ip link inside ${container}: ${stdout}`);
  const hostEnd = await (await lab.hostView()).byIndex(Number(peer));
  if (!hostEnd) throw new Error(`the Docker host has no interface with index ${peer}`);
  return hostEnd.name;
}

// Mutant of ch2-find-veth: a wrong solution a learner writes.
// Breaks the claim: N in eth0@ifN is the peer's index (the learner looks up eth0's own index on the host).
import { Lab } from "netlab";

export async function findHostVeth(lab: Lab, container: string): Promise<string> {
  const { stdout } = await lab.exec(container, ["ip", "-o", "link", "show", "eth0"]);
  const own = /^(\d+):/.exec(stdout.trim())?.[1];
  const hostEnd = await (await lab.hostView()).byIndex(Number(own));
  return hostEnd?.name ?? `index ${own}`;
}

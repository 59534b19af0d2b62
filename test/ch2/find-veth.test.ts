import { findHostVeth } from "@target/ch2/find-veth";
import type { Lab } from "../../src/index";
import { defaultBridge, eventually, learnerFailure, probeInterfaces, t, useExercise } from "../../src/testing";

/** c1's eth0 and, read independently of the learner, its peer on the host. */
async function pair(lab: Lab) {
  const eth0 = (await probeInterfaces(lab.container("c1"))).find((i) => i.name === "eth0");
  if (eth0?.peerIndex === undefined) throw new Error(`c1 has no "eth0@ifN": ${JSON.stringify(eth0)}`);
  const hostEnd = await (await lab.hostView()).byIndex(eth0.peerIndex);
  return { eth0, peerIndex: eth0.peerIndex, hostEnd };
}

describe("ch2-find-veth: a container's eth0@ifN names its veth on the host", () => {
  const ex = useExercise("ch2-find-veth", async (lab) => {
    await lab.run("c1");
    return findHostVeth(lab, "c1");
  });

  test("the answer is the host interface whose index is the N of c1's eth0@ifN", async () => {
    const { lab, value } = await ex.ready();
    const { peerIndex, hostEnd } = await pair(lab);
    expect(hostEnd).toBeDefined();
    if (value !== hostEnd?.name) throw learnerFailure(t("vethWrong", { answer: String(value), index: peerIndex, expected: hostEnd?.name ?? "?" }));
  });

  test("the two ends point at each other, and the host end is a veth attached to docker0", async () => {
    const { lab } = await ex.ready();
    const [{ eth0, hostEnd }, { bridge }] = await Promise.all([pair(lab), defaultBridge(lab)]);
    expect(hostEnd?.name).toMatch(/^veth/);
    expect(hostEnd).toMatchObject({ peerIndex: eth0.index, master: bridge });
  });

  test("the veth lives and dies with the container: it is gone once c1 stops", async () => {
    const { lab, value } = await ex.ready();
    const view = await lab.hostView();
    const names = async () => (await view.interfaces()).map((i) => i.name);
    expect(await names()).toContain(value);
    await lab.stop("c1");
    expect(await eventually(names, (list) => !list.includes(value))).not.toContain(value);
  });
});

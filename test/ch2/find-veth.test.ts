import { findHostVeth } from "@target/ch2/find-veth";
import type { Lab } from "../../src/index";
import { defaultBridge, eventually, expectThat, learnerFailure, probeInterfaces, t, useExercise } from "../../src/testing";

/** c1's eth0 and, read independently of the learner, its peer on the host. */
async function pair(lab: Lab) {
  const eth0 = (await probeInterfaces(lab.container("c1"))).find((i) => i.name === "eth0");
  const hostEnd = eth0?.peerIndex === undefined ? undefined : await (await lab.hostView()).byIndex(eth0.peerIndex);
  return { eth0, peerIndex: eth0?.peerIndex, hostEnd };
}

describe("ch2-find-veth: a container's eth0@ifN names its veth on the host", () => {
  const ex = useExercise("ch2-find-veth", async (lab) => {
    await lab.run("c1");
    return findHostVeth(lab, "c1");
  });
  // c1's pair as it is while c1 runs, read once for all three checks: the third may then stop c1
  // while the other two still judge what was seen before.
  let running: ReturnType<typeof pair> | undefined;
  const pairWhileRunning = async () => (running ??= pair((await ex.ready()).lab));

  test.concurrent("the answer is the host interface whose index is the N of c1's eth0@ifN", async () => {
    const { value } = await ex.ready();
    const { peerIndex, hostEnd } = await pairWhileRunning();
    if (value !== hostEnd?.name) throw learnerFailure(t("vethWrong", { answer: String(value), index: peerIndex ?? 0, expected: hostEnd?.name ?? "?" }));
  });

  test.concurrent("the two ends point at each other, and the host end is a veth attached to docker0", async () => {
    const { lab } = await ex.ready();
    const [{ eth0, hostEnd }, { bridge }] = await Promise.all([pairWhileRunning(), defaultBridge(lab)]);
    const joined = hostEnd !== undefined && hostEnd.name.startsWith("veth") && hostEnd.peerIndex === eth0?.index && hostEnd.master === bridge;
    expectThat(joined, () => ({
      check: "docker exec c1 ip -o link show eth0; ip -o link (on the Docker host)",
      expected: t("expectedPairEnds", { bridge: bridge ?? "docker0" }),
      received: t("seenPairEnd", { name: hostEnd?.name ?? "", peer: hostEnd?.peerIndex === undefined ? "" : String(hostEnd.peerIndex), master: hostEnd?.master ?? "" }),
      why: t("whyPairEnds", {}),
      next: t("tryKeepRunning", { container: "c1" }),
    }));
  });

  test.concurrent("the veth lives and dies with the container: it is gone once c1 stops", async () => {
    const { lab, value } = await ex.ready();
    // c1 is stopped only once the checks above have what they need.
    await pairWhileRunning();
    const view = await lab.hostView();
    const names = async () => (await view.interfaces()).map((i) => i.name);
    const before = await names();
    expectThat(before.includes(value), () => ({
      check: "ip -o link (on the Docker host)",
      expected: t("expectedHostInterface", { answer: String(value) }),
      received: t("seenNoSuchInterface", { answer: String(value), names: before.join(", ") }),
      why: t("whyHostInterface", {}),
      next: t("tryHostInterface", {}),
    }));
    await lab.stop("c1");
    const after = await eventually(names, (list) => !list.includes(value));
    expectThat(!after.includes(value), () => ({
      check: "docker stop c1; ip -o link (on the Docker host)",
      expected: t("expectedVethGone", { answer: value }),
      received: t("seenVethStays", { answer: value }),
      why: t("whyVethGone", {}),
      next: t("tryHostInterface", {}),
    }));
  });
});

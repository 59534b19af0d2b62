import * as answers from "@target/ch2/predict-veth";
import type { Lab, NetInterface } from "../../src/index";
import { anyAnswered, checkPrediction, defaultBridge, eventually, probeInterfaces, t, useLab } from "../../src/testing";

/** The host end of a container's veth pair, found through its eth0@ifN. */
async function hostEnd(lab: Lab, container: string) {
  const eth0 = (await probeInterfaces(lab.container(container))).find((i) => i.name === "eth0");
  return eth0?.peerIndex === undefined ? undefined : (await lab.hostView()).byIndex(eth0.peerIndex);
}

describe("ch2-predict-veth: predict how veth pairs come and go, then see", () => {
  const lab = useLab();
  // Unanswered: every test fails as "not yet done" before it looks, so the experiment need not run.
  const answered = anyAnswered(answers);
  // What the host shows before c1 is stopped, read once for all three checks: the third may then
  // stop c1 while the other two still judge what was seen before.
  let before: Promise<{ c1?: NetInterface; c2?: NetInterface; bridge?: string }> | undefined;
  const seenBeforeStop = () =>
    (before ??= Promise.all([hostEnd(lab(), "c1"), hostEnd(lab(), "c2"), defaultBridge(lab())]).then(([c1, c2, { bridge }]) => ({ c1, c2, bridge })));

  beforeAll(async () => {
    if (answered) await Promise.all([lab().run("c1"), lab().run("c2"), lab().hostView()]);
  });

  test.concurrent("prediction: is c1's host-side veth attached to docker0?", async () => {
    let seen = false;
    if (answered) {
      const { c1, bridge } = await seenBeforeStop();
      seen = c1 !== undefined && c1.master === bridge;
    }
    checkPrediction(t("qVethOnDocker0", {}), answers.vethOnDocker0, seen, t("whyVethOnDocker0", {}));
  });

  test.concurrent("prediction: do c1 and c2 each have their own veth on the host?", async () => {
    let seen = false;
    if (answered) {
      const { c1, c2 } = await seenBeforeStop();
      seen = c1 !== undefined && c2 !== undefined && c1.name !== c2.name;
    }
    checkPrediction(t("qVethPerContainer", {}), answers.vethPerContainer, seen, t("whyVethPerContainer", {}));
  });

  test.concurrent("prediction: is c1's veth still on the host after docker stop c1?", async () => {
    let seen = false;
    if (answered) {
      const { c1: end } = await seenBeforeStop();
      const view = await lab().hostView();
      await lab().stop("c1");
      const names = await eventually(async () => (await view.interfaces()).map((i) => i.name), (list) => !list.includes(end?.name ?? ""));
      seen = end !== undefined && names.includes(end.name);
    }
    checkPrediction(t("qVethAfterStop", {}), answers.vethSurvivesStop, seen, t("whyVethAfterStop", {}));
  });
});

import * as answers from "@target/ch2/predict-veth";
import type { Lab } from "../../src/index";
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

  beforeAll(async () => {
    if (answered) await Promise.all([lab().run("c1"), lab().run("c2"), lab().hostView()]);
  });

  test.concurrent("prediction: is c1's host-side veth attached to docker0?", async () => {
    let seen = false;
    if (answered) {
      const [end, { bridge }] = await Promise.all([hostEnd(lab(), "c1"), defaultBridge(lab())]);
      seen = end !== undefined && end.master === bridge;
    }
    checkPrediction(t("qVethOnDocker0", {}), answers.vethOnDocker0, seen, t("whyVethOnDocker0", {}));
  });

  test.concurrent("prediction: do c1 and c2 each have their own veth on the host?", async () => {
    let seen = false;
    if (answered) {
      const [end1, end2] = await Promise.all([hostEnd(lab(), "c1"), hostEnd(lab(), "c2")]);
      seen = end1 !== undefined && end2 !== undefined && end1.name !== end2.name;
    }
    checkPrediction(t("qVethPerContainer", {}), answers.vethPerContainer, seen, t("whyVethPerContainer", {}));
  });

  // Not concurrent: it stops c1, so it runs after the checks above have read what they need.
  test("prediction: is c1's veth still on the host after docker stop c1?", async () => {
    let seen = false;
    if (answered) {
      const end = await hostEnd(lab(), "c1");
      const view = await lab().hostView();
      await lab().stop("c1");
      const names = await eventually(async () => (await view.interfaces()).map((i) => i.name), (list) => !list.includes(end?.name ?? ""));
      seen = end !== undefined && names.includes(end.name);
    }
    checkPrediction(t("qVethAfterStop", {}), answers.vethSurvivesStop, seen, t("whyVethAfterStop", {}));
  });
});

import * as answers from "@target/ch3/predict-link";
import { checkPrediction, probeReach, t, testNeeding, useLab } from "../../src/testing";

describe("ch3-predict-link: predict what --link allows, then see", () => {
  const lab = useLab();

  beforeAll(async () => {
    await lab().run("c1");
    await lab().run("c2", { links: ["c1"] });
  });

  testNeeding("legacyLinks")("prediction: can c2 ping c1 by name?", async () => {
    const seen = await probeReach(lab().container("c2"), "c1");
    checkPrediction("after `docker run --name c2 --link c1`, can c2 ping c1 by name?", answers.c2PingsC1ByName, seen.replied, t("whyResolved", { source: "hosts" }));
  });

  testNeeding("legacyLinks")("prediction: can c1 ping c2 by name?", async () => {
    const seen = await probeReach(lab().container("c1"), "c2");
    checkPrediction("after `docker run --name c2 --link c1`, can c1 ping c2 by name?", answers.c1PingsC2ByName, seen.replied, t("whyUnresolved", {}));
  });
});

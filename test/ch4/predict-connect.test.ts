import * as answers from "@target/ch4/predict-connect";
import { addressOn, anyAnswered, checkPrediction, probeReach, SHORT_SILENCE_MS, t, useLab, testNeeding } from "../../src/testing";

describe("ch4-predict-connect: predict what docker network connect changes, then see", () => {
  const lab = useLab();
  // Unanswered: every test fails as "not yet done" before it looks, so the experiment need not run.
  const answered = anyAnswered(answers);

  beforeAll(async () => {
    if (!answered) return;
    const net = await lab().freeSubnet();
    await lab().createNetwork("mynet", { subnet: net.subnet, gateway: net.gateway });
    await Promise.all([lab().run("c1"), lab().run("c3"), lab().run("c2", { network: "mynet" })]);
    await lab().connect("mynet", "c1");
  });

  test.concurrent("prediction: after connect, can c1 ping c2 by name?", async () => {
    const seen = answered && (await probeReach(lab().container("c1"), "c2")).replied;
    checkPrediction(t("qConnectByName", {}), answers.c1PingsC2ByName, seen, t("whyConnectByName", {}));
  });

  testNeeding("networkIsolation").concurrent("prediction: can c3, never connected, ping c2's address?", async () => {
    // As .not.toReach probes isolation: a reply counts if it comes twice, silence after the short bound beside its control.
    const seen = answered && (await probeReach(lab().container("c3"), await addressOn(lab(), "c2", "mynet"), { confirm: true, silenceMs: SHORT_SILENCE_MS })).replied;
    checkPrediction(t("qOtherStillIsolated", {}), answers.c3PingsC2, seen, t("whyOtherStillIsolated", {}));
  });

  test.concurrent("prediction: does c1 still reach c3 on the default bridge?", async () => {
    const seen = answered && (await probeReach(lab().container("c1"), await addressOn(lab(), "c3", "bridge"))).replied;
    checkPrediction(t("qStillOnBridge", {}), answers.c1StillPingsC3, seen, t("whyStillOnBridge", {}));
  });
});

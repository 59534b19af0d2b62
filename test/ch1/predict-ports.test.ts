import * as answers from "@target/ch1/predict-ports";
import type { Lab } from "../../src/index";
import { addressOn, anyAnswered, checkPrediction, eventually, freeHostPort, probeTcp, t, useLab } from "../../src/testing";

const web = (listen: string) => ["httpd", "-f", "-p", listen, "-h", "/var/www"];

/** Are both containers still running once a server that cannot bind has had time to exit? */
async function bothRunning(lab: Lab, names: [string, string]): Promise<boolean> {
  const read = () => Promise.all(names.map(async (name) => (await lab.inspect(name)).State.Running));
  const states = await eventually(read, (running) => running.includes(false), 2000);
  return states.every(Boolean);
}

describe("ch1-predict-ports: predict which servers can share a port, then see", () => {
  const lab = useLab();
  // Unanswered: every test fails as "not yet done" before it looks, so the experiment need not run.
  const answered = anyAnswered(answers);
  let publishedTwice = false;

  beforeAll(async () => {
    if (!answered) return;
    const [hostPort, publishPort] = await Promise.all([freeHostPort(), freeHostPort()]);
    await Promise.all([
      lab()
        .run("h1", { network: "host", command: web(`127.0.0.1:${hostPort}`) })
        .then(() => lab().run("h2", { network: "host", command: web(`127.0.0.1:${hostPort}`) })),
      lab().run("b1", { command: web("80") }),
      lab().run("b2", { command: web("80") }),
      lab()
        .run("p1", { publish: [`${publishPort}:80`], command: web("80") })
        .then(() => lab().run("p2", { publish: [`${publishPort}:80`], command: web("80") }))
        .then(
          () => (publishedTwice = true),
          () => (publishedTwice = false),
        ),
    ]);
  });

  test.concurrent("prediction: do two host-mode servers on one port both serve?", async () => {
    const seen = answered && (await bothRunning(lab(), ["h1", "h2"]));
    checkPrediction(t("qHostSamePort", {}), answers.bothHostServersServe, seen, t("whyHostSamePort", {}));
  });

  test.concurrent("prediction: do two bridge-mode servers on port 80 both serve?", async () => {
    let seen = false;
    if (answered) {
      const [b1, b2] = await Promise.all([addressOn(lab(), "b1", "bridge"), addressOn(lab(), "b2", "bridge")]);
      const probes = await Promise.all([probeTcp(lab().container("b1"), b2, 80), probeTcp(lab().container("b2"), b1, 80)]);
      seen = probes.every((p) => p.connected);
    }
    checkPrediction(t("qBridgeSamePort", {}), answers.bothBridgeServersServe, seen, t("whyBridgeSamePort", {}));
  });

  test("prediction: does the engine start two containers published on one host port?", () => {
    checkPrediction(t("qPublishSamePort", {}), answers.bothPublishedContainersStart, publishedTwice, t("whyPublishSamePort", {}));
  });
});

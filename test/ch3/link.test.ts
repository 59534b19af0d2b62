import { linkContainers } from "@target/ch3/link";
import { addressOn, expectThat, t, testNeeding, useExercise } from "../../src/testing";

describe("ch3-link: --link makes a one-way name", () => {
  const ex = useExercise("ch3-link", (lab) => linkContainers(lab));

  testNeeding("legacyLinks").concurrent("c2 reaches c1 by name", async () => {
    const { lab } = await ex.ready();
    await expect(lab.container("c2")).toReach("c1");
  });

  testNeeding("legacyLinks").concurrent("c1 cannot resolve c2: the link is one-way", async () => {
    const { lab } = await ex.ready();
    await expect(lab.container("c1")).not.toResolve("c2");
  });

  testNeeding("legacyLinks").concurrent("c2's /etc/hosts holds c1 with c1's address", async () => {
    const { lab } = await ex.ready();
    const c1 = await addressOn(lab, "c1", "bridge");
    const hosts = (await lab.exec("c2", ["cat", "/etc/hosts"])).stdout;
    const entry = hosts.split("\n").find((line) => line.split(/\s+/).slice(1).includes("c1"));
    expectThat(entry !== undefined, () => ({
      check: "docker exec c2 cat /etc/hosts",
      expected: t("expectedHostsEntry", {}),
      received: hosts.trim().split("\n").join(" | "),
      why: t("whyHostsEntry", {}),
      next: t("tryHostsEntry", {}),
    }));
    expectThat(entry?.split(/\s+/)[0] === c1, () => ({
      check: "docker exec c2 cat /etc/hosts",
      expected: t("expectedHostsAddress", { address: c1 }),
      received: t("seenHostsLine", { line: entry ?? "" }),
      why: t("whyHostsEntry", {}),
      next: t("tryHostsEntry", {}),
    }));
  });

  testNeeding("linkEnvVars").concurrent("c2 sees c1 through C1_* environment variables", async () => {
    const { lab } = await ex.ready();
    const env = (await lab.exec("c2", ["env"])).stdout;
    expectThat(/^C1_NAME=\/\S+\/c1$/m.test(env), () => ({
      check: "docker exec c2 env",
      expected: t("expectedLinkEnv", {}),
      // Only the link variables: the rest of the environment says nothing about the link.
      received: t("seenLinkEnv", { names: env.split("\n").filter((line) => /^[A-Z0-9_]+_NAME=/.test(line)).join(", ") }),
      why: t("whyLinkEnv", {}),
      next: t("tryLinkEnv", {}),
    }));
  });
});

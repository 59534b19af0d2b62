import { routeToContainer, type HostRoute } from "@target/ch2/host-reach";
import type { Lab } from "../../src/index";
import { defaultBridge, engineProfile, expectDefaultRoutes, expectThat, probeHostPing, probeMasquerade, t, testNeeding, useExercise } from "../../src/testing";

/** The answer is c1's address and the device of the host's route to the default bridge's subnet, read from the engine. */
async function expectRoute(lab: Lab, value: HostRoute) {
  const [engine, view, address] = await Promise.all([defaultBridge(lab), lab.hostView(), lab.container("c1").ip("bridge")]);
  const device = (await view.routes()).find((r) => r.destination === engine.subnet)?.dev;
  expectThat(value?.address === address && value.device === engine.bridge && device === engine.bridge, () => ({
    check: `docker inspect c1; ip route (on the Docker host: ${engine.subnet} dev ${device ?? "?"})`,
    expected: t("expectedHostRoute", { address: address ?? "?", device: device ?? engine.bridge ?? "?", subnet: engine.subnet }),
    received: t("seenAnswer", { answer: JSON.stringify(value) }),
    why: t("whyHostRoute", {}),
    next: t("tryHostRoute", {}),
  }));
}

describe("ch2-host-reach: the host reaches a container through docker0, and NATs its traffic out", () => {
  const ex = useExercise<HostRoute>("ch2-host-reach", (lab) => routeToContainer(lab));

  test.concurrent("returns c1's address and docker0, the device of the host's route to the bridge's subnet", async () => {
    const { lab, value } = await ex.ready();
    await expectRoute(lab, value);
  });

  test.concurrent("c1 routes the other way through the gateway, docker0's address", async () => {
    const { lab } = await ex.ready();
    const { gateway } = await defaultBridge(lab);
    await expectDefaultRoutes(lab, ["c1"], gateway, "the default bridge");
  });

  testNeeding("hostIsNetworkHost").concurrent("the host pings c1 through docker0 (where the engine runs on this host)", async () => {
    const { lab, value } = await ex.ready();
    // Only c1's address is pinged: an answer that names another is told so first, not probed.
    await expectRoute(lab, value);
    const reply = await probeHostPing(lab, value.address);
    expectThat(reply.status === "replied", () => ({
      check: `ping -c 1 ${value.address} (on the Docker host)`,
      expected: t("expectedHostPing", { address: value.address }),
      received: t("seenSilent", {}),
      why: t("whyHostPing", {}),
      next: t("tryKeepRunning", { container: "c1" }),
    }));
  });

  testNeeding("hostFirewall").concurrent("outbound NAT: the host masquerades the bridge's subnet when it leaves by another interface", async () => {
    const { lab } = await ex.ready();
    const [{ subnet, bridge }, profile] = await Promise.all([defaultBridge(lab), engineProfile()]);
    const nat = await probeMasquerade(subnet, bridge, profile.firewall);
    expectThat(nat.status === "found", () => ({
      check: "iptables -t nat -S POSTROUTING (on the Docker host)",
      expected: t("expectedMasquerade", { subnet, bridge: bridge ?? "docker0" }),
      received: t("seenRules", { rules: nat.status === "missing" ? nat.rules.join(" | ") : "" }),
      why: t("whyMasquerade", {}),
      next: t("tryEngineBridge", {}),
    }));
  });
});

import { startBridgeServers } from "@target/ch1/bridge-mode";
import { addressOn, defaultBridge, describeInterfaces, expectNetworks, expectOwnAddresses, expectThat, probeInterfaces, probeTcp, t, useExercise } from "../../src/testing";

describe("ch1-bridge-mode: in bridge mode each container has its own namespace, address and ports", () => {
  const ex = useExercise("ch1-bridge-mode", (lab) => startBridgeServers(lab));

  test.concurrent("web1 and web2 each get their own address inside the default bridge's subnet, read from the engine", async () => {
    const { lab } = await ex.ready();
    const { subnet } = await defaultBridge(lab);
    await expect(lab.container("web1")).toHaveAddressIn(subnet);
    await expect(lab.container("web2")).toHaveAddressIn(subnet);
    await Promise.all([expectNetworks(lab, "web1", ["bridge"]), expectNetworks(lab, "web2", ["bridge"])]);
    await expectOwnAddresses(lab, ["web1", "web2"], "bridge");
  });

  test.concurrent("web1's interfaces are its own (lo and eth0@ifN), not the Docker host's", async () => {
    const { lab } = await ex.ready();
    const [inside, host, { bridge }] = await Promise.all([
      probeInterfaces(lab.container("web1")),
      lab.hostView().then((view) => view.interfaces()),
      defaultBridge(lab),
    ]);
    const hostMacs = new Set(host.map((i) => i.mac).filter(Boolean));
    const hostAddresses = new Set(host.flatMap((i) => i.addresses));
    const eth0 = inside.find((i) => i.name === "eth0");
    const own =
      inside.map((i) => i.name).sort().join() === "eth0,lo" &&
      eth0?.peerIndex !== undefined &&
      host.some((i) => i.name === bridge) &&
      !hostMacs.has(eth0.mac) &&
      eth0.addresses.every((a) => !hostAddresses.has(a));
    expectThat(own, () => ({
      check: "docker exec web1 ip addr",
      expected: t("expectedOwnInterfaces", { container: "web1" }),
      received: t("seenInterfaces", { interfaces: describeInterfaces(inside) }),
      why: t("whyOwnInterfaces", {}),
      next: t("tryBridgeNetwork", { container: "web1" }),
    }));
  });

  test.concurrent("both serve on port 80 at the same time: each namespace has its own port 80", async () => {
    const { lab } = await ex.ready();
    const [ip1, ip2] = await Promise.all([addressOn(lab, "web1", "bridge"), addressOn(lab, "web2", "bridge")]);
    const [toWeb2, toWeb1] = await Promise.all([probeTcp(lab.container("web1"), ip2, 80), probeTcp(lab.container("web2"), ip1, 80)]);
    expectThat(toWeb2.connected && toWeb1.connected, () => ({
      check: "docker exec web1 nc web2 80; docker exec web2 nc web1 80",
      expected: t("expectedBothServe", {}),
      received: [t("seenServing", { name: "web1", connected: toWeb1.connected }), t("seenServing", { name: "web2", connected: toWeb2.connected })].join(", "),
      why: t("whyBothServe", {}),
      next: t("tryBothServe", {}),
    }));
  });
});


import { disconnectC1 } from "@target/ch4/network-disconnect";
import { addressOn, defaultBridge, describeInterfaces, expectNetworks, expectThat, probeInterfaces, t, useExercise, testNeeding } from "../../src/testing";

describe("ch4-network-disconnect: docker network disconnect takes the second network back", () => {
  const ex = useExercise("ch4-network-disconnect", async (lab) => {
    // What exercise 2 builds: c1 and c3 on the default bridge, c2 on mynet, c1 connected to mynet.
    const net = await lab.freeSubnet();
    await lab.createNetwork("mynet", { subnet: net.subnet, gateway: net.gateway });
    await Promise.all([lab.run("c1"), lab.run("c3"), lab.run("c2", { network: "mynet" })]);
    await lab.connect("mynet", "c1");
    return disconnectC1(lab);
  });

  test.concurrent("c1 is back on the default bridge only: one address, one interface besides lo", async () => {
    const { lab } = await ex.ready();
    await expectNetworks(lab, "c1", ["bridge"]);
    const [{ subnet }, inside] = await Promise.all([defaultBridge(lab), probeInterfaces(lab.container("c1"))]);
    await expect(lab.container("c1")).toHaveAddressIn(subnet);
    expectThat(inside.map((i) => i.name).sort().join() === "eth0,lo", () => ({
      check: "docker exec c1 ip addr",
      expected: t("expectedOneInterface", {}),
      received: t("seenInterfaces", { interfaces: describeInterfaces(inside) }),
      why: t("whyDisconnect", {}),
      next: t("tryDisconnect", {}),
    }));
  });

  testNeeding("networkIsolation").concurrent("c1 no longer reaches c2, and c2 no longer resolves c1", async () => {
    const { lab } = await ex.ready();
    const [c1, c2] = await Promise.all([addressOn(lab, "c1", "bridge"), addressOn(lab, "c2", "mynet")]);
    await Promise.all([expect(lab.container("c1")).not.toReach(c2), expect(lab.container("c2")).not.toReach(c1), expect(lab.container("c2")).not.toResolve("c1")]);
  });

  test.concurrent("c1 still reaches c3 on the default bridge", async () => {
    const { lab } = await ex.ready();
    await expect(lab.container("c1")).toReach(await addressOn(lab, "c3", "bridge"));
  });
});

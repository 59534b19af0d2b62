import { connectNetworks } from "@target/ch4/network-connect";
import type { SubnetPlan } from "../../src/index";
import { addressOn, contains, defaultBridge, describeInterfaces, expectNetworks, expectThat, parseCidr, probeInterfaces, t, useExercise, testNeeding } from "../../src/testing";

describe("ch4-network-connect: docker network connect puts c1 on a second network", () => {
  let plan: SubnetPlan | undefined;
  const ex = useExercise("ch4-network-connect", async (lab) => {
    plan = await lab.freeSubnet();
    return connectNetworks(lab, plan);
  });

  test.concurrent("c1 has two addresses, one per network, on two interfaces of its own", async () => {
    const { lab } = await ex.ready();
    await expectNetworks(lab, "c1", ["bridge", "mynet"]);
    const [{ subnet }, addresses, inside] = await Promise.all([defaultBridge(lab), lab.container("c1").addresses(), probeInterfaces(lab.container("c1"))]);
    const onBridge = addresses.find((a) => a.network === "bridge");
    const onMynet = addresses.find((a) => a.network === "mynet");
    const owned = inside.filter((i) => i.name !== "lo").map((i) => i.addresses.map((a) => a.split("/")[0]));
    const right =
      onBridge !== undefined &&
      onMynet !== undefined &&
      contains(parseCidr(subnet) ?? { base: 0, prefix: 32 }, onBridge.ip) &&
      contains(parseCidr(plan?.subnet ?? "") ?? { base: 0, prefix: 32 }, onMynet.ip) &&
      owned.length === 2 &&
      owned.flat().sort().join() === [onBridge.ip, onMynet.ip].sort().join();
    expectThat(right, () => ({
      check: "docker exec c1 ip addr",
      expected: t("expectedTwoInterfaces", { bridgeIp: onBridge?.ip ?? `an address in ${subnet}`, mynetIp: onMynet?.ip ?? `an address in ${plan?.subnet ?? "mynet"}` }),
      received: t("seenInterfaces", { interfaces: describeInterfaces(inside) }),
      why: t("whyConnectAdds", {}),
      next: t("tryConnect", {}),
    }));
  });

  test.concurrent("c1 and c2 reach each other by name, through mynet's DNS", async () => {
    const { lab } = await ex.ready();
    await Promise.all([expect(lab.container("c1")).toReach("c2"), expect(lab.container("c2")).toReach("c1")]);
  });

  test.concurrent("c1 still reaches c3 on the default bridge", async () => {
    const { lab } = await ex.ready();
    await expect(lab.container("c1")).toReach(await addressOn(lab, "c3", "bridge"));
  });

  testNeeding("networkIsolation").concurrent("c3, never connected, still cannot reach c2", async () => {
    const { lab } = await ex.ready();
    await expect(lab.container("c3")).not.toReach(await addressOn(lab, "c2", "mynet"));
  });
});

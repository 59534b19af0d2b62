import { isolateNetworks } from "@target/ch4/isolated-networks";
import type { Lab, SubnetPlan } from "../../src/index";
import { addressOn, defaultBridge, expectNetworks, expectThat, probeInterfaces, t, useExercise, testNeeding } from "../../src/testing";

/** The host end of a container's veth pair, found through its eth0@ifN. */
async function hostEnd(lab: Lab, container: string) {
  const eth0 = (await probeInterfaces(lab.container(container))).find((i) => i.name === "eth0");
  return eth0?.peerIndex === undefined ? undefined : (await lab.hostView()).byIndex(eth0.peerIndex);
}

describe("ch4-isolated-networks: a docker0 container and a mynet container cannot reach each other", () => {
  let plan: SubnetPlan | undefined;
  const ex = useExercise("ch4-isolated-networks", async (lab) => {
    plan = await lab.freeSubnet();
    return isolateNetworks(lab, plan);
  });

  test.concurrent("c1 is on the default bridge only, c2 on mynet only, each with an address in its network's subnet", async () => {
    const { lab } = await ex.ready();
    const [{ subnet }] = await Promise.all([defaultBridge(lab), expectNetworks(lab, "c1", ["bridge"]), expectNetworks(lab, "c2", ["mynet"])]);
    await expect(lab.container("c1")).toHaveAddressIn(subnet);
    await expect(lab.container("c2")).toHaveAddressIn(plan?.subnet as string);
  });

  testNeeding("networkIsolation").concurrent("they cannot reach each other, not even by address", async () => {
    const { lab } = await ex.ready();
    const [c1, c2] = await Promise.all([addressOn(lab, "c1", "bridge"), addressOn(lab, "c2", "mynet")]);
    await Promise.all([expect(lab.container("c1")).not.toReach(c2), expect(lab.container("c2")).not.toReach(c1)]);
  });

  test.concurrent("c2 cannot resolve c1: mynet's DNS knows only mynet's members", async () => {
    const { lab } = await ex.ready();
    await Promise.all([expect(lab.container("c2")).not.toResolve("c1"), expect(lab.container("c1")).not.toResolve("c2")]);
  });

  test.concurrent("each network is its own Linux bridge on the host: c1's veth on docker0, c2's on br-<id>", async () => {
    const { lab } = await ex.ready();
    const [end1, end2, { bridge }, mynetBridge] = await Promise.all([hostEnd(lab, "c1"), hostEnd(lab, "c2"), defaultBridge(lab), lab.bridgeOf("mynet")]);
    expectThat(bridge !== undefined && mynetBridge !== undefined && end1?.master === bridge && end2?.master === mynetBridge, () => ({
      check: "ip -o link (on the Docker host): the master of c1's and c2's veths",
      expected: t("expectedOwnBridges", { bridge: bridge ?? "docker0", other: mynetBridge ?? "br-<id>" }),
      received: t("seenMasters", { first: end1?.master ?? "", second: end2?.master ?? "" }),
      why: t("whyOwnBridges", {}),
      next: t("tryOwnBridges", {}),
    }));
  });
});

import { startBridgeServers } from "@target/ch1/bridge-mode";
import { addressOn, defaultBridge, expectNetworks, probeInterfaces, probeTcp, useExercise } from "../../src/testing";

describe("ch1-bridge-mode: in bridge mode each container has its own namespace, address and ports", () => {
  const ex = useExercise("ch1-bridge-mode", (lab) => startBridgeServers(lab));

  test("web1 and web2 each get their own address inside the default bridge's subnet, read from the engine", async () => {
    const { lab } = await ex.ready();
    const { subnet } = await defaultBridge(lab);
    await expect(lab.container("web1")).toHaveAddressIn(subnet);
    await expect(lab.container("web2")).toHaveAddressIn(subnet);
    await Promise.all([expectNetworks(lab, "web1", ["bridge"]), expectNetworks(lab, "web2", ["bridge"])]);
    const [ip1, ip2] = await Promise.all([addressOn(lab, "web1", "bridge"), addressOn(lab, "web2", "bridge")]);
    expect(ip1).not.toEqual(ip2);
  });

  test("web1's interfaces are its own (lo and eth0@ifN), not the Docker host's", async () => {
    const { lab } = await ex.ready();
    const [inside, host, { bridge }] = await Promise.all([
      probeInterfaces(lab.container("web1")),
      lab.hostView().then((view) => view.interfaces()),
      defaultBridge(lab),
    ]);
    expect(inside.map((i) => i.name).sort()).toEqual(["eth0", "lo"]);
    expect(inside.find((i) => i.name === "eth0")?.peerIndex).toBeDefined();
    expect(host.map((i) => i.name)).toContain(bridge);
    const hostMacs = new Set(host.map((i) => i.mac).filter(Boolean));
    const hostAddresses = new Set(host.flatMap((i) => i.addresses));
    for (const own of inside.filter((i) => i.name === "eth0")) {
      expect(hostMacs.has(own.mac)).toBe(false);
      for (const address of own.addresses) expect(hostAddresses.has(address)).toBe(false);
    }
  });

  test("both serve on port 80 at the same time: each namespace has its own port 80", async () => {
    const { lab } = await ex.ready();
    const [ip1, ip2] = await Promise.all([addressOn(lab, "web1", "bridge"), addressOn(lab, "web2", "bridge")]);
    const [toWeb2, toWeb1] = await Promise.all([probeTcp(lab.container("web1"), ip2, 80), probeTcp(lab.container("web2"), ip1, 80)]);
    expect(toWeb2).toMatchObject({ connected: true });
    expect(toWeb1).toMatchObject({ connected: true });
  });
});

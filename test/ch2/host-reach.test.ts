import { routeToContainer, type HostRoute } from "@target/ch2/host-reach";
import { defaultBridge, parseIpRoute, probeHostPing, probeMasquerade, reportSkipped, useExercise } from "../../src/testing";

describe("ch2-host-reach: the host reaches a container through docker0, and NATs its traffic out", () => {
  const ex = useExercise<HostRoute>("ch2-host-reach", (lab) => routeToContainer(lab));

  test("returns c1's address and docker0, the device of the host's route to the bridge's subnet", async () => {
    const { lab, value } = await ex.ready();
    const [engine, view, address] = await Promise.all([defaultBridge(lab), lab.hostView(), lab.container("c1").ip("bridge")]);
    expect(value.address).toBe(address);
    expect(value.device).toBe(engine.bridge);
    expect((await view.routes()).find((r) => r.destination === engine.subnet)?.dev).toBe(engine.bridge);
  });

  test("c1 routes the other way through the gateway, docker0's address", async () => {
    const { lab } = await ex.ready();
    const { gateway } = await defaultBridge(lab);
    const routes = parseIpRoute((await lab.exec("c1", ["ip", "route"])).stdout);
    expect(routes.find((r) => r.destination === "default")).toMatchObject({ via: gateway, dev: "eth0" });
  });

  test("the host pings c1 through docker0 (where the engine runs on this host)", async () => {
    const { lab, value } = await ex.ready();
    const { gateway } = await defaultBridge(lab);
    const reply = await probeHostPing(lab, value.address, gateway);
    if (reply.status === "skipped") return reportSkipped("the host pings c1", reply.reason);
    expect(reply).toMatchObject({ status: "replied" });
  });

  test("outbound NAT: the host masquerades the bridge's subnet when it leaves by another interface", async () => {
    const { lab } = await ex.ready();
    const { subnet, bridge, gateway } = await defaultBridge(lab);
    expect(bridge).toBeDefined();
    const nat = await probeMasquerade(subnet, bridge ?? "", gateway);
    if (nat.status === "skipped") return reportSkipped("the MASQUERADE rule for the default bridge", nat.reason);
    expect(nat).toMatchObject({ status: "found" });
  });
});

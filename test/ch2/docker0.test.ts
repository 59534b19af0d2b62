import { readDocker0, type BridgeFacts } from "@target/ch2/docker0";
import { contains, defaultBridge, parseCidr, parseIpRoute, useExercise } from "../../src/testing";

describe("ch2-docker0: the default bridge's subnet and gateway, read from the engine", () => {
  const ex = useExercise<BridgeFacts>("ch2-docker0", (lab) => readDocker0(lab));

  test("returns the subnet and gateway the engine reports, the gateway inside the subnet", async () => {
    const { lab, value } = await ex.ready();
    const engine = await defaultBridge(lab);
    expect(value).toEqual({ subnet: engine.subnet, gateway: engine.gateway });
    expect(contains(parseCidr(engine.subnet) ?? { base: 0, prefix: 32 }, engine.gateway)).toBe(true);
  });

  test("the gateway is docker0's own address on the host", async () => {
    const { lab } = await ex.ready();
    const [engine, view] = await Promise.all([defaultBridge(lab), lab.hostView()]);
    const docker0 = (await view.interfaces()).find((i) => i.name === engine.bridge);
    expect(docker0?.addresses).toContain(`${engine.gateway}/${engine.subnet.split("/")[1]}`);
  });

  test("c1, c2 and c3 each get a unique address inside the subnet, and the network lists them", async () => {
    const { lab } = await ex.ready();
    const [engine, info] = await Promise.all([defaultBridge(lab), lab.inspectNetwork("bridge")]);
    const subnet = parseCidr(engine.subnet);
    const addresses = await Promise.all(["c1", "c2", "c3"].map((name) => lab.container(name).ip("bridge")));
    for (const ip of addresses) expect(subnet !== undefined && ip !== undefined && contains(subnet, ip)).toBe(true);
    expect(new Set(addresses).size).toBe(3);
    // docker network inspect bridge: .Containers, keyed by container id.
    const listed = Object.entries(info.Containers ?? {});
    for (const name of ["c1", "c2", "c3"]) {
      const entry = listed.find(([id]) => id === lab.container(name).id)?.[1];
      expect(entry?.IPv4Address.split("/")[0]).toBe(await lab.container(name).ip("bridge"));
    }
  });

  test("each of them routes out through the gateway: default via <gateway> dev eth0", async () => {
    const { lab } = await ex.ready();
    const { gateway } = await defaultBridge(lab);
    const tables = await Promise.all(["c1", "c2", "c3"].map((name) => lab.exec(name, ["ip", "route"])));
    for (const table of tables) expect(parseIpRoute(table.stdout).find((r) => r.destination === "default")).toMatchObject({ via: gateway, dev: "eth0" });
  });
});

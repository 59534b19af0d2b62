import { readDocker0, type BridgeFacts } from "@target/ch2/docker0";
import { contains, defaultBridge, expectDefaultRoutes, expectThat, parseCidr, t, useExercise } from "../../src/testing";

describe("ch2-docker0: the default bridge's subnet and gateway, read from the engine", () => {
  const ex = useExercise<BridgeFacts>("ch2-docker0", (lab) => readDocker0(lab));

  test.concurrent("returns the subnet and gateway the engine reports, the gateway inside the subnet", async () => {
    const { lab, value } = await ex.ready();
    const engine = await defaultBridge(lab);
    const right = value?.subnet === engine.subnet && value.gateway === engine.gateway && contains(parseCidr(engine.subnet) ?? { base: 0, prefix: 32 }, engine.gateway);
    expectThat(right, () => ({
      check: "docker network inspect bridge; docker inspect c1",
      expected: t("expectedBridgeFacts", { subnet: engine.subnet, gateway: engine.gateway }),
      received: t("seenAnswer", { answer: JSON.stringify(value) }),
      why: t("whyReadBridge", {}),
      next: t("tryReadBridge", {}),
    }));
  });

  test.concurrent("the gateway is docker0's own address on the host", async () => {
    const { lab } = await ex.ready();
    const [engine, view] = await Promise.all([defaultBridge(lab), lab.hostView()]);
    const docker0 = (await view.interfaces()).find((i) => i.name === engine.bridge);
    const address = `${engine.gateway}/${engine.subnet.split("/")[1]}`;
    expectThat(docker0?.addresses.includes(address) ?? false, () => ({
      check: `ip addr show ${engine.bridge ?? "docker0"} (on the Docker host)`,
      expected: t("expectedGatewayOnBridge", { bridge: engine.bridge ?? "docker0", address }),
      received: t("seenBridgeAddresses", { bridge: engine.bridge ?? "docker0", addresses: docker0?.addresses.join(", ") ?? "" }),
      why: t("whyGatewayOnBridge", {}),
      next: t("tryEngineBridge", {}),
    }));
  });

  test.concurrent("c1, c2 and c3 each get a unique address inside the subnet, and the network lists them", async () => {
    const { lab } = await ex.ready();
    const [engine, info] = await Promise.all([defaultBridge(lab), lab.inspectNetwork("bridge")]);
    const subnet = parseCidr(engine.subnet);
    const names = ["c1", "c2", "c3"];
    const addresses = await Promise.all(names.map((name) => lab.container(name).ip("bridge")));
    // docker network inspect bridge: .Containers, keyed by container id.
    const listed = Object.entries(info.Containers ?? {});
    const listedAt = (name: string) => listed.find(([id]) => id === lab.container(name).id)?.[1]?.IPv4Address.split("/")[0];
    const right =
      addresses.every((ip) => subnet !== undefined && ip !== undefined && contains(subnet, ip)) &&
      new Set(addresses).size === names.length &&
      names.every((name, i) => listedAt(name) === addresses[i]);
    expectThat(right, () => ({
      check: "docker inspect c1 c2 c3; docker network inspect bridge",
      expected: t("expectedMembers", { names: names.join(", "), subnet: engine.subnet }),
      received: t("seenMembers", { members: names.map((name, i) => `${name} at ${addresses[i] ?? "no address"} (listed at ${listedAt(name) ?? "nothing"})`).join(", ") }),
      why: t("whyMembers", {}),
      next: t("tryMembers", { names: names.join(", ") }),
    }));
  });

  test.concurrent("each of them routes out through the gateway: default via <gateway> dev eth0", async () => {
    const { lab } = await ex.ready();
    const { gateway } = await defaultBridge(lab);
    await expectDefaultRoutes(lab, ["c1", "c2", "c3"], gateway, "the default bridge");
  });
});

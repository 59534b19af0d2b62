import { createDiyNetwork } from "@target/ch3/user-network";
import { engineProfile, expectDefaultRoutes, expectThat, t, useExercise } from "../../src/testing";
import type { SubnetPlan } from "../../src/index";

describe("ch3-user-network: a user-defined bridge with its own subnet, gateway and DNS", () => {
  let plan: SubnetPlan | undefined;
  const ex = useExercise("ch3-user-network", async (lab) => {
    plan = await lab.freeSubnet();
    return createDiyNetwork(lab, plan);
  });

  // Each check only reads the topology: they run side by side, each failing with its own message.
  test.concurrent("docker network inspect shows the bridge driver, the subnet and the gateway", async () => {
    const { lab } = await ex.ready();
    const info = await lab.inspectNetwork("diynetwork");
    const config = info.IPAM?.Config?.[0];
    expectThat(info.Driver === "bridge" && config?.Subnet === plan?.subnet && config?.Gateway === plan?.gateway, () => ({
      check: "docker network inspect diynetwork",
      expected: t("expectedNetworkConfig", { network: "diynetwork", subnet: plan?.subnet ?? "?", gateway: plan?.gateway ?? "?" }),
      received: t("seenNetworkConfig", { network: "diynetwork", driver: info.Driver, subnet: config?.Subnet ?? "", gateway: config?.Gateway ?? "" }),
      why: t("whyNetworkConfig", {}),
      next: t("tryNetworkConfig", { network: "diynetwork" }),
    }));
  });

  test.concurrent("members get addresses inside the subnet and route through its gateway", async () => {
    const { lab } = await ex.ready();
    await Promise.all(["c1", "c2"].map((name) => expect(lab.container(name)).toHaveAddressIn(plan?.subnet ?? "")));
    await expectDefaultRoutes(lab, ["c1", "c2"], plan?.gateway ?? "?", "diynetwork");
  });

  test.concurrent("c1 and c2 reach each other by name, both ways", async () => {
    const { lab } = await ex.ready();
    await Promise.all([expect(lab.container("c1")).toReach("c2"), expect(lab.container("c2")).toReach("c1")]);
  });

  test.concurrent("names come from the engine's embedded DNS (127.0.0.11 on Docker), not from /etc/hosts", async () => {
    const { lab } = await ex.ready();
    const [resolv, hosts, profile] = await Promise.all([lab.exec("c1", ["cat", "/etc/resolv.conf"]).then((r) => r.stdout), lab.exec("c1", ["cat", "/etc/hosts"]).then((r) => r.stdout), engineProfile()]);
    // Docker's embedded DNS listens on 127.0.0.11 inside the container; Podman's aardvark-dns on the network's gateway.
    const server = profile.embeddedDns === "127.0.0.11" ? "127.0.0.11" : plan?.gateway;
    const nameservers = resolv.split("\n").filter((line) => line.startsWith("nameserver"));
    const hostsLine = hosts.split("\n").find((line) => /\sc2(\s|$)/.test(line));
    expectThat(nameservers.includes(`nameserver ${server}`) && hostsLine === undefined, () => ({
      check: "docker exec c1 cat /etc/resolv.conf /etc/hosts",
      expected: t("expectedNameserver", { server: server ?? "?" }),
      received: t("seenResolvHosts", { nameservers: nameservers.join(", "), hostsLine: hostsLine ?? "" }),
      why: t("whyEmbeddedDns", {}),
      next: t("tryUserNetwork", { network: "diynetwork" }),
    }));
    await expect(lab.container("c1")).toResolve("c2");
  });
});

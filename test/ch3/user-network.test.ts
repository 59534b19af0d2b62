import { createDiyNetwork } from "@target/ch3/user-network";
import { engineProfile, parseIpRoute, useExercise } from "../../src/testing";
import type { SubnetPlan } from "../../src/index";

describe("ch3-user-network: a user-defined bridge with its own subnet, gateway and DNS", () => {
  let plan: SubnetPlan | undefined;
  const ex = useExercise("ch3-user-network", async (lab) => {
    plan = await lab.freeSubnet();
    return createDiyNetwork(lab, plan);
  });

  test("docker network inspect shows the bridge driver, the subnet and the gateway", async () => {
    const { lab } = await ex.ready();
    const info = await lab.inspectNetwork("diynetwork");
    expect(info.Driver).toBe("bridge");
    expect(info.IPAM?.Config?.[0]).toMatchObject({ Subnet: plan?.subnet, Gateway: plan?.gateway });
  });

  test("members get addresses inside the subnet and route through its gateway", async () => {
    const { lab } = await ex.ready();
    for (const name of ["c1", "c2"]) {
      await expect(lab.container(name)).toHaveAddressIn(plan?.subnet ?? "");
      const routes = parseIpRoute((await lab.exec(name, ["ip", "route"])).stdout);
      expect(routes.find((r) => r.destination === "default")?.via).toBe(plan?.gateway);
    }
  });

  test("c1 and c2 reach each other by name, both ways", async () => {
    const { lab } = await ex.ready();
    await expect(lab.container("c1")).toReach("c2");
    await expect(lab.container("c2")).toReach("c1");
  });

  test("names come from the engine's embedded DNS (127.0.0.11 on Docker), not from /etc/hosts", async () => {
    const { lab } = await ex.ready();
    const [resolv, profile] = await Promise.all([lab.exec("c1", ["cat", "/etc/resolv.conf"]).then((r) => r.stdout), engineProfile()]);
    // Docker's embedded DNS listens on 127.0.0.11 inside the container; Podman's aardvark-dns on the network's gateway.
    const server = profile.embeddedDns === "127.0.0.11" ? "127.0.0.11" : plan?.gateway;
    expect(resolv.split("\n").filter((line) => line.startsWith("nameserver"))).toContain(`nameserver ${server}`);
    const hosts = (await lab.exec("c1", ["cat", "/etc/hosts"])).stdout;
    expect(hosts).not.toMatch(/\sc2(\s|$)/);
    await expect(lab.container("c1")).toResolve("c2");
  });
});

import { startOnDefaultBridge } from "@target/ch3/default-bridge";
import { useExercise } from "../../src/testing";

describe("ch3-default-bridge: two containers on the default bridge", () => {
  const ex = useExercise("ch3-default-bridge", (lab) => startOnDefaultBridge(lab));

  test("both get an address inside the default bridge's subnet, read from the engine", async () => {
    const { lab } = await ex.ready();
    const subnet = (await lab.inspectNetwork("bridge")).IPAM?.Config?.[0]?.Subnet;
    expect(subnet).toBeDefined();
    await expect(lab.container("c1")).toHaveAddressIn(subnet as string);
    await expect(lab.container("c2")).toHaveAddressIn(subnet as string);
    expect(await lab.container("c1").ip("bridge")).not.toEqual(await lab.container("c2").ip("bridge"));
  });

  test("c2 reaches c1 by address", async () => {
    const { lab } = await ex.ready();
    const c1 = await lab.container("c1").ip("bridge");
    expect(c1).toBeDefined();
    await expect(lab.container("c2")).toReach(c1 as string);
  });

  test("c2 cannot resolve c1 by name: the default bridge has no DNS", async () => {
    const { lab } = await ex.ready();
    await expect(lab.container("c2")).not.toResolve("c1");
  });
});

import { startOnDefaultBridge } from "@target/ch3/default-bridge";
import { addressOn, defaultBridge, expectOwnAddresses, useExercise } from "../../src/testing";

describe("ch3-default-bridge: two containers on the default bridge", () => {
  const ex = useExercise("ch3-default-bridge", (lab) => startOnDefaultBridge(lab));

  test.concurrent("both get an address inside the default bridge's subnet, read from the engine", async () => {
    const { lab } = await ex.ready();
    const { subnet } = await defaultBridge(lab);
    await expect(lab.container("c1")).toHaveAddressIn(subnet);
    await expect(lab.container("c2")).toHaveAddressIn(subnet);
    await expectOwnAddresses(lab, ["c1", "c2"], "bridge");
  });

  test.concurrent("c2 reaches c1 by address", async () => {
    const { lab } = await ex.ready();
    await expect(lab.container("c2")).toReach(await addressOn(lab, "c1", "bridge"));
  });

  test.concurrent("c2 cannot resolve c1 by name: the default bridge has no DNS", async () => {
    const { lab } = await ex.ready();
    await expect(lab.container("c2")).not.toResolve("c1");
  });

  test.concurrent("c1 cannot resolve c2 by name either: no direction has a name", async () => {
    const { lab } = await ex.ready();
    await expect(lab.container("c1")).not.toResolve("c2");
  });
});

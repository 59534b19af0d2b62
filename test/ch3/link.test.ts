import { linkContainers } from "@target/ch3/link";
import { useExercise } from "../../src/testing";

describe("ch3-link: --link makes a one-way name", () => {
  const ex = useExercise("ch3-link", (lab) => linkContainers(lab));

  test("c2 reaches c1 by name", async () => {
    const { lab } = await ex.ready();
    await expect(lab.container("c2")).toReach("c1");
  });

  test("c1 cannot resolve c2: the link is one-way", async () => {
    const { lab } = await ex.ready();
    await expect(lab.container("c1")).not.toResolve("c2");
  });

  test("c2's /etc/hosts holds c1 with c1's address", async () => {
    const { lab } = await ex.ready();
    const c1 = await lab.container("c1").ip("bridge");
    const hosts = (await lab.exec("c2", ["cat", "/etc/hosts"])).stdout;
    const entry = hosts.split("\n").find((line) => line.split(/\s+/).slice(1).includes("c1"));
    expect(entry).toBeDefined();
    expect(entry?.split(/\s+/)[0]).toBe(c1);
  });

  test("c2 sees c1 through C1_* environment variables", async () => {
    const { lab } = await ex.ready();
    const env = (await lab.exec("c2", ["env"])).stdout;
    expect(env).toMatch(/^C1_NAME=\/\S+\/c1$/m);
  });
});

import { Lab } from "../../src/index";
import { addressOn } from "../../src/testing";

/** Runs a call the way a learner's code forgets to: not awaited, its end waited for only afterwards. */
function notAwaited<T>(call: Promise<T>): Promise<unknown> {
  return call.then(
    () => undefined,
    (err: unknown) => err,
  );
}

describe("Lab misuse gets a message that names the mistake", () => {
  test("a container whose lab.run was not awaited is 'still being started', not missing", async () => {
    await using lab = new Lab();
    const running = notAwaited(lab.run("web1"));
    expect(() => lab.container("web1")).toThrow(/"web1" was still being started when it was needed: did you forget `await` before `lab\.run\("web1", \.\.\.\)`\?/);
    expect(() => lab.container("web1")).not.toThrow(/There is no container/);
    // A link to it fails the same way: the link target was not awaited either.
    await expect(lab.run("c2", { links: ["web1"] })).rejects.toThrow(/"web1" was still being started/);
    await running;
    expect(lab.container("web1").name).toBe("web1");
    // Never started at all is still "no such container".
    expect(() => lab.container("web3")).toThrow(/There is no container "web3" in this lab \(it has: web1\)/);
  });

  test("a network whose lab.createNetwork was not awaited is 'still being created'", async () => {
    await using lab = new Lab();
    const creating = notAwaited(lab.createNetwork("mynet"));
    expect(() => lab.network("mynet")).toThrow(/Network "mynet" was still being created when it was needed: did you forget `await`/);
    await expect(lab.run("c1", { network: "mynet" })).rejects.toThrow(/"mynet" was still being created/);
    await creating;
    expect(lab.network("mynet").name).toBe("mynet");
  });

  test("a connect not awaited is named when the test reads the address it would give", async () => {
    await using lab = new Lab();
    await lab.createNetwork("mynet");
    await lab.run("c1");
    const connecting = notAwaited(lab.connect("mynet", "c1"));
    await expect(addressOn(lab, "c1", "mynet")).rejects.toThrow(/`lab\.connect\("mynet", "c1"\)` was still under way when it was needed: did you forget `await`/);
    await connecting;
    expect(await addressOn(lab, "c1", "mynet")).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    await expect(addressOn(lab, "c1", "nope")).rejects.toThrow(/c1 has no address on nope: it is not connected to nope \(it is on: (bridge, mynet|mynet, bridge)\)/);
  });

  test("connect and disconnect with the arguments swapped say so", async () => {
    await using lab = new Lab();
    await lab.createNetwork("mynet");
    await lab.run("c1");
    await expect(lab.connect("c1", "mynet")).rejects.toThrow(
      'lab.connect takes (network, container), as `docker network connect NETWORK CONTAINER` does: "mynet" is a network and "c1" a container. Swap them: `lab.connect("mynet", "c1")`.',
    );
    await expect(lab.disconnect("nope", "bridge")).rejects.toThrow(/lab\.disconnect takes \(network, container\).*"bridge" is a network, not a container/);
    // The right way round still works, and a missing container is still "no such container".
    await lab.connect("mynet", "c1");
    await expect(lab.connect("mynet", "c9")).rejects.toThrow(/There is no container "c9"/);
  });

  test("a link to a container not started yet says the target must run first", async () => {
    await using lab = new Lab();
    await expect(lab.run("c2", { links: ["c1"] })).rejects.toThrow(/c2 cannot link to "c1": there is no container "c1" yet \(this lab has: none\)\.\nWhy: `docker run --link c1` needs c1 running already/);
    // The failed run gave its name back.
    await lab.run("c1");
    await lab.run("c2", { links: ["c1"] });
  });
});

import type Dockerode from "dockerode";
import { removeLabelledWith, sweepLabelledWith } from "./remove-labelled";

/** A dockerode stand-in: lists what it holds, records each removal, and fails the ones given. */
function fakeDocker(fail: Record<string, Array<{ statusCode: number; message: string }>> = {}) {
  const calls: string[] = [];
  const remove = (what: string) => async () => {
    calls.push(`rm ${what}`);
    const next = fail[what]?.shift();
    if (next) throw Object.assign(new Error(next.message), next);
  };
  const docker = {
    listContainers: async (opts: unknown) => (calls.push(`ps ${JSON.stringify(opts)}`), [{ Id: "c1", Names: ["/nl-r-1-c1"] }, { Id: "c2", Names: [] }]),
    listNetworks: async (opts: unknown) => (calls.push(`network ls ${JSON.stringify(opts)}`), [{ Id: "n1", Name: "nl-r-1-net" }]),
    getContainer: (id: string) => ({ remove: remove(id) }),
    getNetwork: (id: string) => ({ remove: remove(id) }),
  };
  return { docker: docker as unknown as Dockerode, calls };
}

describe("removeLabelledWith (the one teardown by label)", () => {
  test("removes the containers, then the networks, with every label; says what it removed", async () => {
    const { docker, calls } = fakeDocker();
    expect(await removeLabelledWith(docker, ["netlab.run=r", "netlab.lab=1"])).toEqual({ containers: ["nl-r-1-c1", "c2"], networks: ["nl-r-1-net"] });
    expect(calls).toEqual(['ps {"all":true,"filters":{"label":["netlab.run=r","netlab.lab=1"]}}', "rm c1", "rm c2", 'network ls {"filters":{"label":["netlab.run=r","netlab.lab=1"]}}', "rm n1"]);
  });

  test("what another remover took first (404, 409 in progress) is fine; active endpoints are waited out", async () => {
    const { docker, calls } = fakeDocker({
      c1: [{ statusCode: 404, message: "no such container" }],
      c2: [{ statusCode: 409, message: "removal of container c2 is already in progress" }],
      n1: [{ statusCode: 403, message: "error while removing network: network has active endpoints" }],
    });
    await expect(removeLabelledWith(docker, ["netlab.run=r"])).resolves.toBeDefined();
    expect(calls.filter((c) => c === "rm n1")).toHaveLength(2);
  });

  test("any other refusal is the caller's to see", async () => {
    const { docker } = fakeDocker({ c1: [{ statusCode: 500, message: "engine trouble" }] });
    await expect(removeLabelledWith(docker, ["netlab.run=r"])).rejects.toThrow("engine trouble");
  });

  test("a sweep sweeps once per delay and never rejects", async () => {
    const { docker, calls } = fakeDocker({ c1: [{ statusCode: 500, message: "engine trouble" }] });
    await expect(sweepLabelledWith(docker, ["netlab.run=r"], [0, 0])).resolves.toBeUndefined();
    expect(calls.filter((c) => c.startsWith("ps "))).toHaveLength(2);
  });
});

import { Lab } from "../../src/lab/lab";
import { currentRun, LABELS } from "../../src/lab/run-identity";
import { removeLabelled } from "../../src/lab/teardown";
import { listContainers } from "../../src/runtime/containers";
import { listNetworks } from "../../src/runtime/networks";

describe("removers that race (two runs' reapers, netlab clean) all succeed and leave nothing", () => {
  test("three removals of one lab at once: none fails on 'in progress' or 'active endpoints'", async () => {
    const lab = new Lab();
    try {
      await lab.createNetwork("racenet");
      await Promise.all(["r1", "r2", "r3"].map((name) => lab.run(name, { network: "racenet" })));
      const filter = [`${LABELS.run}=${currentRun().runId}`, `${LABELS.lab}=${lab.id}`];
      const results = await Promise.allSettled([removeLabelled(filter), removeLabelled(filter), removeLabelled(filter)]);
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
      const [containers, networks] = await Promise.all([listContainers(filter), listNetworks({ label: filter })]);
      expect(containers.length + networks.length).toBe(0);
    } finally {
      await lab.dispose();
    }
  }, 60_000);
});

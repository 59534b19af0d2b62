import { Lab } from "../../src/index";
import { listContainers } from "../../src/runtime/containers";
import { loadTestcontainers } from "../../src/runtime/load-testcontainers";
import { removeLabelled } from "../../src/lab/teardown";
import { LABELS } from "../../src/lab/run-identity";
import { runHostView, startRunHostView } from "../../src/lab/run-host-view";

// What a jest run shares between its test files: the engine's client library, and (for a warm
// check) the host-view helper its global setup started before the learner saved.
describe("the parts a run shares between its test files", () => {
  test("testcontainers is the jest process's copy (loaded once), not one of this file's registry", async () => {
    const shared = await loadTestcontainers();
    expect(typeof shared.GenericContainer).toBe("function");
    expect(shared).not.toBe(await import("testcontainers"));
  });

  test("a Lab reads the host through the run's helper when there is one; its teardown leaves the helper to the run", async () => {
    await startRunHostView();
    const helper = await runHostView();
    try {
      expect(helper).toBeDefined();
      const lab = new Lab();
      const interfaces = await (await lab.hostView()).interfaces();
      expect(interfaces.some((i) => i.name === "lo")).toBe(true);
      // No helper of the Lab's own was started.
      expect(await listContainers([`${LABELS.run}=${process.env.NETLAB_RUN_ID}`, `${LABELS.lab}=${lab.id}`])).toEqual([]);
      await lab.dispose();
      expect(await runHostView()).toEqual(helper);
    } finally {
      delete process.env.NETLAB_RUN_HOST_VIEW;
      await removeLabelled([`${LABELS.run}=${process.env.NETLAB_RUN_ID}`, `${LABELS.lab}=run`]);
    }
  });

  test("without the run's helper (gone, or never started) a Lab starts its own, and removes it", async () => {
    expect(await runHostView()).toBeUndefined();
    const lab = new Lab();
    expect((await (await lab.hostView()).interfaces()).length).toBeGreaterThan(0);
    expect(await listContainers([`${LABELS.run}=${process.env.NETLAB_RUN_ID}`, `${LABELS.lab}=${lab.id}`])).toHaveLength(1);
    await lab.dispose();
    expect(await listContainers([`${LABELS.run}=${process.env.NETLAB_RUN_ID}`, `${LABELS.lab}=${lab.id}`])).toEqual([]);
  });
});

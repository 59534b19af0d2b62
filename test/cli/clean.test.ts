import crypto from "node:crypto";
import { Lab } from "../../src/lab/lab";
import { currentRun } from "../../src/lab/run-identity";
import { startContainer } from "../../src/runtime/container-spec";
import { removeContainer } from "../../src/runtime/containers";
import { ensureLabImage } from "../../src/runtime/lab-image";
import { NO_ENGINE, runResources } from "./support/engine";
import { netlab, ROOT } from "./support/scratch-project";

// netlab clean without --run removes what every netlab run on this engine made, other test runs'
// included: these tests use --dry-run for that and remove for real only with --run (this run's).
describe("netlab clean", () => {
  const lab = new Lab();
  const runId = currentRun().runId;
  const foreign = `netlab-clean-test-${crypto.randomBytes(3).toString("hex")}`;

  beforeAll(async () => {
    await lab.createNetwork("cleannet");
    await lab.run("keeper", { network: "cleannet" });
    // Not netlab's: a label of another key ("netlab-test.foreign", not "netlab") and its own name.
    const image = await ensureLabImage();
    await startContainer({ image: image.name, name: foreign, labels: { "netlab-test.foreign": "1" }, networkMode: "none", command: ["sleep", "300"] });
  }, 60_000);
  afterAll(async () => {
    await lab.dispose();
    await removeContainer(foreign);
  });

  test("--dry-run lists netlab's containers and networks (with the learner's names) and removes nothing", async () => {
    const r = await netlab(["clean", "--dry-run"], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Would remove \d+ container\(s\) and \d+ network\(s\)/);
    expect(r.stdout).toContain(`${lab.container("keeper").realName} (keeper, run ${runId})`);
    expect(r.stdout).toContain(`${lab.network("cleannet").realName} (cleannet, run ${runId})`);
    expect(r.stdout).not.toContain(foreign);
    expect(await runResources(runId)).toHaveLength(2);
  });

  test("removes by netlab's label only, says what it removed, and leaves everything else", async () => {
    const r = await netlab(["clean", "--run", runId], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Removed 1 container(s) and 1 network(s) made by netlab:");
    expect(r.stdout).toContain(`container ${lab.container("keeper").realName} (keeper, run ${runId})`);
    expect(r.stdout).toContain(`network   ${lab.network("cleannet").realName} (cleannet, run ${runId})`);
    expect(await runResources(runId)).toEqual([]);
    const again = await netlab(["clean", "--run", runId], { cwd: ROOT });
    expect(again.stdout).toContain("Nothing to remove");
    // The container without netlab's label is still there.
    expect((await netlab(["clean", "--dry-run"], { cwd: ROOT })).stdout).not.toContain(foreign);
    const { inspectContainer } = await import("../../src/runtime/containers");
    expect((await inspectContainer(foreign)).State.Running).toBe(true);
  });

  test("--image --dry-run also lists the lab image and removes nothing; --image with --run is a usage error", async () => {
    const image = (await ensureLabImage()).name;
    const r = await netlab(["clean", "--dry-run", "--image"], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`  image     ${image}`);
    const { getEngine } = await import("../../src/runtime/engine");
    await expect((await getEngine()).docker.getImage(image).inspect()).resolves.toBeDefined();
    const both = await netlab(["clean", "--run", runId, "--image"], { cwd: ROOT });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--image removes the lab image every run uses");
  });

  test("a --run that is not a run id: exit 2; no engine: exit 3", async () => {
    expect((await netlab(["clean", "--run", "x; rm -rf /"], { cwd: ROOT })).code).toBe(2);
    const r = await netlab(["clean"], { cwd: ROOT, env: NO_ENGINE });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("Docker engine not reachable");
  });
});

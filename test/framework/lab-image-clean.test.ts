import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getEngine } from "../../src/runtime/engine";
import { startContainer } from "../../src/runtime/container-spec";
import { removeContainer } from "../../src/runtime/containers";
import { ensureLabImage, listLabImages, removeLabImages } from "../../src/runtime/lab-image";

// `netlab clean --image` removes every image labelled netlab.image=lab, the one the other runs of this
// selftest are using included: so this test works on a decoy of its own label, built from the lab image.
describe("removing the lab image (netlab clean --image), on a decoy", () => {
  const tag = crypto.randomBytes(4).toString("hex");
  const label = `netlab.image=lab-test-${tag}`;
  const decoy = `netlab-lab:decoy-${tag}`;
  const holder = `netlab-image-holder-${tag}`;

  beforeAll(async () => {
    const { docker } = await getEngine();
    const context = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-decoy-"));
    fs.writeFileSync(path.join(context, "Dockerfile"), `FROM ${(await ensureLabImage()).name}\nLABEL ${label}\n`);
    const stream = await docker.buildImage({ context, src: ["Dockerfile"] }, { t: decoy, rm: true });
    await new Promise((resolve, reject) => docker.modem.followProgress(stream, (err: Error | null) => (err ? reject(err) : resolve(undefined))));
    fs.rmSync(context, { recursive: true, force: true });
  }, 60_000);
  afterAll(async () => {
    await removeContainer(holder);
    await removeLabImages(label);
  });

  test("an image a container still uses is kept, with the engine's reason; once free, it is removed", async () => {
    expect(await listLabImages(label)).toEqual([expect.objectContaining({ name: decoy })]);
    await startContainer({ image: decoy, name: holder, labels: { netlab: "1", "netlab.test": tag }, networkMode: "none", command: ["sleep", "60"] });
    const busy = await removeLabImages(label);
    expect(busy.removed).toEqual([]);
    expect(busy.kept).toEqual([{ name: decoy, why: expect.stringMatching(/being used|in use/) }]);
    await removeContainer(holder);
    expect(await removeLabImages(label)).toEqual({ removed: [decoy], kept: [] });
    expect(await listLabImages(label)).toEqual([]);
  }, 60_000);
});

import crypto from "node:crypto";
import { startContainer } from "../../src/runtime/container-spec";
import { listContainers } from "../../src/runtime/containers";

describe("a container is never started from an image the engine does not have", () => {
  test("an image that is gone: a clear message, and nothing asked of a registry or made on the engine", async () => {
    const tag = crypto.randomBytes(4).toString("hex");
    const image = `netlab-lab:gone-${tag}`;
    const name = `netlab-no-pull-test-${tag}`;
    await expect(startContainer({ image, name, labels: { netlab: "1", "netlab.test": tag }, networkMode: "none", command: ["true"] })).rejects.toThrow(
      `The image "${image}" is no longer on the engine`,
    );
    // Refused before testcontainers was asked: no container, and (dockerd's log, checked by .ci/run) no pull.
    expect(await listContainers([`netlab.test=${tag}`])).toEqual([]);
  });
});

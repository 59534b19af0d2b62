import fs from "node:fs";
import path from "node:path";
import type Dockerode from "dockerode";
import { dockerAt } from "./leftovers";
import { log } from "./shell";

const root = path.resolve(__dirname, "../..");
const FIXTURE_LABEL = { "netlab.run": "fixture" };

/** The lab image a course run built on this engine (netlab-lab:<hash>), if any. */
async function labImage(docker: Dockerode): Promise<string | undefined> {
  const images = await docker.listImages({ filters: { label: ["netlab.image=lab"] } });
  return images.flatMap((i) => i.RepoTags ?? []).find((tag) => /netlab-lab:/.test(tag));
}

/**
 * What the engine answers, as unit-test fixtures under src/runtime/fixtures/<engine>-<version>/:
 * GET /version, /info, /networks/bridge (and podman's own default network) with that container on it, and
 * /containers/<id>/json of one running lab container, made for this (labelled netlab.run=fixture)
 * and removed afterwards. Nothing is stripped: these engines hold no secrets.
 */
export async function recordFixtures(engine: string, dockerHost: string): Promise<string> {
  const docker = dockerAt(dockerHost);
  const version = await docker.version();
  const dir = path.join(root, "src/runtime/fixtures", `${engine}-${String(version.Version).split("+")[0]}`);
  fs.mkdirSync(dir, { recursive: true });
  const write = (name: string, data: unknown) => fs.writeFileSync(path.join(dir, name), `${JSON.stringify(data, null, 2)}\n`);
  write("version.json", version);
  write("info.json", await docker.info());
  // The default network's own name: "bridge" on Docker; podman answers to "bridge" too, but its
  // containers say "podman".
  const networks = engine === "podman" ? ["bridge", "podman"] : ["bridge"];
  const recordNetworks = async (ours?: string) => {
    for (const name of networks) {
      const net = (await docker.getNetwork(name).inspect()) as { Containers?: Record<string, unknown> };
      // A shared engine's default network lists other people's containers: only ours is recorded.
      net.Containers = Object.fromEntries(Object.entries(net.Containers ?? {}).filter(([id]) => id === ours));
      write(`network-${name}.json`, net);
    }
  };

  const image = await labImage(docker);
  if (!image) {
    await recordNetworks();
    log(`  [${engine}] no lab image on it (the course run builds one): container-running.json not recorded`);
    return dir;
  }
  const container = await docker.createContainer({ Image: image, Cmd: ["sleep", "300"], Labels: FIXTURE_LABEL });
  try {
    await container.start();
    write("container-running.json", await container.inspect());
    await recordNetworks(container.id);
  } finally {
    await container.remove({ force: true });
  }
  log(`  [${engine}] fixtures in ${path.relative(root, dir)}`);
  return dir;
}

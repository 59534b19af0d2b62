import type Dockerode from "dockerode";
import { getEngine } from "./engine";
import { removeContainerWith } from "./remove-labelled";

/** docker inspect CONTAINER */
export async function inspectContainer(nameOrId: string): Promise<Dockerode.ContainerInspectInfo> {
  const { docker } = await getEngine();
  return docker.getContainer(nameOrId).inspect();
}

/** docker rm -f CONTAINER; one that is already gone is fine. */
export async function removeContainer(nameOrId: string): Promise<void> {
  const { docker } = await getEngine();
  await removeContainerWith(docker, nameOrId);
}

/** docker stop -t SECONDS CONTAINER */
export async function stopContainer(nameOrId: string, seconds = 0): Promise<void> {
  const { docker } = await getEngine();
  try {
    await docker.getContainer(nameOrId).stop({ t: seconds });
  } catch (err) {
    // 304: already stopped.
    if ((err as { statusCode?: number }).statusCode !== 304) throw err;
  }
}

/** docker ps -a --filter label=... */
export async function listContainers(labelFilters: string[]): Promise<Dockerode.ContainerInfo[]> {
  const { docker } = await getEngine();
  return docker.listContainers({ all: true, filters: { label: labelFilters } });
}

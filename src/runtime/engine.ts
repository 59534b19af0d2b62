import type Dockerode from "dockerode";
import type { ContainerRuntimeClient } from "testcontainers";
import { exportEngine } from "./engine-env";
import { engineDownError, probeEngine } from "./probe-engine";
import { loadTestcontainers } from "./load-testcontainers";

// Ryuk cannot be pulled where there is no registry, and netlab reaps its own resources by label.
process.env.TESTCONTAINERS_RYUK_DISABLED ??= "true";
// netlab never asks testcontainers which host serves published ports (they bind the engine's
// loopback and are probed from there). Without an answer given, testcontainers running where
// /.dockerenv exists and the default bridge shows no gateway (a freshly started engine) runs
// alpine:3.14 to find one: a pull from Docker Hub in every process, which the network rule forbids.
process.env.TESTCONTAINERS_HOST_OVERRIDE ??= "localhost";

export interface Engine {
  /** testcontainers' client: containers, networks, images. */
  readonly client: ContainerRuntimeClient;
  /** The raw Docker API, for what testcontainers has no call for (links, IPAM, network connect). */
  readonly docker: Dockerode;
}

let engine: Promise<Engine> | undefined;

/**
 * The Docker engine of this process, connected once. A quick ping first, so that "Docker is not
 * running" is said at once (a refused or missing socket) instead of after testcontainers has tried
 * every strategy. The engine netlab located (a context, a socket) is handed to testcontainers, which
 * would otherwise look for one its own way and miss contexts, Docker Desktop on Linux, Podman.
 */
export function getEngine(): Promise<Engine> {
  engine ??= connect().catch((err: unknown) => {
    engine = undefined;
    throw err;
  });
  return engine;
}

async function connect(): Promise<Engine> {
  const health = await probeEngine();
  if (!health.ok || !health.location) throw engineDownError(health);
  exportEngine(health.location);
  // Loaded on first use: a test file that never reaches the engine (an untouched stub) skips its ~800 modules.
  const { getContainerRuntimeClient } = await loadTestcontainers();
  const client = await getContainerRuntimeClient();
  // testcontainers keeps the dockerode instance on each of its clients.
  const docker = (client.container as unknown as { dockerode: Dockerode }).dockerode;
  return { client, docker };
}

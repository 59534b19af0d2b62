import Dockerode from "dockerode";

/** The engine's API on a unix socket (DOCKER_HOST=unix://...), every call bounded. */
export function dockerAt(dockerHost: string): Dockerode {
  const socketPath = dockerHost.replace(/^unix:\/\//, "");
  return new Dockerode({ socketPath, timeout: 20_000 });
}

/** Containers and networks labelled netlab.run still on the engine, one line each. */
export async function leftovers(dockerHost: string): Promise<string[]> {
  const docker = dockerAt(dockerHost);
  const filters = { label: ["netlab.run"] };
  const [containers, networks] = await Promise.all([docker.listContainers({ all: true, filters }), docker.listNetworks({ filters })]);
  return [
    ...containers.map((c) => `container ${c.Names.join(",")} (${c.Id.slice(0, 12)}, run ${c.Labels["netlab.run"]}, ${c.State})`),
    ...networks.map((n) => `network ${n.Name} (${n.Id.slice(0, 12)}, run ${n.Labels?.["netlab.run"]})`),
  ];
}

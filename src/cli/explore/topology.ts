/** A network of the topology: one of the run's, or Docker's own bridge/host/none that a container uses. */
export interface TopoNetwork {
  /** The learner's name ("diynetwork", "bridge"). */
  name: string;
  /** The engine's name ("nl-3f9a1c-1x2-diynetwork", "bridge"). */
  realName: string;
  driver: string;
  subnet?: string;
  gateway?: string;
  /** The Linux bridge behind it on the Docker host: docker0, br-<id>. */
  bridge?: string;
  builtin: boolean;
}

/** A container's attachment to one network: its interface, address, and the host end of its veth pair. */
export interface TopoEndpoint {
  network: string;
  ip?: string;
  prefix?: number;
  gateway?: string;
  /** Inside the container: eth0, eth1. */
  iface?: string;
  /** On the Docker host: the veth the container's interface is paired with. */
  hostVeth?: string;
}

export interface TopoContainer {
  name: string;
  realName: string;
  /** "running", or "exited (1)" for one that stopped (a server that could not bind its port). */
  state: string;
  /** --network as given: bridge, host, none, or a network's learner name. */
  networkMode: string;
  endpoints: TopoEndpoint[];
  /** --link target[:alias] */
  links: Array<{ target: string; alias: string }>;
  /** -p HOST:CONTAINER as the engine published them. */
  ports: Array<{ host: string; container: string }>;
  env: string[];
  command: string[];
  image: string;
}

export interface Topology {
  networks: TopoNetwork[];
  containers: TopoContainer[];
}

/** Docker's own networks, used by their names. */
export const BUILTIN = new Set(["bridge", "host", "none"]);

/** Variables that --link writes (C1_NAME, C1_PORT_80_TCP_ADDR, C1_ENV_...): part of the link, not of -e. */
export function isLinkVariable(assignment: string, aliases: string[]): boolean {
  const name = assignment.split("=")[0] ?? "";
  return aliases.some((alias) => name.startsWith(`${alias.toUpperCase().replace(/[^A-Z0-9]/g, "_")}_`));
}

/** `docker run` and `docker network` commands that would make this topology by hand, with the learner's names. */
export function dockerEquivalent(topology: Topology, image = "IMAGE"): string[] {
  const lines: string[] = [];
  for (const n of topology.networks.filter((n) => !n.builtin)) {
    const ipam = `${n.subnet ? ` --subnet ${n.subnet}` : ""}${n.gateway ? ` --gateway ${n.gateway}` : ""}`;
    lines.push(`docker network create --driver ${n.driver}${ipam} ${n.name}`);
  }
  for (const c of topology.containers) {
    const flags = [`--name ${c.name}`];
    if (c.networkMode !== "bridge") flags.push(`--network ${c.networkMode}`);
    for (const link of c.links) flags.push(`--link ${link.target}${link.alias !== link.target ? `:${link.alias}` : ""}`);
    for (const port of c.ports) flags.push(`-p ${port.host}:${port.container}`);
    for (const variable of c.env) flags.push(`-e ${variable}`);
    lines.push(`docker run -d ${flags.join(" ")} ${c.image || image} ${c.command.join(" ")}`.trimEnd());
    for (const e of c.endpoints.filter((e) => e.network !== c.networkMode && !(c.networkMode === "default" && e.network === "bridge"))) {
      lines.push(`docker network connect ${e.network} ${c.name}`);
    }
  }
  return lines;
}

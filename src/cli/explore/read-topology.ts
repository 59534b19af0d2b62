import type Dockerode from "dockerode";
import { HOST_VIEW_HELPER, LABELS } from "../../lab/run-identity";
import { INTERFACES_COMMAND, parseInterfaces, type NetInterface } from "../../lab/ip-output";
import { readEndpoints } from "../../runtime/shapes/container-endpoints";
import { readNetwork } from "../../runtime/shapes/network-facts";
import { hostPortOf } from "../../runtime/shapes/published-ports";
import { heavy } from "../heavy";
import { BUILTIN, isLinkVariable, type TopoContainer, type TopoNetwork, type Topology } from "./topology";

/** The host's interfaces (ip -o link / addr in the host's network namespace), by index. */
export type HostInterfaces = Map<number, NetInterface>;


/**
 * What one run built, read back from the engine by the run's label: networks with their bridges,
 * containers with their addresses, links and published ports, and which host veth each interface is
 * paired with (from the container's eth0@ifN and the host's interface N).
 */
export async function readTopology(runId: string, host: HostInterfaces): Promise<Topology> {
  const { listContainers, inspectContainer } = heavy.containers();
  const { listNetworks, inspectNetwork } = heavy.networks();
  const filter = [`${LABELS.run}=${runId}`];
  const [listed, ownNetworks] = await Promise.all([listContainers(filter), listNetworks({ label: filter })]);
  // By id and by name: an endpoint's NetworkID is the id on Docker, the name on Podman 4.
  const plainNetwork = new Map(ownNetworks.flatMap((n) => [n.Id, n.Name].map((key) => [key, n.Labels?.[LABELS.name] ?? n.Name] as const)));
  const plainContainer = new Map(listed.map((c) => [(c.Names[0] ?? "").replace(/^\//, ""), c.Labels[LABELS.name] ?? c.Id]));
  const networks: TopoNetwork[] = ownNetworks.map((n) => describeNetwork(n, plainNetwork.get(n.Name) ?? n.Name, false));

  const containers: TopoContainer[] = [];
  const inspected = await Promise.all(listed.map((summary) => inspectContainer(summary.Id)));
  // In the order they were created (to the nanosecond): a --link target before the container that names it.
  for (const info of inspected.sort((a, b) => a.Created.localeCompare(b.Created))) {
    const name = info.Config.Labels?.[LABELS.name] ?? info.Id.slice(0, 12);
    // netlab's own helper for `lab.hostView()`: part of the tooling, not of the topology.
    if (name === HOST_VIEW_HELPER && info.HostConfig.NetworkMode === "host") continue;
    containers.push(await describeContainer(info, name, plainNetwork, plainContainer, host));
  }
  for (const used of new Set(containers.flatMap((c) => [c.networkMode, ...c.endpoints.map((e) => e.network)]))) {
    if (!BUILTIN.has(used) || networks.some((n) => n.name === used)) continue;
    networks.push(used === "bridge" ? describeNetwork(await inspectNetwork("bridge"), "bridge", true) : { name: used, realName: used, driver: used, builtin: true });
  }
  networks.sort((a, b) => Number(b.builtin) - Number(a.builtin));
  // Some engines leave the default bridge's gateway out of its IPAM config; its members know it.
  for (const n of networks.filter((n) => !n.gateway)) {
    n.gateway = containers.flatMap((c) => c.endpoints).find((e) => e.network === n.name && e.gateway)?.gateway;
  }
  // A bridge the engine does not name (user-defined, Podman) is the master of its members' host veths.
  const hostInterfaces = [...host.values()];
  for (const n of networks.filter((n) => !n.bridge && n.driver === "bridge")) {
    const veths = new Set(containers.flatMap((c) => c.endpoints).filter((e) => e.network === n.name && e.hostVeth).map((e) => e.hostVeth));
    n.bridge = hostInterfaces.find((i) => veths.has(i.name) && i.master)?.master;
  }
  return { networks, containers };
}

function describeNetwork(n: Dockerode.NetworkInspectInfo, name: string, builtin: boolean): TopoNetwork {
  const facts = readNetwork(n);
  // Only the bridge the engine names: a user-defined network's shows up as its veths' master.
  const bridge = facts.driver === "bridge" ? facts.bridge : undefined;
  return { name, realName: n.Name, driver: n.Driver, subnet: facts.ipv4?.subnet, gateway: facts.ipv4?.gateway, bridge, builtin };
}

async function describeContainer(
  info: Dockerode.ContainerInspectInfo,
  name: string,
  plainNetwork: Map<string, string>,
  plainContainer: Map<string, string>,
  host: HostInterfaces,
): Promise<TopoContainer> {
  const mode = info.HostConfig.NetworkMode ?? "bridge";
  const networkMode = mode === "default" ? "bridge" : (plainNetwork.get(mode) ?? mode);
  const running = info.State?.Running === true;
  // Host mode and none have no veth to find; a container that exited has no namespace left.
  const interfaces = running && mode !== "host" && mode !== "none" ? await containerInterfaces(info.Id) : [];
  const { isEngineDefaultNetwork } = heavy.defaultNetwork();
  const endpoints = await Promise.all(
    readEndpoints(info).map(async (ep) => {
      const own = interfaces.find((i) => i.addresses.some((a) => a.split("/")[0] === ep.ip));
      const peer = own?.peerIndex !== undefined ? host.get(own.peerIndex) : undefined;
      const mine = plainNetwork.get(ep.networkRef) ?? plainNetwork.get(ep.networkName);
      return {
        network: mine ?? ((await isEngineDefaultNetwork(ep.networkRef)) ? "bridge" : ep.networkName),
        ip: ep.ip,
        prefix: ep.prefixLength || undefined,
        gateway: ep.gateway,
        iface: own?.name,
        hostVeth: peer?.name,
      };
    }),
  );
  // "/nl-run-lab-c1:/nl-run-lab-c2/c1" -> c1 (alias c1)
  const links = ((info.HostConfig.Links ?? []) as string[]).map((link) => {
    const [target = "", alias = ""] = link.split(":");
    const real = target.replace(/^\//, "");
    return { target: plainContainer.get(real) ?? real, alias: alias.split("/").pop() ?? "" };
  });
  // -p as asked (HostConfig), with the port the engine picked where none was asked; IPv4 only.
  const published = info.NetworkSettings.Ports ?? {};
  const asked = (info.HostConfig.PortBindings ?? {}) as Record<string, Array<{ HostIp?: string; HostPort?: string }> | null>;
  const ports = Object.entries(asked).flatMap(([port, bindings]) =>
    (bindings ?? []).map((b) => ({
      host: b.HostPort || String(hostPortOf(published, Number.parseInt(port, 10), port.split("/")[1]) ?? ""),
      container: port.replace(/\/tcp$/, ""),
    })),
  );
  const aliases = links.map((l) => l.alias);
  const env = (info.Config.Env ?? []).filter((v) => !v.startsWith("PATH=") && !v.startsWith("HOSTNAME=") && !isLinkVariable(v, aliases));
  const state = running ? "running" : `exited (${info.State?.ExitCode ?? "?"})`;
  return { name, realName: info.Name.replace(/^\//, ""), state, networkMode, endpoints, links, ports, env, command: info.Config.Cmd ?? [], image: info.Config.Image };
}

/** ip -o link and ip -o -4 addr inside a container; [] where it has no `ip` (another image). */
async function containerInterfaces(id: string): Promise<NetInterface[]> {
  const { execByName } = heavy.engineInfo();
  const read = await execByName(id, INTERFACES_COMMAND).catch(() => "timeout" as const);
  if (read === "timeout" || read.exitCode !== 0) return [];
  return parseInterfaces(read.stdout);
}
